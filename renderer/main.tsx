import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, getApiClient } from './api/index';
import { App } from './app/App';
import { startLiveApp, whenConnected } from './app/liveUpdates';
import { useQueueStore } from './features/queue/queueStore';
import { systemClock } from './lib/clock';
import { coreClock } from './lib/coreClock';
import { preloadPanelsWhenIdle } from './lib/lazyPanel';
import { STARTUP_MARKS, markStartup } from './lib/startupMarks';
import type { Clock } from '../shared/time/clock';

markStartup(STARTUP_MARKS.evalEnd);

/** The longest the first render waits for the WebSocket to open (it normally opened during evaluation). */
const CONNECT_WAIT_MS = 100;

const container = document.getElementById('root');
if (!container) throw new Error('renderer/index.html has no #root element');
const root = createRoot(container);
const show = (clock: Clock) =>
  root.render(
    <StrictMode>
      <App clock={clock} />
    </StrictMode>,
  );

// Start-up order (docs/decisions.md D19): the WebSocket was opened by ./boot while the bundle
// evaluated; the first reads are asked for now, before the first render, so the core answers them
// while React renders the shell (the shell itself does not ask again: startLiveApp runs once).
// Rendering waits for the connection to open (the requests are then on their way), but never long.
const clockRead = coreClock(api, systemClock);
startLiveApp(getApiClient(), api);
void whenConnected(getApiClient(), CONNECT_WAIT_MS).then(() => {
  // The page shows at once on this device's clock, and moves to the core's if that differs.
  show(systemClock);
  void clockRead.then((clock) => clock !== systemClock && show(clock));
});

// Once the queue has answered, the lazy panels' code loads in idle moments (lib/lazyPanel.tsx).
const stopWatching = useQueueStore.subscribe((s) => {
  if (s.total === null && s.error === null) return;
  stopWatching();
  preloadPanelsWhenIdle();
});
