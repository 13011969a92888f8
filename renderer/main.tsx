import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, getApiClient } from './api/index';
import { App } from './app/App';
import { startLiveApp, whenFirstScreenRead } from './app/liveUpdates';
import { useQueueStore } from './features/queue/queueStore';
import { systemClock } from './lib/clock';
import { coreClock } from './lib/coreClock';
import { preloadPanelsWhenIdle } from './lib/lazyPanel';
import { STARTUP_MARKS, markStartup } from './lib/startupMarks';
import type { Clock } from '../shared/time/clock';

markStartup(STARTUP_MARKS.evalEnd);

/** The longest the first render waits for the queue's first page (normally there already: boot.ts asked for it). */
const FIRST_SCREEN_WAIT_MS = 250;

const container = document.getElementById('root');
if (!container) throw new Error('renderer/index.html has no #root element');
const root = createRoot(container);
const show = (clock: Clock) =>
  root.render(
    <StrictMode>
      <App clock={clock} />
    </StrictMode>,
  );

// Start-up order (docs/decisions.md D24): renderer/boot.ts opened the WebSocket and asked for the
// first reads while this code loaded. The slices ask for them now and get those answers (the shell
// does not ask again: startLiveApp runs once); the first render waits for the queue's first page,
// briefly at most, so that it shows the rows instead of placeholders followed by a second render.
const clockRead = coreClock(api, systemClock);
startLiveApp(getApiClient(), api);
void whenFirstScreenRead(FIRST_SCREEN_WAIT_MS).then(() => {
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
