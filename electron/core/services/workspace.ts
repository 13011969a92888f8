import type { Handlers } from '../../../shared/contract/index';
import { toIso } from '../../../shared/time/instant';
import { SETTING, type ServiceDeps } from './deps';

type WorkspaceHandlers = Pick<
  Handlers,
  'workspace.status' | 'workspace.now' | 'workspace.loadSample' | 'workspace.startEmpty' | 'workspace.import' | 'workspace.export' | 'jobs.current'
>;

/** About how many characters of a workspace file make one record (the job host's size of an import). */
const CHARS_PER_RECORD = 250;

export function workspaceService(deps: ServiceDeps): WorkspaceHandlers {
  const { repos } = deps;
  const records = () => repos.cases.count() + repos.interactions.count();

  return {
    'workspace.status': ({ counts }) => ({
      onboarded: repos.settings.get<boolean>(SETTING.onboarded) === true,
      counts: counts
        ? deps.uow.read(() => ({
            agents: repos.agents.count(),
            organizations: repos.organizations.count(),
            contacts: repos.contacts.count(),
            cases: repos.cases.count(),
            events: repos.events.count(),
            interactions: repos.interactions.count(),
          }))
        : null,
      location: deps.dbPath,
    }),
    'workspace.now': () => ({ now: toIso(deps.clock.now()) }),
    'workspace.loadSample': async () => (await deps.jobs.run('import', { parsed: deps.sampleShift(deps.clock.now()) }, 0)).summary,
    'workspace.startEmpty': () => {
      deps.uow.run(() => repos.settings.set(SETTING.onboarded, true));
      return {};
    },
    'workspace.import': async ({ content }) => {
      // As UTF-8 bytes: a large file goes to the job worker handed over, not copied.
      const bytes = new TextEncoder().encode(content);
      return (await deps.jobs.run('import', { bytes }, content.length / CHARS_PER_RECORD, [bytes.buffer as ArrayBuffer])).summary;
    },
    'workspace.export': async () => {
      const { content } = await deps.jobs.run('export', { text: true }, records());
      return { content: content ?? '' };
    },
    'jobs.current': () => ({ job: deps.jobs.current() }),
  };
}
