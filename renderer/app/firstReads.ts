import type { Input, MethodName } from '../../shared/contract/index';
import { FIRST_VIEW, PAGE_SIZE } from '../features/queue/queueWindow';

/** One read: a method and its input. */
export type Read = { [M in MethodName]: readonly [M, Input<M>] }[MethodName];

/**
 * What the app reads first, in the order the core answers it: who I am (the rows show deadlines in
 * the agent's time zone), the first page of the first view and the view counts (the first
 * screen), then the rest (`loadAll` in app/liveUpdates.ts; the tab title's at-risk count in browser
 * mode). renderer/boot.ts asks for these before the app's code has loaded (`prefetch` of
 * renderer/api), so each input must be exactly the one the slice sends:
 * test/renderer/startup.test.tsx checks it.
 */
export function firstReads(browserMode: boolean): Read[] {
  const reads: Read[] = [
    ['session.get', {}],
    ['queue.list', { view: FIRST_VIEW, offset: 0, limit: PAGE_SIZE }],
    ['queue.counts', {}],
    ['workspace.status', {}],
    ['agents.list', {}],
    ['alerts.list', {}],
    ['sync.status', {}],
  ];
  if (browserMode) reads.push(['queue.atRisk', { limit: 0 }]);
  return reads;
}
