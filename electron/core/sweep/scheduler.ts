import type { Notification } from '../../../shared/contract/models';
import { SWEEP_NOTIFICATION_PREFIX } from '../../../shared/domain/sweep';
import type { Clock } from '../../../shared/time/clock';
import { MINUTE } from '../../../shared/time/instant';
import type { Repositories } from '../db/repositories/types';
import type { UnitOfWork } from '../db/unitOfWork';
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
 * app closed) — and records it (table `sweeps`) in a unit of work before notifying, after its commit:
 * "due" is read again from the last recorded sweep under the write lock, so a restart, a second pass
 * or a second process on the workspace does not sweep (or notify) again.
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
  uow: UnitOfWork;
  clock: Clock;
  prefs: Preferences;
  /** Shows the grouped notification (desktop notifier and the `notify` event). */
  notify(notification: Notification): void;
  checkEveryMs?: number;
}

export const SWEEP_CHECK_MS = 60_000;

export function createSweepScheduler(deps: SweepSchedulerDeps): SweepScheduler {
  const { repos, clock, prefs } = deps;
  const checkEveryMs = Math.min(deps.checkEveryMs ?? SWEEP_CHECK_MS, 60_000);

  /** When the next sweep is due: one interval after the last one recorded. */
  const nextDue = (everyMs: number, now: number) => sweepDueAt(repos.sweeps.latest()?.at ?? null, everyMs, now);

  /** The sweep due at `now`, recorded unless another pass or process recorded it first; null then. */
  const record = (now: number, everyMs: number) =>
    deps.uow.run(() => {
      const due = nextDue(everyMs, now);
      if (now < due) return null;
      const finding = findSweep(repos, prefs, now);
      const id = repos.sweeps.record({ ...finding, dueAt: due }, finding.outcome !== 'silenced');
      return { id, finding };
    });

  const pass = (): number | null => {
    if (!sweepsStarted(repos)) return null; // the periodic check looks again
    const now = clock.now();
    const everyMs = sweepEveryMinutes(repos, prefs) * MINUTE;
    const due = nextDue(everyMs, now);
    if (now < due) return due;
    const swept = record(now, everyMs);
    if (swept && swept.finding.outcome === 'notified' && swept.finding.title !== null) {
      const ref = `${SWEEP_NOTIFICATION_PREFIX}${swept.id}`;
      // Never `late` (which the desktop shows as critical): a late sweep is no more urgent.
      deps.notify({ id: ref, title: swept.finding.title, body: swept.finding.body ?? '', alertIds: [ref], late: false });
    }
    return swept ? now + everyMs : nextDue(everyMs, now);
  };

  // A busy or failing database must not take the process down: the planner logs and the periodic check tries again.
  const planner = createPlanner({ clock, checkEveryMs, what: 'the unassigned sweep', pass });
  return { replan: planner.replan, stop: planner.stop };
}
