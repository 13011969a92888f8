import type { WorkItem } from '../../shared/contract/models';
import type { QueueFilter } from '../../shared/contract/queueFilter';
import type { ViewFacts } from '../../shared/domain/queueViews';
import type { QueueView } from '../../shared/domain/vocab';
import type { TestCore } from './testCore';

/** Every item of a view, page by page, as the renderer would read it. */
export async function wholeView(t: TestCore, view: QueueView, size = 500, filter?: QueueFilter): Promise<WorkItem[]> {
  const out: WorkItem[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await t.call('queue.list', { view, offset, limit: size, ...(filter && { filter }) });
    out.push(...page.items);
    if (offset + size >= page.total) return out;
  }
}

/** A listed item as the pure view functions read it; `createdAt` comes from the file (cases only). */
export function viewFacts(item: WorkItem, createdAt: (caseId: string) => number | null): ViewFacts & { id: string } {
  return {
    id: item.id,
    key: item.key,
    source: item.source,
    channel: item.channel,
    urgency: item.urgency,
    priorityOrganization: item.priorityOrganization,
    waitingSince: Date.parse(item.waitingSince),
    deadline: item.sla ? Date.parse(item.sla.deadline) : null,
    assigneeId: item.assigneeId,
    customerLast: item.ourTurn,
    lastSentAt: item.lastSentAt === null ? null : Date.parse(item.lastSentAt),
    createdAt: item.source === 'case' && item.caseId !== null ? createdAt(item.caseId) : null,
  };
}
