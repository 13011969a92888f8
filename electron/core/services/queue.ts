import type { Handlers } from '../../../shared/contract/index';
import { normalizeQueueFilter, type QueueFilter } from '../../../shared/contract/queueFilter';
import { ftsQuery } from '../../../shared/domain/searchQuery';
import type { QueueView } from '../../../shared/domain/vocab';
import { QUEUE_VIEWS } from '../../../shared/domain/vocab';
import type { WorkItemQuery } from '../db/repositories/types';
import type { ServiceDeps } from './deps';
import { takeItem } from './queueTake';
import { sessionAgent } from './session';
import { toWorkItem } from './workItems';

type QueueHandlers = Pick<Handlers, 'queue.list' | 'queue.counts' | 'queue.filterOptions' | 'queue.take'>;

/**
 * The queue views, filters and search (`docs/queue.md`). Each view is one indexed query over
 * `work_items` (`db/repositories/workItemQuery.ts`); the orders are the stored keys of
 * `shared/domain/queueOrder.ts` and `shared/domain/queueViews.ts`.
 */
export function queueService(deps: ServiceDeps): QueueHandlers {
  const { repos } = deps;

  /** The rows a view holds; null when it holds none (My queue without a session agent). */
  const scopeOf = (view: QueueView): WorkItemQuery['scope'] | null => {
    switch (view) {
      case 'all':
        return { all: true };
      case 'unassigned':
        return { assigneeId: null };
      case 'our-turn':
        return { ourTurn: true };
      case 'aging':
        return { aging: true };
      case 'my': {
        // Live calls and chats routed to an agent carry that agent as their assignee.
        const me = sessionAgent(repos, deps.prefs);
        return me ? { assigneeId: me.id } : null;
      }
    }
  };

  const queryOf = (view: QueueView, filter: QueueFilter | undefined): WorkItemQuery | null => {
    const scope = scopeOf(view);
    if (!scope) return null;
    const f = normalizeQueueFilter(filter ?? {});
    const match = f.text === undefined ? null : ftsQuery(f.text);
    return {
      scope,
      ...(f.channel && { channel: f.channel }),
      ...(f.priority && { priority: f.priority }),
      ...(f.status && { status: f.status }),
      ...(f.organizationId && { organizationId: f.organizationId }),
      ...(f.label && { label: f.label }),
      ...(match !== null && { match }),
    };
  };

  return {
    'queue.list': ({ view, offset, limit, filter }) => {
      const query = queryOf(view, filter);
      if (!query) return { total: 0, offset, items: [] };
      const now = deps.clock.now();
      const setup = deps.sla.setup();
      const timeZone = deps.sla.timeZone();
      const { total, rows } = deps.uow.read(() => repos.workItems.window(query, offset, limit, now));
      return { total, offset, items: rows.map((row) => toWorkItem(row, now, setup, timeZone)) };
    },
    'queue.counts': () =>
      deps.uow.read(() => {
        const counts = {} as Record<QueueView, number>;
        for (const view of QUEUE_VIEWS) {
          const scope = scopeOf(view);
          counts[view] = scope ? repos.workItems.total({ scope }) : 0;
        }
        return counts;
      }),
    'queue.filterOptions': () => repos.workItems.filterOptions(),
    'queue.take': ({ itemId }) => takeItem(deps, itemId),
  };
}
