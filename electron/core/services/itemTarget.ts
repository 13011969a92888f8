import type { OpenTarget } from '../../../shared/contract/index';
import type { ServiceDeps } from './deps';
import { toWorkItem } from './workItems';

/**
 * What showing a work item opens (a notification click, the tray's at-risk list): the item as it is
 * now, else — it left the queue since (answered, closed) — its case; null when neither exists.
 */
export function itemTarget(deps: Pick<ServiceDeps, 'repos' | 'clock' | 'sla'>, itemId: string, caseId: string | null): OpenTarget | null {
  const row = deps.repos.workItems.get(itemId);
  if (row) return { kind: 'item', item: toWorkItem(row, deps.clock.now(), deps.sla.setup(), deps.sla.timeZone()) };
  const c = caseId ? deps.repos.cases.get(caseId) : undefined;
  return c ? { kind: 'case', caseId: c.id, key: c.key } : null;
}
