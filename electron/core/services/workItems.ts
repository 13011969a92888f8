import type { WorkItem } from '../../../shared/contract/models';
import { lastSentDays } from '../../../shared/domain/queueViews';
import { workItemView } from '../../../shared/domain/workItem';
import type { SlaSetup } from '../../../shared/sla/index';
import type { StoredWorkItem } from '../db/repositories/types';
import { slaOf } from './slaContext';

export { caseItemId, interactionItemId } from '../../../shared/domain/workItem';

/**
 * A stored row as the contract's `WorkItem`, its SLA state, remaining time and days since last sent
 * as of `now` (days in `timeZone`, the team calendar's: pass `deps.sla.timeZone()`). The rows
 * themselves are written only by the projector (`../projection/projector.ts`).
 */
export function toWorkItem(row: StoredWorkItem, now: number, setup: SlaSetup, timeZone: string): WorkItem {
  return workItemView(row, { urgency: row.urgency, sla: slaOf(row, now, setup), slaWarningAt: row.slaWarningAt, lastSentDays: lastSentDays(row.lastSentAt, now, timeZone) });
}
