import type { Database, Statement } from 'better-sqlite3';
import type { CaseFacts, InteractionFacts } from '../../../../shared/domain/workItem';
import { DONE_STATUSES } from '../../../../shared/domain/vocab';

/**
 * What the projector reads, in batches of ids (one statement per batch, the ids bound as one JSON
 * list): the records behind many work items at once. (The records that depend on a changed one are
 * found with the record tables' `idsWhere`.) Read-only; instants are epoch ms.
 */
export interface CaseSource extends CaseFacts {
  reporterId: string | null;
}

export interface InteractionSource extends InteractionFacts {
  contactId: string | null;
}

export interface ProjectionSource {
  cases(ids: readonly string[]): CaseSource[];
  interactions(ids: readonly string[]): InteractionSource[];
  organizations(ids: readonly string[]): Map<string, OrganizationSource>;
  contacts(ids: readonly string[]): Map<string, ContactSource>;
  /** Every open case and every waiting interaction (a full rebuild). */
  openCaseIds(): string[];
  waitingInteractionIds(): string[];
}

export interface OrganizationSource {
  name: string;
  priority: boolean;
}

export interface ContactSource {
  name: string;
  email: string | null;
  phone: string | null;
  organizationId: string | null;
}

interface CaseRow {
  id: string;
  key: string;
  subject: string;
  description: string;
  type: CaseSource['type'];
  status: CaseSource['status'];
  priority: CaseSource['priority'];
  urgency: CaseSource['urgency'];
  created_at: number;
  agreed_update_at: number | null;
  organization_id: string | null;
  reporter_id: string | null;
  assignee_id: string | null;
  labels: string;
  away: number;
}

interface InteractionRow {
  id: string;
  channel: InteractionSource['channel'];
  state: InteractionSource['state'];
  since: number;
  priority: InteractionSource['priority'];
  urgent: number;
  assignee_id: string | null;
  subject: string | null;
  body: string | null;
  case_id: string | null;
  contact_id: string | null;
}

const IN_LIST = 'IN (SELECT value FROM json_each(?))';

export function projectionSource(db: Database): ProjectionSource {
  const cases = db.prepare(
    `SELECT id, key, subject, description, type, status, priority, urgency, created_at, agreed_update_at, organization_id, reporter_id, assignee_id, labels,
            coalesce(json_extract(extra, '$.remote.followed') = 0, 0) AS away
       FROM cases WHERE id ${IN_LIST}`,
  );
  const interactions = db.prepare(
    `SELECT id, channel, state, since, priority, urgent, assignee_id, subject, body, case_id, contact_id FROM interactions WHERE id ${IN_LIST}`,
  );
  const organizations = db.prepare(`SELECT id, name, priority FROM organizations WHERE id ${IN_LIST}`);
  const contacts = db.prepare(`SELECT id, name, email, phone, organization_id FROM contacts WHERE id ${IN_LIST}`);
  const done = DONE_STATUSES.map((s) => `'${s}'`).join(', ');
  const openCases = db.prepare(`SELECT id FROM cases WHERE status NOT IN (${done}) ORDER BY ord`).pluck();
  const waiting = db.prepare("SELECT id FROM interactions WHERE state = 'waiting' ORDER BY ord").pluck();

  /** The rows of these ids (none read for no ids). */
  const rows = <R>(statement: Statement, ids: readonly string[]): R[] => (ids.length === 0 ? [] : (statement.all(JSON.stringify(ids)) as R[]));
  return {
    cases: (ids) =>
      rows<CaseRow>(cases, ids).map((r) => ({
        id: r.id,
        key: r.key,
        subject: r.subject,
        description: r.description,
        type: r.type,
        status: r.status,
        priority: r.priority,
        urgency: r.urgency,
        createdAt: r.created_at,
        agreedUpdateAt: r.agreed_update_at,
        organizationId: r.organization_id,
        reporterId: r.reporter_id,
        assigneeId: r.assignee_id,
        labels: JSON.parse(r.labels) as string[],
        away: r.away === 1,
      })),
    interactions: (ids) =>
      rows<InteractionRow>(interactions, ids).map((r) => ({
        id: r.id,
        channel: r.channel,
        state: r.state,
        since: r.since,
        priority: r.priority,
        urgent: r.urgent === 1,
        assigneeId: r.assignee_id,
        subject: r.subject,
        body: r.body,
        caseId: r.case_id,
        contactId: r.contact_id,
      })),
    organizations: (ids) =>
      new Map(rows<{ id: string; name: string; priority: number }>(organizations, ids).map((o) => [o.id, { name: o.name, priority: o.priority === 1 }])),
    contacts: (ids) =>
      new Map(
        rows<{ id: string; name: string; email: string | null; phone: string | null; organization_id: string | null }>(contacts, ids).map((c) => [
          c.id,
          { name: c.name, email: c.email, phone: c.phone, organizationId: c.organization_id },
        ]),
      ),
    openCaseIds: () => openCases.all() as string[],
    waitingInteractionIds: () => waiting.all() as string[],
  };
}
