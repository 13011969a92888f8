/**
 * The cold start's milestones as performance marks (`performance.mark`), each set once per page
 * load: `npm run bench` reads them with `performance.getEntriesByType('mark')` and prints where
 * the time goes (docs/benchmarks.md "Cold start"). Cheap, and harmless where nobody reads them.
 */
export const STARTUP_MARKS = {
  /** The page's small first script runs (renderer/boot.ts) while the app's code still loads. */
  boot: 'shiftdesk:boot',
  /** Every module of the app's code has run: main.tsx's own code starts. (Where its evaluation starts
   * cannot be marked: the bundler does not keep a marker module first in the app's chunk.) */
  evalEnd: 'shiftdesk:eval-end',
  /** Browser mode: the WebSocket to the core is open. */
  wsOpen: 'shiftdesk:ws-open',
  /** The shell's first commit to the DOM (app bar, tabs, the queue's loading rows). */
  firstRender: 'shiftdesk:first-render',
  /** The queue's first page has arrived from the core. */
  queueAnswer: 'shiftdesk:queue-answer',
  /** The first queue row is in the DOM. */
  firstRow: 'shiftdesk:first-row',
} as const;

export type StartupMark = (typeof STARTUP_MARKS)[keyof typeof STARTUP_MARKS];

const done = new Set<StartupMark>();

/** Sets the mark the first time it is reached in this page; later calls do nothing. */
export function markStartup(mark: StartupMark): void {
  if (done.has(mark)) return;
  done.add(mark);
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(mark);
}
