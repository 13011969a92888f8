import { z } from 'zod';
import { toIso } from '../time/instant';
import { instant, shown } from './fields';

/**
 * The audit list in the interchange format (docs/format.md, docs/roles.md): the optional top-level
 * `audit`, oldest first, each entry who (`by`, an agent id or null for the app), what (`action`), on
 * what (`subject`), when (`at`, ISO) and its `detail`. Absent or null: the workspace keeps its own;
 * an imported entry already in the workspace (same at, by, action, subject and detail) is not added twice.
 */
const auditEntrySchema = z.object(
  {
    at: instant,
    by: z.string({ error: (issue) => `expected an agent id or null, got ${shown(issue.input)}` }).min(1, 'expected an agent id or null').nullable().default(null),
    action: z.string({ error: (issue) => `expected an action such as agent.status, got ${shown(issue.input)}` }).min(1, 'expected an action such as agent.status'),
    subject: z.string({ error: (issue) => `expected text or null, got ${shown(issue.input)}` }).nullable().default(null),
    detail: z.record(z.string(), z.unknown(), { error: (issue) => `expected an object, got ${shown(issue.input)}` }).default({}),
  },
  { error: (issue) => `expected an audit entry { at, by, action, subject, detail }, got ${shown(issue.input)}` },
);

export const auditListSchema = z.array(auditEntrySchema, { error: (issue) => `expected a list of audit entries, got ${shown(issue.input)}` });
export type AuditFileEntry = { at: number; by: string | null; action: string; subject: string | null; detail: Record<string, unknown> };

export function serializeAuditEntry(e: AuditFileEntry): Record<string, unknown> {
  return { at: toIso(e.at), by: e.by, action: e.action, subject: e.subject, detail: e.detail };
}

/** What makes two entries the same one (an import of a file exported from this workspace adds nothing). */
export function auditFingerprint(e: AuditFileEntry): string {
  return JSON.stringify([e.at, e.by, e.action, e.subject, e.detail]);
}
