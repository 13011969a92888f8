import { isDeepStrictEqual } from 'node:util';
import type { CalendarRecord, Extra, WorkspaceFile } from '../../../shared/interchange/schema';
import { FORMAT, FORMAT_VERSION } from '../../../shared/interchange/schema';
import { serializeWorkspace } from '../../../shared/interchange/serialize';
import { DEFAULT_SLA_POLICY, slaPolicySchema } from '../../../shared/sla/policy';
import type { Repositories } from '../db/repositories/types';
import { SETTING } from './deps';

/**
 * The policy a lead saved, or null when there is none that differs from the defaults (nothing
 * saved, a save that kept the defaults, or a stored value that no longer parses, which the SLA
 * ignores too): only a changed policy travels in the file, so other exports stay as they were.
 */
function changedSlaPolicy(repos: Repositories): WorkspaceFile['slaPolicy'] {
  const stored = repos.settings.get<unknown>(SETTING.slaPolicy);
  if (stored === undefined) return null;
  const parsed = slaPolicySchema.safeParse(stored);
  return parsed.success && !isDeepStrictEqual(parsed.data, DEFAULT_SLA_POLICY) ? parsed.data : null;
}

/** The whole workspace as a parsed interchange file (records in import order, events in recorded order). */
export function readWorkspace(repos: Repositories): WorkspaceFile {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    calendar: repos.settings.get<CalendarRecord>(SETTING.calendar) ?? null,
    slaPolicy: changedSlaPolicy(repos),
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
