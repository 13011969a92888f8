import type { Handlers } from '../../../shared/contract/index';
import type { ImportSummary } from '../../../shared/contract/models';
import { parseWorkspaceFile, parseWorkspaceText, type ParseResult } from '../../../shared/interchange/validate';
import { toIso } from '../../../shared/time/instant';
import { SETTING, type ServiceDeps } from './deps';
import { exportWorkspaceText } from './exportWorkspace';
import { existingIn, requireValidFile, writeWorkspace } from './importWorkspace';

type WorkspaceHandlers = Pick<
  Handlers,
  'workspace.status' | 'workspace.now' | 'workspace.loadSample' | 'workspace.startEmpty' | 'workspace.import' | 'workspace.export'
>;

export function workspaceService(deps: ServiceDeps): WorkspaceHandlers {
  const { repos } = deps;

  /** Validates the whole file first (nothing written on any issue), then writes it in one transaction. */
  const importParsed = (parse: (existing: ReturnType<typeof existingIn>) => ParseResult): ImportSummary => {
    const file = requireValidFile(repos, parse(existingIn(repos)));
    const { summary, anyChange } = writeWorkspace(repos, file, deps.sla);
    if (anyChange) deps.emit(['workspace', 'cases', 'interactions', 'agents', 'settings']);
    return summary;
  };

  return {
    'workspace.status': () => ({
      onboarded: repos.settings.get<boolean>(SETTING.onboarded) === true,
      counts: {
        agents: repos.agents.count(),
        organizations: repos.organizations.count(),
        contacts: repos.contacts.count(),
        cases: repos.cases.count(),
        events: repos.events.count(),
        interactions: repos.interactions.count(),
      },
      location: deps.dbPath,
    }),
    'workspace.now': () => ({ now: toIso(deps.clock.now()) }),
    'workspace.loadSample': () => importParsed((existing) => parseWorkspaceFile(deps.sampleShift(deps.clock.now()), existing)),
    'workspace.startEmpty': () => {
      if (repos.settings.set(SETTING.onboarded, true)) deps.emit(['workspace']);
      return {};
    },
    'workspace.import': ({ content }) => importParsed((existing) => parseWorkspaceText(content, existing)),
    'workspace.export': () => ({ content: exportWorkspaceText(repos) }),
  };
}
