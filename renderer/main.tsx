import './startMark';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/index';
import { App } from './app/App';
import { useQueueStore } from './features/queue/queueStore';
import { systemClock } from './lib/clock';
import { coreClock } from './lib/coreClock';
import { preloadPanelsWhenIdle } from './lib/lazyPanel';
import { STARTUP_MARKS, markStartup } from './lib/startupMarks';
import type { Clock } from '../shared/time/clock';

markStartup(STARTUP_MARKS.evalEnd);
const container = document.getElementById('root');
if (!container) throw new Error('renderer/index.html has no #root element');
const root = createRoot(container);
const show = (clock: Clock) =>
  root.render(
    <StrictMode>
      <App clock={clock} />
    </StrictMode>,
  );
// The page shows at once on this device's clock, and moves to the core's if that differs.
show(systemClock);
void coreClock(api, systemClock).then((clock) => clock !== systemClock && show(clock));

// Once the queue has answered, the lazy panels' code loads in idle moments (lib/lazyPanel.tsx).
const stopWatching = useQueueStore.subscribe((s) => {
  if (s.total === null && s.error === null) return;
  stopWatching();
  preloadPanelsWhenIdle();
});
