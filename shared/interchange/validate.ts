import type { z } from 'zod';
import { shown } from './fields';
import { workspaceFileSchema, type WorkspaceFile } from './schema';

/** One problem in a workspace file, located by its record path: `cases[17].priority`. */
export interface FileIssue {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[], whole = '(file)'): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || whole;
}

export function describeIssues(issues: readonly FileIssue[], max = 10): string {
  const lines = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > max) lines.push(`... and ${issues.length - max} more`);
  return lines.join('\n');
}

function fromZod(issues: readonly z.core.$ZodIssue[]): FileIssue[] {
  return issues.map((issue) => {
    // An absent required key reads better as "required" than as a type mismatch on undefined.
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return { path: formatPath(issue.path), message: missing ? 'required, got nothing' : issue.message };
  });
}

/** Whether an id exists already in the workspace the file is imported into. */
export type ExistingIds = (table: 'agents' | 'organizations' | 'contacts' | 'cases', id: string) => boolean;

const noneExisting: ExistingIds = () => false;

/**
 * Duplicate ids and keys within the file, and references to records that neither the file nor
 * the existing workspace holds.
 */
export function checkIntegrity(file: WorkspaceFile, existing: ExistingIds = noneExisting): FileIssue[] {
  const issues: FileIssue[] = [];
  const ids = {
    agents: new Map<string, number>(),
    organizations: new Map<string, number>(),
    contacts: new Map<string, number>(),
    cases: new Map<string, number>(),
    interactions: new Map<string, number>(),
  };
  for (const table of Object.keys(ids) as (keyof typeof ids)[]) {
    file[table].forEach((rec, i) => {
      const seen = ids[table].get(rec.id);
      if (seen !== undefined) issues.push({ path: `${table}[${i}].id`, message: `duplicate id ${shown(rec.id)} (also ${table}[${seen}])` });
      else ids[table].set(rec.id, i);
    });
  }
  const keys = new Map<string, number>();
  file.cases.forEach((c, i) => {
    const seen = keys.get(c.key);
    if (seen !== undefined) issues.push({ path: `cases[${i}].key`, message: `duplicate key ${shown(c.key)} (also cases[${seen}])` });
    else keys.set(c.key, i);
  });

  const ref = (table: 'agents' | 'organizations' | 'contacts' | 'cases', value: string | null, path: string) => {
    if (value === null || ids[table].has(value) || existing(table, value)) return;
    const noun = { agents: 'agent', organizations: 'organization', contacts: 'contact', cases: 'case' }[table];
    issues.push({ path, message: `no ${noun} with id ${shown(value)}` });
  };
  file.contacts.forEach((c, i) => ref('organizations', c.organizationId, `contacts[${i}].organizationId`));
  file.cases.forEach((c, i) => {
    ref('organizations', c.organizationId, `cases[${i}].organizationId`);
    ref('contacts', c.reporterId, `cases[${i}].reporterId`);
    ref('agents', c.assigneeId, `cases[${i}].assigneeId`);
  });
  file.events.forEach((e, i) => {
    ref('cases', e.caseId, `events[${i}].caseId`);
    if (e.kind === 'assignment') {
      ref('agents', e.from, `events[${i}].from`);
      ref('agents', e.to, `events[${i}].to`);
    }
  });
  file.interactions.forEach((x, i) => {
    ref('contacts', x.contactId, `interactions[${i}].contactId`);
    ref('cases', x.caseId, `interactions[${i}].caseId`);
    ref('agents', x.assigneeId, `interactions[${i}].assigneeId`);
  });
  return issues;
}

export type ParseResult = { ok: true; file: WorkspaceFile } | { ok: false; issues: FileIssue[] };

/** Validates a whole workspace file: shape first, then integrity. Nothing is partial. */
export function parseWorkspaceFile(raw: unknown, existing?: ExistingIds): ParseResult {
  // reportInput: zod 4 leaves `input` out of issues otherwise, and "missing" could not be told from "wrong type".
  const parsed = workspaceFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error.issues) };
  const issues = checkIntegrity(parsed.data, existing);
  return issues.length ? { ok: false, issues } : { ok: true, file: parsed.data };
}

/** Reads JSON text, reporting a syntax error as a file issue rather than throwing. */
export function parseWorkspaceText(textContent: string, existing?: ExistingIds): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch (err) {
    return { ok: false, issues: [{ path: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return parseWorkspaceFile(raw, existing);
}
