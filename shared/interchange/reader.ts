import type { z } from 'zod';
import { inputShapeIssue, UNSAFE_KEY, UNSAFE_KEY_MESSAGE } from '../contract/inputShape';
import { ruleListSchema, type Rule } from '../rules/ruleSchema';
import { slaPolicySchema, type SlaPolicy } from '../sla/policy';
import type { TemplateLinks } from '../templates/fill';
import { templateLinksSchema } from '../templates/templateLinks';
import { templateListSchema, type Template } from '../templates/templateSchema';
import { shown } from './fields';
import { createScanner, ScanError } from './scan';
import {
  agentSchema,
  calendarSchema,
  caseSchema,
  contactSchema,
  eventSchema,
  FORMAT,
  FORMAT_VERSION,
  interactionSchema,
  organizationSchema,
  releasesSchema,
  teamsSchema,
  type AgentRecord,
  type CalendarRecord,
  type CaseRecord,
  type ContactRecord,
  type EventRecord,
  type InteractionRecord,
  type OrganizationRecord,
  type ReleaseRecord,
  type TeamRecord,
} from './schema';
import { formatPath, type ExistingIds, type FileIssue } from './issues';
import { alertItem, alertSchema, type AlertRecord } from './alerts';
import { checklistDaysSchema, checklistTemplateFileSchema, type ChecklistDayRecord } from './checklist';
import { auditListSchema, type AuditFileEntry } from './audit';
import type { ChecklistTemplate } from '../domain/checklist';

/**
 * The one validator of workspace files (`interchange.md`), record by record: each top-level value
 * and each record is checked by its schema as it comes, duplicates and references are checked
 * across the file (a reference to a record later in the file is settled at the end), and each
 * valid item goes to `accept` in file order, which may add an issue of its own (a case key already
 * used in the workspace). After the first issue nothing more is accepted but the rest is still
 * checked, so the error lists every bad record. The caller writes accepted items in one transaction
 * and rolls it back when `end()` reports any issue: nothing is ever half-imported.
 *
 * Two feeders share it: `feedText` (a file's text, any chunking, through the scanner) and
 * `feedObject` (an already parsed file, e.g. the sample shift).
 */
export type FileItem =
  | { kind: 'calendar'; value: CalendarRecord | null }
  | { kind: 'slaPolicy'; value: SlaPolicy | null }
  | { kind: 'teams'; value: TeamRecord[] | null }
  | { kind: 'releases'; value: ReleaseRecord[] | null }
  | { kind: 'rules'; value: Rule[] | null }
  | { kind: 'templates'; value: Template[] | null }
  | { kind: 'templateLinks'; value: TemplateLinks | null }
  | { kind: 'checklistTemplate'; value: ChecklistTemplate | null }
  | { kind: 'checklistDays'; value: ChecklistDayRecord[] | null }
  | { kind: 'audit'; value: AuditFileEntry[] | null }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'agents'; record: AgentRecord; index: number }
  | { kind: 'organizations'; record: OrganizationRecord; index: number }
  | { kind: 'contacts'; record: ContactRecord; index: number }
  | { kind: 'cases'; record: CaseRecord; index: number }
  | { kind: 'events'; record: EventRecord; index: number }
  | { kind: 'interactions'; record: InteractionRecord; index: number }
  | { kind: 'alerts'; record: AlertRecord; index: number };

/** The top-level lists read a record at a time (`alerts`: the alert history, our addition). */
export const RECORD_TABLES = ['agents', 'organizations', 'contacts', 'cases', 'events', 'interactions', 'alerts'] as const;
export type RecordTableKey = (typeof RECORD_TABLES)[number];
const TABLE_SET: ReadonlySet<string> = new Set(RECORD_TABLES);

const SCHEMAS = {
  agents: agentSchema,
  organizations: organizationSchema,
  contacts: contactSchema,
  cases: caseSchema,
  events: eventSchema,
  interactions: interactionSchema,
  alerts: alertSchema,
} as const;

/** Records without an id of their own: an event is matched by its content, an alert by its item, kind and deadline. */
const WITHOUT_ID: ReadonlySet<RecordTableKey> = new Set(['events', 'alerts']);

type IdTable = 'agents' | 'organizations' | 'contacts' | 'cases' | 'interactions';
const NOUN: Record<IdTable, string> = { agents: 'agent', organizations: 'organization', contacts: 'contact', cases: 'case', interactions: 'interaction' };

export interface ReadOutcome {
  /** The first issues (at most `keepIssues`), in file order. */
  issues: FileIssue[];
  /** How many there were in all. */
  issueCount: number;
}

export interface WorkspaceReader {
  /** One top-level value (`index` null) or one element of a top-level list, already parsed. */
  value(key: string, index: number | null, value: unknown): void;
  /** One value's JSON text as the scanner found it. */
  text(key: string, index: number | null, text: string): void;
  /** Settles references to records that never came, checks the required keys; the outcome. */
  end(): ReadOutcome;
  /** An issue found outside the reader (a syntax error of the whole file). */
  issue(issue: FileIssue): void;
}

export function createWorkspaceReader(o: {
  existing?: ExistingIds;
  accept(item: FileItem): FileIssue | null;
  keepIssues?: number;
}): WorkspaceReader {
  const existing = o.existing ?? (() => false);
  const keep = o.keepIssues ?? 100;
  const issues: FileIssue[] = [];
  let issueCount = 0;
  /** The file as a whole could not be read (a syntax error): nothing else it says is worth reporting. */
  let unreadable = false;
  const addIssue = (issue: FileIssue) => {
    if (issue.path === '(file)') unreadable = true;
    issueCount++;
    if (issues.length < keep) issues.push(issue);
  };
  const ids: Record<IdTable, Map<string, number>> = {
    agents: new Map(),
    organizations: new Map(),
    contacts: new Map(),
    cases: new Map(),
    interactions: new Map(),
  };
  const keys = new Map<string, number>();
  /** Alerts by item, kind and deadline: an alert is in a file once. */
  const alertsSeen = new Map<string, number>();
  const pending: { table: IdTable; id: string; path: string }[] = [];
  const seenKeys = new Set<string>();
  let format = false;
  let version = false;

  const ref = (table: IdTable, id: string | null, path: string) => {
    if (id === null || ids[table].has(id) || existing(table, id)) return;
    pending.push({ table, id, path });
  };

  /** Parses with `schema`, reporting each issue under `prefix`; undefined when invalid. */
  const check = <S extends z.ZodType>(schema: S, value: unknown, prefix: (string | number)[]): z.output<S> | undefined => {
    const parsed = schema.safeParse(value, { reportInput: true });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      // An absent required key reads better as "required" than as a type mismatch on undefined.
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      addIssue({ path: formatPath([...prefix, ...issue.path]), message: missing ? 'required, got nothing' : issue.message });
    }
    return undefined;
  };

  const accept = (item: FileItem) => {
    if (issueCount > 0) return;
    const issue = o.accept(item);
    if (issue) addIssue(issue);
  };

  /** A bad record still counts as there for references: its own issue says what is wrong with it. */
  const countAsThere = (table: RecordTableKey, index: number, raw: unknown) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (!WITHOUT_ID.has(table) && typeof id === 'string' && !ids[table as IdTable].has(id)) ids[table as IdTable].set(id, index);
  };

  const record = (table: RecordTableKey, index: number, raw: unknown) => {
    const path = `${table}[${index}]`;
    const rec = check(SCHEMAS[table], raw, [table, index]);
    if (rec === undefined) return countAsThere(table, index, raw);
    if (!WITHOUT_ID.has(table)) {
      const { id } = rec as { id: string };
      const seen = ids[table as IdTable].get(id);
      if (seen !== undefined) {
        addIssue({ path: `${path}.id`, message: `duplicate id ${shown(id)} (also ${table}[${seen}])` });
        return;
      }
      ids[table as IdTable].set(id, index);
    }
    switch (table) {
      case 'contacts':
        ref('organizations', (rec as ContactRecord).organizationId, `${path}.organizationId`);
        break;
      case 'cases': {
        const c = rec as CaseRecord;
        const seen = keys.get(c.key);
        if (seen !== undefined) {
          addIssue({ path: `${path}.key`, message: `duplicate key ${shown(c.key)} (also cases[${seen}])` });
          return;
        }
        keys.set(c.key, index);
        ref('organizations', c.organizationId, `${path}.organizationId`);
        ref('contacts', c.reporterId, `${path}.reporterId`);
        ref('agents', c.assigneeId, `${path}.assigneeId`);
        break;
      }
      case 'events': {
        const e = rec as EventRecord;
        ref('cases', e.caseId, `${path}.caseId`);
        if (e.kind === 'assignment') {
          ref('agents', e.from, `${path}.from`);
          ref('agents', e.to, `${path}.to`);
        }
        break;
      }
      case 'interactions': {
        const x = rec as InteractionRecord;
        ref('contacts', x.contactId, `${path}.contactId`);
        ref('cases', x.caseId, `${path}.caseId`);
        ref('agents', x.assigneeId, `${path}.assigneeId`);
        break;
      }
      case 'alerts': {
        const a = rec as AlertRecord;
        const identity = `${a.itemId}|${a.kind}|${a.deadline}`;
        const seen = alertsSeen.get(identity);
        if (seen !== undefined) {
          addIssue({ path, message: `duplicate alert: the same itemId, kind and deadline as alerts[${seen}]` });
          return;
        }
        alertsSeen.set(identity, index);
        const item = alertItem(a.itemId);
        ref(item.table, item.id, `${path}.itemId`);
        ref('cases', a.caseId, `${path}.caseId`);
        ref('agents', a.agentId, `${path}.agentId`);
        break;
      }
      default:
        break;
    }
    accept({ kind: table, record: rec, index } as FileItem);
  };

  const member = (key: string, value: unknown) => {
    if (seenKeys.has(key)) {
      addIssue({ path: key, message: `appears twice in the file` });
      return;
    }
    seenKeys.add(key);
    switch (key) {
      case 'format':
        format = true;
        if (value !== FORMAT) addIssue({ path: 'format', message: `expected "${FORMAT}", got ${shown(value)}` });
        return;
      case 'version':
        version = true;
        if (value !== FORMAT_VERSION) {
          addIssue({ path: 'version', message: `expected version ${FORMAT_VERSION} (this Shiftdesk reads version ${FORMAT_VERSION}), got ${shown(value)}` });
        }
        return;
      case 'calendar': {
        if (value === null) return accept({ kind: 'calendar', value: null });
        const calendar = check(calendarSchema, value, ['calendar']);
        if (calendar !== undefined) accept({ kind: 'calendar', value: calendar });
        return;
      }
      case 'slaPolicy': {
        if (value === null) return accept({ kind: 'slaPolicy', value: null });
        const policy = check(slaPolicySchema, value, ['slaPolicy']);
        if (policy !== undefined) accept({ kind: 'slaPolicy', value: policy });
        return;
      }
      case 'teams':
      case 'releases': {
        // Small lead-kept lists (`teams`, `releases`): read whole, like the calendar.
        if (value === null) return accept({ kind: key, value: null });
        if (key === 'teams') {
          const teams = check(teamsSchema, value, ['teams']);
          if (teams !== undefined) accept({ kind: 'teams', value: teams });
        } else {
          const releases = check(releasesSchema, value, ['releases']);
          if (releases !== undefined) accept({ kind: 'releases', value: releases });
        }
        return;
      }
      case 'rules': {
        // The lead-kept workflow settings, read whole: the full ordered rule list, the edited
        // templates, the links templates fill in.
        if (value === null) return accept({ kind: 'rules', value: null });
        const rules = check(ruleListSchema, value, ['rules']);
        if (rules !== undefined) accept({ kind: 'rules', value: rules });
        return;
      }
      case 'templates': {
        if (value === null) return accept({ kind: 'templates', value: null });
        const templates = check(templateListSchema, value, ['templates']);
        if (templates !== undefined) accept({ kind: 'templates', value: templates });
        return;
      }
      case 'checklistTemplate': {
        // The daily checklist (docs/checklist.md), read whole: the template, and the kept days.
        if (value === null) return accept({ kind: 'checklistTemplate', value: null });
        const template = check(checklistTemplateFileSchema, value, ['checklistTemplate']);
        if (template !== undefined) accept({ kind: 'checklistTemplate', value: template });
        return;
      }
      case 'checklistDays': {
        if (value === null) return accept({ kind: 'checklistDays', value: null });
        const days = check(checklistDaysSchema, value, ['checklistDays']);
        if (days !== undefined) accept({ kind: 'checklistDays', value: days as ChecklistDayRecord[] });
        return;
      }
      case 'audit': {
        // The audit list (docs/roles.md), read whole.
        if (value === null) return accept({ kind: 'audit', value: null });
        const audit = check(auditListSchema, value, ['audit']);
        if (audit !== undefined) accept({ kind: 'audit', value: audit });
        return;
      }
      case 'templateLinks': {
        if (value === null) return accept({ kind: 'templateLinks', value: null });
        const links = check(templateLinksSchema, value, ['templateLinks']);
        if (links !== undefined) accept({ kind: 'templateLinks', value: links });
        return;
      }
      default:
        if (TABLE_SET.has(key)) {
          // A record table given as something else than a list (a list is read element by element).
          addIssue({ path: key, message: `expected a list, got ${shown(value)}` });
          return;
        }
        accept({ kind: 'extra', key, value });
    }
  };

  const parse = (key: string, index: number | null, text: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (err) {
      addIssue({ path: index === null ? key : `${key}[${index}]`, message: `not valid JSON: ${(err as Error).message}` });
      return { ok: false };
    }
  };

  const reader: WorkspaceReader = {
    value(key, index, value) {
      if (index === 0) seenKeys.add(key);
      // Nested too deep, or a `__proto__` key: named here, before a schema or an error text recurses into it.
      const shape = key === UNSAFE_KEY ? { path: [], message: UNSAFE_KEY_MESSAGE } : inputShapeIssue(value);
      if (shape) {
        addIssue({ path: formatPath(index === null ? [key, ...shape.path] : [key, index, ...shape.path]), message: shape.message });
        if (index === null) seenKeys.add(key);
        else countAsThere(key as RecordTableKey, index, value);
      } else if (index === null) member(key, value);
      else record(key as RecordTableKey, index, value);
    },
    text(key, index, text) {
      const parsed = parse(key, index, text);
      if (parsed.ok) reader.value(key, index, parsed.value);
    },
    issue: addIssue,
    end() {
      if (unreadable) return { issues, issueCount };
      if (!format) addIssue({ path: 'format', message: 'required, got nothing' });
      if (!version) addIssue({ path: 'version', message: 'required, got nothing' });
      for (const p of pending) {
        if (!ids[p.table].has(p.id) && !existing(p.table, p.id)) addIssue({ path: p.path, message: `no ${NOUN[p.table]} with id ${shown(p.id)}` });
      }
      return { issues, issueCount };
    },
  };
  return reader;
}

/** Feeds an already parsed file (a JSON object) to the reader, in the file's own key order. */
export function feedObject(reader: WorkspaceReader, raw: unknown): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    reader.issue({ path: '(file)', message: `expected an object, got ${shown(raw)}` });
    return;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (TABLE_SET.has(key) && Array.isArray(value)) value.forEach((element, i) => reader.value(key, i, element));
    else reader.value(key, null, value);
  }
}

/** A file's text, in chunks: `push` each, then `end` (a syntax error of the whole file becomes an issue). */
export function textFeeder(reader: WorkspaceReader) {
  let broken = false;
  const scanner = createScanner(TABLE_SET, (v) => reader.text(v.key, v.index, v.text));
  const guard = (fn: () => void) => {
    if (broken) return;
    try {
      fn();
    } catch (err) {
      if (!(err instanceof ScanError)) throw err;
      broken = true;
      reader.issue({ path: '(file)', message: err.message });
    }
  };
  return {
    push: (text: string) => guard(() => scanner.push(text)),
    end: () => guard(() => scanner.end()),
  };
}
