import type { CaseStatus, CaseType } from '../../shared/domain/vocab';

/**
 * How a generated case reached its status: the status a case of each type is created in
 * (`workflow.md` "Types, default statuses and priorities") and the moves it made since, along
 * the usual path of its type. Used to write status events that agree with the case's status.
 */
export const CREATED_STATUS: Record<CaseType, CaseStatus> = {
  request_for_service: 'new',
  admin_task: 'assigned',
  enhancement: 'pending_product',
  bug: 'pending_development',
};

const CLOSING: readonly CaseStatus[] = ['resolved', 'pending_closure', 'closed'];
const ENGINEERING: readonly CaseStatus[] = ['pending_release', 'moved_to_staging', 'staging_pass', ...CLOSING];

/** The usual path of each type, from its created status to closed. */
const MAIN_LINE: Record<CaseType, readonly CaseStatus[]> = {
  request_for_service: ['new', 'assigned', ...CLOSING],
  admin_task: ['assigned', ...CLOSING],
  enhancement: ['pending_product', ...ENGINEERING],
  bug: ['pending_development', ...ENGINEERING],
};

/** Side branches: the status they leave from, per type. */
const BRANCH_FROM: Partial<Record<CaseStatus, (type: CaseType) => CaseStatus | null>> = {
  pending_input: (type) => (type === 'request_for_service' ? 'assigned' : CREATED_STATUS[type]),
  staging_fail: (type) => (type === 'enhancement' || type === 'bug' ? 'moved_to_staging' : null),
};

/** The statuses a case of `type` can be found in (its main line and branches). */
export function reachableStatuses(type: CaseType): CaseStatus[] {
  const out = [...MAIN_LINE[type]];
  for (const [status, from] of Object.entries(BRANCH_FROM)) if (from(type)) out.push(status as CaseStatus);
  return out;
}

/**
 * The moves (after creation) that bring a new case of `type` to `status`, in order.
 * Throws when a case of that type never reaches that status.
 */
export function statusPath(type: CaseType, status: CaseStatus): { from: CaseStatus; to: CaseStatus }[] {
  const line = MAIN_LINE[type];
  let route: CaseStatus[];
  const at = line.indexOf(status);
  if (at >= 0) {
    route = line.slice(0, at + 1);
  } else {
    const from = BRANCH_FROM[status]?.(type) ?? null;
    if (from === null) throw new RangeError(`a ${type} case never reaches status ${status}`);
    route = [...line.slice(0, line.indexOf(from) + 1), status];
  }
  return route.slice(1).map((to, i) => ({ from: route[i]!, to }));
}
