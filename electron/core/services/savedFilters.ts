import type { Handlers } from '../../../shared/contract/index';
import { SAVED_FILTERS_MAX } from '../../../shared/contract/filters';
import { normalizeQueueFilter, queueFilterModel, type SavedFilter } from '../../../shared/contract/queueFilter';
import { AppError } from '../../../shared/contract/result';
import { toIso } from '../../../shared/time/instant';
import type { AgentRecord } from '../../../shared/interchange/schema';
import type { SavedFilterRow } from '../db/repositories/types';
import type { ServiceDeps } from './deps';
import { sessionAgent } from './session';

type FilterHandlers = Pick<Handlers, 'filters.list' | 'filters.save' | 'filters.remove'>;

/**
 * Saved queue filters (`docs/queue.md` "Saved filters"): kept in the workspace, per session agent
 * (so they follow the agent to another device on the same workspace), by name. Saving a name
 * that exists (ignoring case) replaces it.
 */
export function savedFiltersService(deps: ServiceDeps): FilterHandlers {
  const { repos } = deps;
  const me = (): AgentRecord => {
    const agent = sessionAgent(repos, deps.prefs);
    if (!agent) throw new AppError('forbidden', 'Choose who you are first: saved filters are kept per agent');
    return agent;
  };
  const toSaved = (row: SavedFilterRow): SavedFilter => {
    // Stored by this code; a filter written by a newer build with unknown fields keeps what this one knows.
    const parsed = queueFilterModel.safeParse(row.filter);
    return { name: row.name, filter: parsed.success ? normalizeQueueFilter(parsed.data) : {}, savedAt: toIso(row.savedAt) };
  };

  return {
    'filters.list': () => repos.savedFilters.list(me().id).map(toSaved),
    'filters.save': ({ name, filter }) => {
      const agent = me();
      const row: SavedFilterRow = { name, filter: normalizeQueueFilter(filter), savedAt: deps.clock.now() };
      deps.uow.run(() => {
        repos.savedFilters.save(agent.id, row);
        // Over the limit only when it was a new name (a same name replaced the old one): undone by the throw.
        if (repos.savedFilters.count(agent.id) > SAVED_FILTERS_MAX) {
          throw new AppError('conflict', `You have ${SAVED_FILTERS_MAX} saved filters, the most there can be: remove one first`);
        }
      });
      return toSaved(row);
    },
    'filters.remove': ({ name }) => {
      const agent = me();
      if (!deps.uow.run(() => repos.savedFilters.remove(agent.id, name))) {
        throw new AppError('not_found', `You have no saved filter named ${JSON.stringify(name)}`);
      }
      return { removed: true };
    },
  };
}
