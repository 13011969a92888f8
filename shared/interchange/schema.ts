import { z } from 'zod';
import {
  AGENT_ROLES,
  AGENT_STATUSES,
  CASE_STATUSES,
  CASE_TYPES,
  CHANNELS,
  EVENT_KINDS,
  INTERACTION_STATES,
  higherUrgency,
  LINK_HOWS,
  LINK_KINDS,
  PRIORITIES,
  URGENCIES,
  WEEKDAYS,
} from '../domain/vocab';
import { ruleListSchema } from '../rules/ruleSchema';
import { slaPolicySchema } from '../sla/policy';
import { templateLinksSchema } from '../templates/templateLinks';
import { templateListSchema } from '../templates/templateSchema';
import { alertSchema } from './alerts';
import { checklistDaysSchema, checklistTemplateFileSchema } from './checklist';
import { auditListSchema } from './audit';
import { uniqueList, type UniqueListWords } from './settingsList';
import { bool, id, instant, localDate, minutesOfDay, oneOf, requiredText, shown, text, timeZone, windows } from './fields';

/**
 * The workspace interchange format, version 1 (`../shared/spec/interchange.md`).
 * Parsing yields records whose instants are epoch milliseconds and whose unknown keys are kept
 * in an `extra` bag (written back on export, never dropped).
 */

export const FORMAT = 'shiftdesk-workspace';
export const FORMAT_VERSION = 1;

export type Extra = Record<string, unknown>;

/**
 * An object whose known keys are parsed by `shape` and whose other keys land in `extra` (`record`),
 * which may also come back in its parsed shape, as the core hands it out (the calendar of
 * `settings.getSla`): an `extra` object is then that bag, merged with any other unknown keys (a key
 * given outside the bag wins), instead of being kept as an unknown key named "extra" (which would
 * nest a bag in the bag and write a stray "extra" key on export). Files are read with `record`:
 * there "extra" is a key like any other and is kept verbatim.
 */
function bagRecord<S extends z.ZodRawShape>(shape: S) {
  const known = new Set(Object.keys(shape));
  const bagKey = 'extra';
  return z
    .looseObject(shape, { error: (issue) => `expected an object, got ${shown(issue.input)}` })
    .transform((value, ctx) => {
      const unknown: Extra = {};
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (known.has(k)) out[k] = v;
        else if (k !== bagKey) unknown[k] = v;
      }
      const bag: unknown = (value as Record<string, unknown>)[bagKey];
      const fromBag: Extra = {};
      if (bag !== undefined) {
        if (typeof bag !== 'object' || bag === null || Array.isArray(bag)) {
          ctx.addIssue({ code: 'custom', path: ['extra'], input: bag, message: `expected an object of unknown keys, got ${shown(bag)}` });
          return z.NEVER;
        }
        for (const [k, v] of Object.entries(bag)) {
          if (known.has(k)) ctx.addIssue({ code: 'custom', path: ['extra', k], input: v, message: `${k} is a known key: give it outside extra` });
          else fromBag[k] = v;
        }
      }
      return { ...(out as z.output<z.ZodObject<S>>), extra: { ...fromBag, ...unknown } };
    });
}

/**
 * An object as a file has it: known keys parsed by `shape`, the others (whatever they are called) in
 * `extra`. Moved there
 * by an `overwrite` (a check, not a transform pipe: an import reads 400,000 records), without a copy
 * when there are none.
 */
function record<S extends z.ZodRawShape>(shape: S) {
  const known = new Set(Object.keys(shape));
  const bagged = (value: Record<string, unknown>): Record<string, unknown> => {
    for (const k in value) {
      if (known.has(k)) continue;
      const out: Record<string, unknown> = {};
      const extra: Extra = {};
      for (const [key, v] of Object.entries(value)) (known.has(key) ? out : extra)[key] = v;
      out.extra = extra;
      return out;
    }
    value.extra = {};
    return value;
  };
  return z
    .looseObject(shape, { error: (issue) => `expected an object, got ${shown(issue.input)}` })
    .overwrite(bagged as never) as unknown as z.ZodType<z.output<z.ZodObject<S>> & { extra: Extra }, z.input<z.ZodObject<S, z.core.$loose>>>;
}

function list<T extends z.ZodType>(item: T) {
  return z.array(item, { error: (issue) => `expected a list, got ${shown(issue.input)}` }).default([]);
}

const nullableId = id.nullable().default(null);

/** An issue text when two windows of one day overlap (`prev` and `cur` in start order), else null. */
function overlappingWindows(list: readonly (readonly [string, string])[]): string | null {
  const sorted = [...list].sort((a, b) => minutesOfDay(a[0]) - minutesOfDay(b[0]));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (minutesOfDay(cur[0]) < minutesOfDay(prev[1])) return `windows overlap: ${prev.join('-')} and ${cur.join('-')}`;
  }
  return null;
}

/** Weekly windows keyed by weekday; a day may be missing (closed). Windows may not overlap. */
const week = z
  .partialRecord(oneOf(WEEKDAYS, 'a weekday (mon..sun)'), windows, {
    error: (issue) => `expected weekdays with windows, got ${shown(issue.input)}`,
  })
  .superRefine((days, ctx) => {
    for (const [day, list] of Object.entries(days)) {
      const message = overlappingWindows(list ?? []);
      if (message !== null) ctx.addIssue({ code: 'custom', path: [day], message });
    }
  });

/**
 * One local date that uses its own windows instead of its weekday's (a partial-day holiday, an
 * extra opening): `{ "date": "2026-12-24", "windows": [["09:00","12:00"]] }`; no windows = closed.
 */
const override = z
  .object(
    { date: localDate, windows },
    { error: (issue) => `expected an override { date, windows }, got ${shown(issue.input)}` },
  )
  .superRefine((o, ctx) => {
    const message = overlappingWindows(o.windows);
    if (message !== null) ctx.addIssue({ code: 'custom', path: ['windows'], message });
  });

const calendarShape = {
  timeZone,
  hoursPerBusinessDay: z
    .number({ error: (issue) => `expected a number of hours, got ${shown(issue.input)}` })
    .gt(0, 'expected more than 0 hours')
    .lte(24, 'expected at most 24 hours')
    .default(8),
  // Dated overrides end and holidays only close: without a weekly window, deadlines would never come.
  week: week.refine((days) => Object.values(days).some((open) => open.length > 0), {
    error: 'no open time: every weekday is closed; give at least one window (overrides alone cannot carry deadlines)',
  }),
  holidays: list(localDate),
  overrides: list(override).superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((o, i) => {
      if (seen.has(o.date)) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `a second override for ${o.date}` });
      seen.add(o.date);
    });
  }),
};

/** The `calendar` of a workspace file. */
export const calendarSchema = record(calendarShape);

/**
 * A calendar as `settings.setSla` takes it: the file's shape, or the parsed one that
 * `settings.getSla` returns (its unknown keys in an `extra` bag), so getSla -> setSla stores the same.
 */
export const calendarSettingSchema = bagRecord(calendarShape);

export const agentSchema = record({
  id,
  name: requiredText,
  email: text.default(''),
  role: oneOf(AGENT_ROLES, 'agent | lead').default('agent'),
  timeZone,
  status: oneOf(AGENT_STATUSES, 'available | in_a_meeting | unavailable | on_leave').default('available'),
  schedule: week.default({}),
});

export const organizationSchema = record({
  id,
  name: requiredText,
  priority: bool.default(false),
  plan: text.nullable().default(null),
  licenses: z
    .number({ error: (issue) => `expected a whole number of licenses, got ${shown(issue.input)}` })
    .int('expected a whole number of licenses')
    .nonnegative('expected 0 or more licenses')
    .nullable()
    .default(null),
});

export const contactSchema = record({
  id,
  name: requiredText,
  email: text.nullable().default(null),
  phone: text.nullable().default(null),
  organizationId: nullableId,
});

export const caseSchema = record({
  id,
  key: requiredText,
  subject: requiredText,
  description: text.default(''),
  type: oneOf(CASE_TYPES),
  status: oneOf(CASE_STATUSES),
  priority: oneOf(PRIORITIES, 'P1..P6'),
  channel: oneOf(CHANNELS),
  channels: list(oneOf(CHANNELS)),
  organizationId: nullableId,
  reporterId: nullableId,
  assigneeId: nullableId,
  labels: list(requiredText),
  createdAt: instant,
  urgency: oneOf(URGENCIES, 'none | urgent | emergency').default('none'),
  /** The older flag: `urgent: true` reads as `urgency: "urgent"` (or higher, when given); read, never written. */
  urgent: bool.optional(),
  agreedUpdateAt: instant.nullable().default(null),
  // Added with case creation (docs/format.md "Case fields added later"): optional, absent = null
  // (possibleTestimonial: false); written on export only when set.
  teamId: id.nullable().optional(),
  needBy: localDate.nullable().optional(),
  resolvedAt: instant.nullable().optional(),
  fromPartner: bool.nullable().optional(),
  internal: bool.nullable().optional(),
  possibleTestimonial: bool.nullable().optional(),
  caseSource: text.nullable().optional(),
  adminTaskType: text.nullable().optional(),
  // Added with the case view (docs/format.md "Case fields added later"): optional, absent = none;
  // written on export only when not empty.
  /** The product or item the case is about. */
  item: text.nullable().optional(),
  /** Agents (ids) who follow the case. */
  watchers: list(id).optional(),
  /** Request participants (contact ids): a public reply goes to them besides the reporter. */
  participants: list(id).optional(),
  /** Reminders shown on the case (a rule's "show a reminder"), each once. */
  reminders: list(requiredText).optional(),
  /** Linked cases, each from this case's side (`LINK_KINDS`); the other case keeps the inverse. */
  links: list(record({ caseId: id, kind: oneOf(LINK_KINDS), how: oneOf(LINK_HOWS).default('by_hand') })).optional(),
}).overwrite(({ urgent, ...c }) => ({ ...c, urgency: higherUrgency(c.urgency, urgent === true ? 'urgent' : 'none') }));

const statusChange = oneOf(CASE_STATUSES);

export const eventSchema = record({
  caseId: id,
  at: instant,
  kind: oneOf(EVENT_KINDS),
  by: nullableId,
  body: text.nullable().default(null),
  from: text.nullable().default(null),
  to: text.nullable().default(null),
}).superRefine((event, ctx) => {
  if (event.kind !== 'status') return;
  for (const key of ['from', 'to'] as const) {
    const parsed = statusChange.safeParse(event[key]);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', path: [key], message: `expected a status, got ${shown(event[key] ?? undefined)}` });
    }
  }
});

export const interactionSchema = record({
  id,
  channel: oneOf(CHANNELS),
  state: oneOf(INTERACTION_STATES, 'waiting | done'),
  since: instant,
  contactId: nullableId,
  caseId: nullableId,
  priority: oneOf(PRIORITIES, 'P1..P6').nullable().default(null),
  urgent: bool.default(false),
  assigneeId: nullableId,
  subject: text.nullable().default(null),
  body: text.nullable().default(null),
});

/** A team (`workflow.md`: kept by leads): who a case may be assigned to besides an agent. */
export const teamSchema = record({ id, name: requiredText, members: list(id) });

/** A release of the lead-kept release list: the "next release" need-by date of urgent enhancements and bugs. */
export const releaseSchema = record({ id, name: requiredText, date: localDate });

/** A list of records with ids, each id once. */
const idsOnce = (noun: string): UniqueListWords => ({ list: 'a list', duplicate: (id, first) => `duplicate ${noun} id ${shown(id)}: the same as [${first}]` });

/** The file's `teams` and `releases` (optional top-level lists: absent or null = the workspace keeps its own). */
export const teamsSchema = uniqueList(teamSchema, 'id', idsOnce('team'));
export const releasesSchema = uniqueList(releaseSchema, 'id', idsOnce('release'));

export const workspaceFileSchema = record({
  format: z.literal(FORMAT, { error: (issue) => `expected "${FORMAT}", got ${shown(issue.input)}` }),
  version: z.literal(FORMAT_VERSION, {
    error: (issue) => `expected version ${FORMAT_VERSION} (this Shiftdesk reads version ${FORMAT_VERSION}), got ${shown(issue.input)}`,
  }),
  calendar: calendarSchema.nullable().default(null),
  /** The lead-edited SLA policy (`settings.getSla`'s `policy`); absent or null: the workspace keeps its own. */
  slaPolicy: slaPolicySchema.nullable().default(null),
  agents: list(agentSchema),
  organizations: list(organizationSchema),
  contacts: list(contactSchema),
  cases: list(caseSchema),
  events: list(eventSchema),
  interactions: list(interactionSchema),
  /** The alert history (`alerts.ts`): fired alerts are not notified again after a restore or an import. */
  alerts: list(alertSchema),
  teams: teamsSchema.nullable().default(null),
  releases: releasesSchema.nullable().default(null),
  /** The lead-kept workflow settings (docs/format.md): absent or null = the workspace keeps its own. */
  rules: ruleListSchema.nullable().default(null),
  templates: templateListSchema.nullable().default(null),
  templateLinks: templateLinksSchema.nullable().default(null),
  /** The daily checklist (docs/checklist.md): the lead-edited template and the kept days; absent or null = the workspace keeps its own. */
  checklistTemplate: checklistTemplateFileSchema.nullable().optional(),
  checklistDays: checklistDaysSchema.nullable().optional(),
  /** The audit list (docs/roles.md): who did which lead-only action or status change, when; absent or null = the workspace keeps its own. */
  audit: auditListSchema.nullable().optional(),
});

export type CalendarRecord = z.output<typeof calendarSchema>;
export type AgentRecord = z.output<typeof agentSchema>;
export type OrganizationRecord = z.output<typeof organizationSchema>;
export type ContactRecord = z.output<typeof contactSchema>;
export type CaseRecord = z.output<typeof caseSchema>;
export type EventRecord = z.output<typeof eventSchema>;
export type InteractionRecord = z.output<typeof interactionSchema>;
export type WorkspaceFile = z.output<typeof workspaceFileSchema>;
export type TeamRecord = z.output<typeof teamSchema>;
export type ReleaseRecord = z.output<typeof releaseSchema>;
export type WeekWindows = z.output<typeof week>;
