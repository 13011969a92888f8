import type { Database } from 'better-sqlite3';
import type { AlertScope, DueAlert, WorkItemFilter, WorkItemRepository, WorkItemRow } from './types';

interface Row {
  id: string;
  source: WorkItemRow['source'];
  case_id: string | null;
  interaction_id: string | null;
  key: string;
  channel: WorkItemRow['channel'];
  priority: WorkItemRow['priority'];
  urgent: number;
  status: WorkItemRow['status'];
  subject: string;
  organization_name: string | null;
  contact_name: string | null;
  assignee_id: string | null;
  waiting_since: number;
  sla_class: WorkItemRow['slaClass'];
  sla_deadline: number | null;
  sla_clock: WorkItemRow['slaClock'];
  sla_start: number | null;
  sla_target_ms: number | null;
  sla_warning_at: number | null;
  sort_key: string;
}

const COLUMNS = [
  'id', 'source', 'case_id', 'interaction_id', 'key', 'channel', 'priority', 'urgent', 'status', 'subject',
  'organization_name', 'contact_name', 'assignee_id', 'waiting_since', 'sla_class', 'sla_deadline', 'sla_clock',
  'sla_start', 'sla_target_ms', 'sla_warning_at', 'sort_key',
] as const;

function fromRow(r: Row): WorkItemRow {
  return {
    id: r.id,
    source: r.source,
    caseId: r.case_id,
    interactionId: r.interaction_id,
    key: r.key,
    channel: r.channel,
    priority: r.priority,
    urgent: r.urgent === 1,
    status: r.status,
    subject: r.subject,
    organizationName: r.organization_name,
    contactName: r.contact_name,
    assigneeId: r.assignee_id,
    waitingSince: r.waiting_since,
    slaClass: r.sla_class,
    slaDeadline: r.sla_deadline,
    slaClock: r.sla_clock,
    slaStart: r.sla_start,
    slaTargetMs: r.sla_target_ms,
    slaWarningAt: r.sla_warning_at,
    sortKey: r.sort_key,
  };
}

function toRow(w: WorkItemRow): Row {
  return {
    id: w.id,
    source: w.source,
    case_id: w.caseId,
    interaction_id: w.interactionId,
    key: w.key,
    channel: w.channel,
    priority: w.priority,
    urgent: w.urgent ? 1 : 0,
    status: w.status,
    subject: w.subject,
    organization_name: w.organizationName,
    contact_name: w.contactName,
    assignee_id: w.assigneeId,
    waiting_since: w.waitingSince,
    sla_class: w.slaClass,
    sla_deadline: w.slaDeadline,
    sla_clock: w.slaClock,
    sla_start: w.slaStart,
    sla_target_ms: w.slaTargetMs,
    sla_warning_at: w.slaWarningAt,
    sort_key: w.sortKey,
  };
}

/** The derived queue table; every read is an indexed window over `sort_key`. */
export function workItemRepository(db: Database): WorkItemRepository {
  const put = db.prepare(
    `INSERT OR REPLACE INTO work_items (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  const remove = db.prepare('DELETE FROM work_items WHERE id = ?');
  const select = `SELECT ${COLUMNS.join(', ')} FROM work_items`;
  const getOne = db.prepare(`${select} WHERE id = ?`);
  const pageAll = db.prepare(`${select} ORDER BY sort_key LIMIT ? OFFSET ?`);
  const pageAssigned = db.prepare(`${select} WHERE assignee_id = ? ORDER BY sort_key LIMIT ? OFFSET ?`);
  const pageUnassigned = db.prepare(`${select} WHERE assignee_id IS NULL ORDER BY sort_key LIMIT ? OFFSET ?`);
  const countAll = db.prepare('SELECT count(*) FROM work_items').pluck();
  const countAssigned = db.prepare('SELECT count(*) FROM work_items WHERE assignee_id = ?').pluck();
  const countUnassigned = db.prepare('SELECT count(*) FROM work_items WHERE assignee_id IS NULL').pluck();

  // Alerts (sla.md section 4): an alert's id is `<item>|<kind>|<deadline>`, recorded in `alerts` once fired.
  const inScope = '(@agent IS NULL OR assignee_id = @agent OR assignee_id IS NULL)';
  const notFired = (kind: string) => `NOT EXISTS (SELECT 1 FROM alerts a WHERE a.id = work_items.id || '|${kind}|' || sla_deadline)`;
  const due = db.prepare(
    `SELECT ${COLUMNS.join(', ')}, 'warning' AS alert_kind, sla_warning_at AS due_at FROM work_items
       WHERE sla_warning_at <= @now AND sla_deadline > @now AND ${inScope} AND ${notFired('warning')}
     UNION ALL
     SELECT ${COLUMNS.join(', ')}, 'breached' AS alert_kind, sla_deadline AS due_at FROM work_items
       WHERE sla_deadline <= @now AND ${inScope} AND ${notFired('breached')}
     ORDER BY due_at, id`,
  );
  const nextWarning = db.prepare(
    `SELECT sla_warning_at FROM work_items WHERE sla_warning_at > @now AND ${inScope} ORDER BY sla_warning_at LIMIT 1`,
  ).pluck();
  const nextDeadline = db.prepare(
    `SELECT sla_deadline FROM work_items WHERE sla_deadline > @now AND ${inScope} ORDER BY sla_deadline LIMIT 1`,
  ).pluck();

  return {
    alertsDue: (now: number, scope: AlertScope): DueAlert[] =>
      (due.all({ now, agent: scope.agentId }) as (Row & { alert_kind: DueAlert['kind']; due_at: number })[]).map((r) => ({
        item: fromRow(r),
        kind: r.alert_kind,
        dueAt: r.due_at,
      })),
    nextAlertAt: (now: number, scope: AlertScope) => {
      const params = { now, agent: scope.agentId };
      const candidates = [nextWarning.get(params), nextDeadline.get(params)].filter((t): t is number => typeof t === 'number');
      return candidates.length === 0 ? null : Math.min(...candidates);
    },
    put: (row) => void put.run(toRow(row)),
    get: (id) => {
      const row = getOne.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    remove: (id) => void remove.run(id),
    page: (filter: WorkItemFilter, offset, limit) => {
      const rows =
        'all' in filter
          ? pageAll.all(limit, offset)
          : filter.assigneeId === null
            ? pageUnassigned.all(limit, offset)
            : pageAssigned.all(filter.assigneeId, limit, offset);
      return (rows as Row[]).map(fromRow);
    },
    count: (filter: WorkItemFilter) =>
      ('all' in filter
        ? countAll.get()
        : filter.assigneeId === null
          ? countUnassigned.get()
          : countAssigned.get(filter.assigneeId)) as number,
  };
}
