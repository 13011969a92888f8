import type { Database } from 'better-sqlite3';
import type {
  AgentRecord,
  CaseRecord,
  ContactRecord,
  InteractionRecord,
  OrganizationRecord,
} from '../../../../shared/interchange/schema';
import { alertRepository } from './alerts';
import { auditRepository } from './audit';
import { syncRepository } from './sync';
import { checklistRepository } from './checklist';
import { attentionRepository } from './attention';
import { chatRepository } from './chats';
import { closureRepository } from './closure';
import { sweepRepository } from './sweeps';
import { eventRepository } from './events';
import { intakeRepository } from './intake';
import { recordTable, type Column } from './recordTable';
import { savedFilterRepository } from './savedFilters';
import { settingsRepository } from './settings';
import { splitApprovalRepository } from './splitApprovals';
import type { AgentRepository, Repositories } from './types';
import { projectionSource } from './projectionSource';
import { projectionLedger } from './projections';
import { workItemRepository } from './workItems';
import type { Writes } from '../writes';

const agentColumns: Column<AgentRecord>[] = [
  { field: 'name', column: 'name', kind: 'text' },
  { field: 'email', column: 'email', kind: 'text' },
  { field: 'role', column: 'role', kind: 'text' },
  { field: 'timeZone', column: 'time_zone', kind: 'text' },
  { field: 'status', column: 'status', kind: 'text' },
  { field: 'schedule', column: 'schedule', kind: 'json' },
];

const organizationColumns: Column<OrganizationRecord>[] = [
  { field: 'name', column: 'name', kind: 'text' },
  { field: 'priority', column: 'priority', kind: 'bool' },
  { field: 'plan', column: 'plan', kind: 'text' },
  { field: 'licenses', column: 'licenses', kind: 'int' },
];

const contactColumns: Column<ContactRecord>[] = [
  { field: 'name', column: 'name', kind: 'text' },
  { field: 'email', column: 'email', kind: 'text' },
  { field: 'phone', column: 'phone', kind: 'text' },
  { field: 'organizationId', column: 'organization_id', kind: 'text' },
];

const caseColumns: Column<CaseRecord>[] = [
  { field: 'key', column: 'key', kind: 'text' },
  { field: 'subject', column: 'subject', kind: 'text' },
  { field: 'description', column: 'description', kind: 'text' },
  { field: 'type', column: 'type', kind: 'text' },
  { field: 'status', column: 'status', kind: 'text' },
  { field: 'priority', column: 'priority', kind: 'text' },
  { field: 'channel', column: 'channel', kind: 'text' },
  { field: 'channels', column: 'channels', kind: 'json' },
  { field: 'organizationId', column: 'organization_id', kind: 'text' },
  { field: 'reporterId', column: 'reporter_id', kind: 'text' },
  { field: 'assigneeId', column: 'assignee_id', kind: 'text' },
  { field: 'labels', column: 'labels', kind: 'json' },
  { field: 'createdAt', column: 'created_at', kind: 'int' },
  { field: 'urgency', column: 'urgency', kind: 'text' },
  { field: 'agreedUpdateAt', column: 'agreed_update_at', kind: 'int' },
  { field: 'teamId', column: 'team_id', kind: 'text' },
  { field: 'needBy', column: 'need_by', kind: 'text' },
  { field: 'resolvedAt', column: 'resolved_at', kind: 'int' },
  { field: 'fromPartner', column: 'from_partner', kind: 'bool' },
  { field: 'internal', column: 'internal', kind: 'bool' },
  { field: 'possibleTestimonial', column: 'possible_testimonial', kind: 'bool' },
  { field: 'caseSource', column: 'case_source', kind: 'text' },
  { field: 'adminTaskType', column: 'admin_task_type', kind: 'text' },
  { field: 'item', column: 'item', kind: 'text' },
  { field: 'watchers', column: 'watchers', kind: 'json' },
  { field: 'participants', column: 'participants', kind: 'json' },
  { field: 'reminders', column: 'reminders', kind: 'json' },
  { field: 'links', column: 'links', kind: 'json' },
];

const interactionColumns: Column<InteractionRecord>[] = [
  { field: 'channel', column: 'channel', kind: 'text' },
  { field: 'state', column: 'state', kind: 'text' },
  { field: 'since', column: 'since', kind: 'int' },
  { field: 'contactId', column: 'contact_id', kind: 'text' },
  { field: 'caseId', column: 'case_id', kind: 'text' },
  { field: 'priority', column: 'priority', kind: 'text' },
  { field: 'urgent', column: 'urgent', kind: 'bool' },
  { field: 'assigneeId', column: 'assignee_id', kind: 'text' },
  { field: 'subject', column: 'subject', kind: 'text' },
  { field: 'body', column: 'body', kind: 'text' },
];

function agentRepository(db: Database, writes: Writes): AgentRepository {
  const table = recordTable(db, 'agents', agentColumns, writes);
  const firstId = db.prepare('SELECT id FROM agents ORDER BY ord LIMIT 1').pluck();
  const setStatus = db.prepare('UPDATE agents SET status = ? WHERE id = ? AND status IS NOT ?');
  return {
    ...table,
    first: () => {
      const id = firstId.get() as string | undefined;
      return id === undefined ? undefined : table.get(id);
    },
    setStatus: (id, status) => {
      writes.require('agents write');
      const changed = setStatus.run(status, id, status).changes > 0;
      if (changed) writes.record('agents', id);
      return changed;
    },
  };
}

/**
 * The SQLite implementation of `Repositories` on one open workspace database; every write notes
 * itself in `writes` (the unit of work's tracker), which refuses writes outside a unit of work.
 */
export function createSqliteRepositories(db: Database, writes: Writes): Repositories {
  return {
    agents: agentRepository(db, writes),
    audit: auditRepository(db, writes),
    checklist: checklistRepository(db, writes),
    organizations: recordTable(db, 'organizations', organizationColumns, writes),
    contacts: recordTable(db, 'contacts', contactColumns, writes),
    cases: recordTable(db, 'cases', caseColumns, writes),
    events: eventRepository(db, writes),
    interactions: recordTable(db, 'interactions', interactionColumns, writes),
    settings: settingsRepository(db, writes),
    workItems: workItemRepository(db),
    alerts: alertRepository(db, writes),
    attention: attentionRepository(db),
    intake: intakeRepository(db),
    savedFilters: savedFilterRepository(db, writes),
    sweeps: sweepRepository(db, writes),
    chats: chatRepository(db),
    closure: closureRepository(db),
    splitApprovals: splitApprovalRepository(db),
    projection: projectionSource(db),
    projections: projectionLedger(db, writes),
    sync: syncRepository(db, writes),
  };
}
