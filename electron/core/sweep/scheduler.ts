import type { Notification } from '../../../shared/contract/models';
import { SWEEP_NOTIFICATION_PREFIX } from '../../../shared/domain/sweep';
import type { Clock } from '../../../shared/time/clock';
import { MINUTE } from '../../../shared/time/instant';
import type { Repositories } from '../db/repositories/types';
import type { Preferences } from '../ports';
import { findSweep, sweepDueAt, sweepEveryMinutes, sweepsStarted } from './findSweep';
import { createPlanner } from '../timing/planner';

/**
 * The unassigned sweep (`sla.md` section 7), scheduled as the SLA alert scheduler is: **one** armed
 * timer for the instant the next sweep is due (the last recorded sweep plus the interval), a periodic
 * check (every `checkEveryMs`, at most 60 s) that catches clock jumps and a workspace being set up,
 * and `replan` on wake (the core's `resumed()`), at start and when the interval changes.
 *
 * A pass runs a sweep when one is due — at most one, however many intervals were missed (asleep,
 * app closed) — and records it (table `sweeps`) before notifying: since "due" is read from the last
 * recorded sweep, a restart, a second pass or a second process on the workspace does not sweep again.
 * A sweep that reaches the agent (not silenced by their status) also becomes what the next one
 * compares with (`sweep_seen`).
 */
export interface SweepScheduler {
  /** Sweeps now when one is due, and arms the timer for the next one. */
  replan(): void;
  stop(): void;
}

export interface SweepSchedulerDeps {
  repos: Repositories;
  clock: Clock;
  prefs: Preferences;
  /** After a sweep was recorded (the countdown and the log re-read). */
  recorded(): void;
  /** Shows the grouped notification (desktop notifier and the `notify` event). */
  notify(notification: Notification): void;
  checkEveryMs?: number;
}

export const SWEEP_CHECK_MS = 60_000;

export function createSweepScheduler(deps: SweepSchedulerDeps): SweepScheduler {
  const { repos, clock, prefs } = deps;
  const checkEveryMs = Math.min(deps.checkEveryMs ?? SWEEP_CHECK_MS, 60_000);

  const sweep = (now: number, dueAt: number) => {
    const finding = findSweep(repos, prefs, now);
    const id = repos.sweeps.record({ ...finding, dueAt }, finding.outcome !== 'silenced');
    deps.recorded();
    if (finding.outcome === 'notified' && finding.title !== null) {
      const ref = `${SWEEP_NOTIFICATION_PREFIX}${id}`;
      // Never `late` (which the desktop shows as critical): a late sweep is no more urgent.
      deps.notify({ id: ref, title: finding.title, body: finding.body ?? '', alertIds: [ref], late: false });
    }
  };

  const pass = (): number | null => {
    if (!sweepsStarted(repos)) return null; // the periodic check looks again
    const now = clock.now();
    const everyMs = sweepEveryMinutes(prefs) * MINUTE;
    const due = sweepDueAt(repos.sweeps.latest()?.at ?? null, everyMs, now);
    if (now < due) return due;
    sweep(now, due);
    return now + everyMs;
  };

  // A busy or failing database must not take the process down: the planner logs and the periodic check tries again.
  const planner = createPlanner({ clock, checkEveryMs, what: 'the unassigned sweep', pass });
  return { replan: planner.replan, stop: planner.stop };
}
