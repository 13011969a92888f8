import type { ChangeTopic } from '../../shared/contract/events';
import { inTopicOrder } from './db/topics';

/**
 * What follows a commit, once, after the request that made it (DESIGN.md "How data flows"): the
 * scheduler re-plans the alerts of what changed, then every window gets one `changed` event. Commits
 * made in the same turn of the event loop are announced together (their topics merged), on the next
 * turn: never inside the request, so planning never delays a reply. `settled()` resolves once
 * everything committed so far has been announced (tests, and the command line before it exits).
 */
export interface AfterCommit {
  add(topics: readonly ChangeTopic[]): void;
  settled(): Promise<void>;
  stop(): void;
}

export function createAfterCommit(o: {
  /** Re-plans the SLA alerts (a commit changed what they are planned from). */
  replan(): void;
  emit(topics: ChangeTopic[]): void;
  /** Topics after which alerts need no re-plan: the schedulers' own records. */
  quiet: readonly ChangeTopic[];
}): AfterCommit {
  let topics = new Set<ChangeTopic>();
  let scheduled: ReturnType<typeof setImmediate> | null = null;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const flush = () => {
    scheduled = null;
    const announced = inTopicOrder(topics);
    topics = new Set();
    if (!stopped && announced.length > 0) {
      if (announced.some((t) => !o.quiet.includes(t))) o.replan();
      o.emit(announced);
    }
    // A re-plan may have committed alerts: those are announced on the next turn, then settled.
    if (scheduled === null) {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }
  };

  return {
    add(more) {
      for (const t of more) topics.add(t);
      if (scheduled === null && !stopped) scheduled = setImmediate(flush);
    },
    settled: () => (scheduled === null ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    stop() {
      stopped = true;
      if (scheduled !== null) clearImmediate(scheduled);
      scheduled = null;
      for (const resolve of waiters) resolve();
      waiters = [];
    },
  };
}
