import type { InteractionDetail, WorkItem } from '../../../shared/contract/index';
import { interactionItemId } from '../../../shared/domain/workItem';
import { CHANNEL_LABELS } from '../../../shared/domain/vocab';

/**
 * An interaction as the detail panel opens it: its queue row while it waits, else (a call logged by
 * hand is done at once; one marked done or answered) a row made from what it is, with no timer.
 */
export function itemFromInteraction(detail: InteractionDetail): WorkItem {
  if (detail.item) return detail.item;
  const contactName = detail.contact?.name ?? null;
  return {
    id: interactionItemId(detail.id),
    source: 'interaction',
    caseId: null,
    interactionId: detail.id,
    key: detail.id,
    channel: detail.channel,
    priority: detail.priority,
    urgency: detail.urgent ? 'urgent' : 'none',
    status: null,
    subject: detail.subject ?? `${CHANNEL_LABELS[detail.channel]}${contactName ? ` from ${contactName}` : ''}`,
    organizationName: detail.contact?.organizationName ?? null,
    priorityOrganization: false,
    contactName,
    assigneeId: detail.assigneeId,
    waitingSince: detail.since,
    sla: null,
    slaWarningAt: null,
    organizationId: null,
    labels: [],
    ourTurn: false,
    lastSentAt: null,
    lastSentDays: null,
  };
}
