import type { Clock } from '../../../shared/time/clock';
import type { Repositories } from '../db/repositories/types';
import type { UnitOfWork } from '../db/unitOfWork';
import { createPlanner } from '../timing/planner';
import { closeDue, nextClosureDue } from './closeDue';

/**
 * The closure timer (`sla.md` section 6), scheduled as the SLA alerts and the unassigned sweep are
 * (`../timing/planner.ts`): a pass closes every Pending Closure case due to close by now that is not a
 * testimonial candidate (`closeDue`: one unit of work, each case exactly once), then **one** timer is
 * armed for the next instant a case comes due; a periodic check catches sleep and clock jumps.
 * `replan` runs at start (catching up on cases that came due while the app was closed), after every
 * commit (a resolution email starts a timer, a customer's answer or a status change ends one), and on
 * wake. Testimonial candidates are left for the agent (the Testimonial follow-ups list).
 */
export interface ClosureScheduler {
  replan(): void;
  stop(): void;
}

export interface ClosureSchedulerDeps {
  repos: Repositories;
  uow: UnitOfWork;
  clock: Clock;
  /** The workspace's time zone (the 7 days are calendar days there). */
  timeZone(): string;
  checkEveryMs?: number;
}

export const CLOSURE_CHECK_MS = 60_000;

export function createClosureScheduler(deps: ClosureSchedulerDeps): ClosureScheduler {
  const { repos, uow, clock } = deps;
  const pass = (): number | null => {
    const now = clock.now();
    const timeZone = deps.timeZone();
    closeDue({ repos, uow, timeZone, at: now, now });
    return nextClosureDue(repos, timeZone, now);
  };
  const planner = createPlanner({ clock, checkEveryMs: Math.min(deps.checkEveryMs ?? CLOSURE_CHECK_MS, 60_000), what: 'closing cases due to close', pass });
  return { replan: planner.replan, stop: planner.stop };
}
