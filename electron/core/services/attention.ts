import type { Handlers, OpenTarget } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import type { ServiceDeps } from './deps';
import { sessionAgent } from './session';
import { toWorkItem } from './workItems';

type AttentionHandlers = Pick<Handlers, 'queue.atRisk' | 'queue.openItem'>;

/**
 * Counts where the agent looks (`queue.md` "Views"): My queue items in warning or breached, for the
 * desktop's window title, tray and dock badge; and showing one of them from the tray.
 */
export function attentionService(deps: ServiceDeps): AttentionHandlers {
  const { repos } = deps;
  return {
    'queue.atRisk': ({ limit }) => {
      const me = sessionAgent(repos, deps.prefs);
      if (!me) return { count: 0, top: [] };
      const now = deps.clock.now();
      const { count, ids } = repos.attention.atRisk(me.id, now, limit);
      const setup = deps.sla.setup();
      const top = ids.flatMap((id) => {
        const row = repos.workItems.get(id);
        return row ? [toWorkItem(row, now, setup, deps.sla.timeZone())] : [];
      });
      return { count, top };
    },
    'queue.openItem': ({ id }) => {
      const row = repos.workItems.get(id);
      let target: OpenTarget | null = row ? { kind: 'item', item: toWorkItem(row, deps.clock.now(), deps.sla.setup(), deps.sla.timeZone()) } : null;
      if (!target && id.startsWith('case:')) {
        // The item left the queue (answered, closed) since the list was made: its case.
        const c = repos.cases.get(id.slice('case:'.length));
        if (c) target = { kind: 'case', caseId: c.id, key: c.key };
      }
      if (!target) throw new AppError('not_found', `no work item with id ${JSON.stringify(id)}`);
      deps.publish('open', target);
      return target;
    },
  };
}
