import type { InteractionDetail, WorkItem } from '../../../shared/contract/index';
import { interactionItemFacts, workItemView } from '../../../shared/domain/workItem';
import { parseIso } from '../../../shared/time/instant';

/**
 * An interaction as the detail panel opens it: its queue row while it waits, else (a call logged by
 * hand is done at once; one marked done or answered) the row the core's derivation would make of it
 * (`shared/domain/workItem.ts`), with no timer.
 */
export function itemFromInteraction(detail: InteractionDetail): WorkItem {
  if (detail.item) return detail.item;
  const facts = interactionItemFacts(
    {
      id: detail.id,
      channel: detail.channel,
      state: detail.state,
      since: parseIso(detail.since),
      priority: detail.priority,
      urgent: detail.urgent,
      assigneeId: detail.assigneeId,
      subject: detail.subject,
      body: detail.body,
      caseId: null,
    },
    null,
    {
      organizationId: null,
      organizationName: detail.contact?.organizationName ?? null,
      priorityOrganization: false,
      contactName: detail.contact?.name ?? null,
      contactEmail: detail.contact?.email ?? null,
      contactPhone: detail.contact?.phone ?? null,
    },
  );
  // Not waiting: no timer, and its own flag is its urgency (the priority's implied one is the core's setting).
  return workItemView(facts, { urgency: facts.setUrgency, sla: null, slaWarningAt: null, lastSentDays: null });
}
