import { PRIORITIES, type CaseType, type Priority } from '../domain/vocab';

/**
 * The priorities each case type offers (`../shared/spec/workflow.md` "Types, default statuses and
 * priorities"), highest first. P1 is the highest priority, P6 the lowest.
 */
export const PRIORITIES_OFFERED: Record<CaseType, readonly Priority[]> = {
  request_for_service: ['P3', 'P4', 'P5', 'P6'],
  admin_task: ['P1', 'P2', 'P6'],
  enhancement: ['P1', 'P2', 'P3', 'P6'],
  bug: ['P1', 'P2', 'P3', 'P6'],
};

/** 1 for P1 (the highest) .. 6 for P6 (the lowest): a smaller rank is a higher priority. */
function rank(priority: Priority): number {
  return PRIORITIES.indexOf(priority) + 1;
}

/** Whether `priority` is `floor` or higher (P3 is at or above P4). */
export function isAtOrAbove(priority: Priority, floor: Priority): boolean {
  return rank(priority) <= rank(floor);
}

/**
 * The priority a case of `type` at `current` has after a raise to "at least `floor`" (workflow.md
 * "Rules (IF/THEN)"), precisely:
 * 1. a case already at `floor` or higher keeps its priority (priorities only go up), even one its type
 *    does not offer;
 * 2. otherwise it gets the nearest priority its type offers at or above `floor`: `floor` itself when
 *    offered, else the next higher one (a Bug raised to at least P4 or P5 gets P3, an Admin Task P2);
 * 3. when the type offers nothing at or above `floor` (a Request for Service raised to at least P1 or
 *    P2), the highest priority it offers (P3), the nearest there is, unless the case is higher already
 *    (a P2 Request for Service raised to at least P1 stays P2: never lowered).
 */
export function raisedPriority(type: CaseType, current: Priority, floor: Priority): Priority {
  if (isAtOrAbove(current, floor)) return current;
  const offered = PRIORITIES_OFFERED[type];
  const atOrAbove = offered.filter((p) => isAtOrAbove(p, floor));
  const picked = atOrAbove.at(-1) ?? offered[0]!;
  return isAtOrAbove(current, picked) ? current : picked;
}
