import type { CalendarRecord, Extra, WorkspaceFile } from '../../../shared/interchange/schema';
import { FORMAT, FORMAT_VERSION } from '../../../shared/interchange/schema';
import { serializeWorkspace } from '../../../shared/interchange/serialize';
import type { Repositories } from '../db/repositories/types';
import { SETTING } from './deps';

/** The whole workspace as a parsed interchange file (records in import order, events in recorded order). */
export function readWorkspace(repos: Repositories): WorkspaceFile {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    calendar: repos.settings.get<CalendarRecord>(SETTING.calendar) ?? null,
    agents: repos.agents.list(),
    organizations: repos.organizations.list(),
    contacts: repos.contacts.list(),
    cases: repos.cases.list(),
    events: repos.events.list().map(({ seq: _seq, ...event }) => event),
    interactions: repos.interactions.list(),
    extra: repos.settings.get<Extra>(SETTING.fileExtra) ?? {},
  };
}

/** The interchange text of the whole workspace (stable: the same data gives the same text). */
export function exportWorkspaceText(repos: Repositories): string {
  return `${JSON.stringify(serializeWorkspace(readWorkspace(repos)), null, 2)}\n`;
}
