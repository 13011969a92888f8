import { CASE_TYPES } from '../domain/vocab';
import { STATUS_GROUPS, TARGET_CLASSES, type SlaPolicy } from '../sla/policy';
import { toIso, toIsoOrNull } from '../time/instant';
import { serializeAlert, type AlertRecord } from './alerts';
import { serializeChecklistDay } from './checklist';
import { serializeAuditEntry } from './audit';
import {
  FORMAT,
  FORMAT_VERSION,
  type AgentRecord,
  type CaseRecord,
  type ContactRecord,
  type EventRecord,
  type Extra,
  type InteractionRecord,
  type OrganizationRecord,
  type ReleaseRecord,
  type TeamRecord,
  type WorkspaceFile,
} from './schema';

/**
 * Writes a parsed workspace back into the interchange format: instants as ISO 8601 UTC, the
 * known keys in the spec's order, then every unknown key that was kept in `extra`. Every key the
 * parser knows is written back (a calendar's `overrides` included), so export -> import is lossless.
 */
function withExtra<T extends object>(known: T, extra: Extra): T & Extra {
  return { ...known, ...extra };
}

/**
 * A policy in the format's fixed order (targets by class, groups, warning), whatever order it was
 * stored in, so the same policy always gives the same text.
 */
export function serializeSlaPolicy(policy: SlaPolicy): Record<string, unknown> {
  return {
    targets: Object.fromEntries(
      TARGET_CLASSES.map((c) => {
        const { amount, unit, clock } = policy.targets[c];
        return [c, { amount, unit, clock }];
      }),
    ),
    urgencyByType: Object.fromEntries(CASE_TYPES.map((t) => [t, { ...policy.urgencyByType[t] }])),
    groups: Object.fromEntries(STATUS_GROUPS.map((g) => [g, [...policy.groups[g]]])),
    warning: { usedPercent: policy.warning.usedPercent, minutesBefore: policy.warning.minutesBefore },
  };
}

/** The case fields added with case creation, written only when set (absent reads as null, or false), so older files export as before. */
const CASE_FIELDS_WHEN_SET = ['teamId', 'needBy', 'resolvedAt', 'fromPartner', 'internal', 'possibleTestimonial', 'caseSource', 'adminTaskType', 'item'] as const;
/** The case lists added with the case view, written only when not empty. */
const CASE_LISTS_WHEN_SET = ['watchers', 'participants', 'reminders', 'links'] as const;
function withoutUnset<T extends Record<string, unknown>>(c: T): T {
  const out: Record<string, unknown> = { ...c };
  for (const k of CASE_FIELDS_WHEN_SET) if (out[k] === null || out[k] === undefined || (k === 'possibleTestimonial' && out[k] === false)) delete out[k];
  for (const k of CASE_LISTS_WHEN_SET) {
    const value = out[k] as unknown[] | null | undefined;
    if (!value || value.length === 0) delete out[k];
    else if (k === 'links') out[k] = (value as { extra?: Extra }[]).map(({ extra, ...link }) => withExtra(link, extra ?? {}));
  }
  return out as T;
}

/** A team or release as the format writes it. */
export function serializeTeam({ extra, ...t }: TeamRecord): Record<string, unknown> {
  return withExtra(t, extra);
}
export function serializeRelease({ extra, ...r }: ReleaseRecord): Record<string, unknown> {
  return withExtra(r, extra);
}

/** Each record as the format writes it (instants as ISO text, unknown keys after the known ones). */
export const serializeRecord = {
  agents: ({ extra, ...a }: AgentRecord) => withExtra(a, extra),
  organizations: ({ extra, ...o }: OrganizationRecord) => withExtra(o, extra),
  contacts: ({ extra, ...c }: ContactRecord) => withExtra(c, extra),
  cases: ({ extra, createdAt, agreedUpdateAt, resolvedAt, ...c }: CaseRecord) =>
    withExtra(
      withoutUnset({ ...c, createdAt: toIso(createdAt), agreedUpdateAt: toIsoOrNull(agreedUpdateAt), resolvedAt: toIsoOrNull(resolvedAt ?? null) }),
      extra,
    ),
  events: ({ extra, at, ...e }: EventRecord) => withExtra({ ...e, at: toIso(at) }, extra),
  interactions: ({ extra, since, ...x }: InteractionRecord) => withExtra({ ...x, since: toIso(since) }, extra),
  alerts: serializeAlert,
};

/** The members of a file before its record lists: format, version, and the calendar and policy when there are. */
function head(
  file: Pick<WorkspaceFile, 'calendar' | 'slaPolicy'> &
    Partial<Pick<WorkspaceFile, 'teams' | 'releases' | 'rules' | 'templates' | 'templateLinks' | 'checklistTemplate' | 'checklistDays' | 'audit'>>,
): Record<string, unknown> {
  const { calendar } = file;
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    ...(calendar
      ? {
          calendar: withExtra(
            {
              timeZone: calendar.timeZone,
              hoursPerBusinessDay: calendar.hoursPerBusinessDay,
              week: calendar.week,
              holidays: calendar.holidays,
              // Part-day overrides are optional in the format: written only when there are some, so
              // a calendar without them exports as before. (`?? []`: a calendar stored before
              // overrides existed has no list.)
              ...((calendar.overrides ?? []).length > 0 ? { overrides: calendar.overrides } : {}),
            },
            calendar.extra,
          ),
        }
      : {}),
    // Optional too: written only for a workspace whose lead changed the policy (readWorkspace
    // leaves it null otherwise), so other workspaces export as before.
    ...(file.slaPolicy ? { slaPolicy: serializeSlaPolicy(file.slaPolicy) } : {}),
    // Optional: written only for a workspace whose leads keep them (otherwise the defaults apply).
    ...(file.teams ? { teams: file.teams.map(serializeTeam) } : {}),
    ...(file.releases ? { releases: file.releases.map(serializeRelease) } : {}),
    // The lead-kept workflow settings, likewise only when the workspace keeps its own.
    ...(file.rules ? { rules: file.rules } : {}),
    // (The full rule list even when empty: no rules is not the default rules. No edited templates or
    // no links is the same as none kept.)
    ...(file.templates && file.templates.length > 0 ? { templates: file.templates.map(({ name, title, subject, body }) => ({ name, title, subject, body })) } : {}),
    ...(file.templateLinks && Object.keys(file.templateLinks).length > 0 ? { templateLinks: file.templateLinks } : {}),
    // The daily checklist: the template only when a lead edited it, the kept days when there are some.
    ...(file.checklistTemplate ? { checklistTemplate: file.checklistTemplate } : {}),
    ...(file.checklistDays && file.checklistDays.length > 0 ? { checklistDays: file.checklistDays.map(serializeChecklistDay) } : {}),
    // The audit list, oldest first, when anything was recorded.
    ...(file.audit && file.audit.length > 0 ? { audit: file.audit.map(serializeAuditEntry) } : {}),
  };
}

export function serializeWorkspace(file: WorkspaceFile): Record<string, unknown> {
  return withExtra(
    {
      ...head(file),
      agents: file.agents.map(serializeRecord.agents),
      organizations: file.organizations.map(serializeRecord.organizations),
      contacts: file.contacts.map(serializeRecord.contacts),
      cases: file.cases.map(serializeRecord.cases),
      events: file.events.map(serializeRecord.events),
      interactions: file.interactions.map(serializeRecord.interactions),
      // Optional: written only when the workspace has fired alerts, so other files stay as they were.
      ...(file.alerts.length > 0 ? { alerts: file.alerts.map(serializeRecord.alerts) } : {}),
    },
    file.extra,
  );
}

/** A workspace whose records come one at a time (an export streams them from the database). */
export interface WorkspaceParts extends Pick<WorkspaceFile, 'calendar' | 'slaPolicy' | 'extra'> {
  /** The lead-kept teams and release list, when the workspace keeps its own. */
  teams?: WorkspaceFile['teams'];
  releases?: WorkspaceFile['releases'];
  /** The lead-kept rules, edited templates and template links, when the workspace keeps its own. */
  rules?: WorkspaceFile['rules'];
  templates?: WorkspaceFile['templates'];
  templateLinks?: WorkspaceFile['templateLinks'];
  /** The daily checklist's template (when a lead edited it) and kept days. */
  checklistTemplate?: WorkspaceFile['checklistTemplate'];
  checklistDays?: WorkspaceFile['checklistDays'];
  /** The audit list, oldest first. */
  audit?: WorkspaceFile['audit'];
  agents: Iterable<AgentRecord>;
  organizations: Iterable<OrganizationRecord>;
  contacts: Iterable<ContactRecord>;
  cases: Iterable<CaseRecord>;
  events: Iterable<EventRecord>;
  interactions: Iterable<InteractionRecord>;
  /** The alert history, written after the interactions only when it has any. */
  alerts?: Iterable<AlertRecord>;
}

/**
 * The interchange text of a workspace, written a piece at a time to `write`: exactly
 * `JSON.stringify(serializeWorkspace(file), null, 2)` and a final newline, without ever holding the
 * whole text (or the whole workspace) in memory. `written` is told after each record.
 */
export function writeWorkspaceText(parts: WorkspaceParts, write: (chunk: string) => void, written?: () => void): void {
  const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);
  const members: string[] = [];
  const flushMembers = () => {
    if (members.length === 0) return;
    write(members.join(',\n'));
    members.length = 0;
  };
  let first = true;
  const member = (key: string, value: unknown) => {
    members.push(`${first ? '{\n' : ''}  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}`);
    first = false;
  };
  for (const [key, value] of Object.entries(head(parts))) member(key, value);
  const list = <R>(key: keyof typeof serializeRecord, records: Iterable<R>, serialize: (r: R) => unknown, whenEmpty = true) => {
    let n = 0;
    let chunk = '';
    for (const r of records) {
      if (n === 0) {
        members.push(`${first ? '{\n' : ''}  ${JSON.stringify(key)}: [`);
        first = false;
        flushMembers();
        write('\n');
      }
      chunk += `${n > 0 ? ',\n' : ''}    ${indent(JSON.stringify(serialize(r), null, 2), '    ')}`;
      n++;
      written?.();
      if (chunk.length > 1 << 16) {
        write(chunk);
        chunk = '';
      }
    }
    if (n === 0) {
      if (whenEmpty) member(key, []);
    } else {
      write(`${chunk}\n  ]`);
      // The next member follows this list after a comma.
      members.push('');
    }
  };
  list('agents', parts.agents, serializeRecord.agents);
  list('organizations', parts.organizations, serializeRecord.organizations);
  list('contacts', parts.contacts, serializeRecord.contacts);
  list('cases', parts.cases, serializeRecord.cases);
  list('events', parts.events, serializeRecord.events);
  list('interactions', parts.interactions, serializeRecord.interactions);
  if (parts.alerts) list('alerts', parts.alerts, serializeRecord.alerts, false);
  for (const [key, value] of Object.entries(parts.extra)) member(key, value);
  flushMembers();
  write(first ? '{}\n' : '\n}\n');
}
