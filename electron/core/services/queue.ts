import type { Handlers } from '../../../shared/contract/index';
import type { QueueView } from '../../../shared/domain/vocab';
import { QUEUE_VIEWS } from '../../../shared/domain/vocab';
import type { WorkItemFilter } from '../db/repositories/types';
import type { ServiceDeps } from './deps';
import { sessionAgent } from './session';
import { toWorkItem } from './workItems';

type QueueHandlers = Pick<Handlers, 'queue.list' | 'queue.counts'>;

export function queueService(deps: ServiceDeps): QueueHandlers {
  const { repos } = deps;

  /** The rows a view holds; null when it holds none (My queue without a session agent). */
  const filterOf = (view: QueueView): WorkItemFilter | null => {
    if (view === 'all') return { all: true };
    if (view === 'unassigned') return { assigneeId: null };
    const me = sessionAgent(repos, deps.prefs);
    return me ? { assigneeId: me.id } : null;
  };

  return {
    'queue.list': ({ view, offset, limit }) => {
      const filter = filterOf(view);
      if (!filter) return { total: 0, offset, items: [] };
      const now = deps.clock.now();
      const setup = deps.sla.setup();
      return {
        total: repos.workItems.count(filter),
        offset,
        items: repos.workItems.page(filter, offset, limit).map((row) => toWorkItem(row, now, setup)),
      };
    },
    'queue.counts': () => {
      const counts = {} as Record<QueueView, number>;
      for (const view of QUEUE_VIEWS) {
        const filter = filterOf(view);
        counts[view] = filter ? repos.workItems.count(filter) : 0;
      }
      return counts;
    },
  };
}
