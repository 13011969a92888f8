import type { Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import type { ServiceDeps } from './deps';
import { itemTarget } from './itemTarget';
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
      const target = itemTarget(deps, id, id.startsWith('case:') ? id.slice('case:'.length) : null);
      if (!target) throw new AppError('not_found', `no work item with id ${JSON.stringify(id)}`);
      deps.publish('open', target);
      return target;
    },
  };
}
