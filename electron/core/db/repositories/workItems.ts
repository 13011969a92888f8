import type { Database } from 'better-sqlite3';
import { SEARCH_BODY_MAX } from '../migrations/004_queue_views';
import { statementCache } from './recordTable';
import type { AlertScope, DueAlert, StoredWorkItem, WorkItemFilter, WorkItemQuery, WorkItemRepository, WorkItemWrite } from './types';
import { choosePlan, hasFilterTerm, workItemSql, type WorkItemPlan } from './workItemQuery';

interface Row {
  id: string;
  source: StoredWorkItem['source'];
  case_id: string | null;
  interaction_id: string | null;
  key: string;
  channel: StoredWorkItem['channel'];
  priority: StoredWorkItem['priority'];
  urgent: number;
  status: StoredWorkItem['status'];
  subject: string;
  organization_name: string | null;
  contact_name: string | null;
  assignee_id: string | null;
  waiting_since: number;
  sla_class: StoredWorkItem['slaClass'];
  sla_deadline: number | null;
  sla_clock: StoredWorkItem['slaClock'];
  sla_start: number | null;
  sla_target_ms: number | null;
  sla_warning_at: number | null;
  sort_key: string;
  organization_id: string | null;
  labels: string;
  last_sent_at: number | null;
  customer_last: number;
  aging_key: string | null;
}

const COLUMNS = [
  'id', 'source', 'case_id', 'interaction_id', 'key', 'channel', 'priority', 'urgent', 'status', 'subject',
  'organization_name', 'contact_name', 'assignee_id', 'waiting_since', 'sla_class', 'sla_deadline', 'sla_clock',
  'sla_start', 'sla_target_ms', 'sla_warning_at', 'sort_key',
  'organization_id', 'labels', 'last_sent_at', 'customer_last', 'aging_key',
] as const;

function fromRow(r: Row): StoredWorkItem {
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
    organizationId: r.organization_id,
    labels: JSON.parse(r.labels) as string[],
    lastSentAt: r.last_sent_at,
    customerLast: r.customer_last === 1,
    agingKey: r.aging_key,
  };
}

function toRow(w: StoredWorkItem): Row {
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
    organization_id: w.organizationId,
    labels: JSON.stringify(w.labels),
    last_sent_at: w.lastSentAt,
    customer_last: w.customerLast ? 1 : 0,
    aging_key: w.agingKey,
  };
}

/**
 * The derived queue table; every read is an indexed window over `sort_key` (or `aging_key`).
 * A put or remove also keeps the item's labels (`work_item_labels`) and its search text
 * (`work_items_fts`, whose rowid is the item's `search_id`) in step, in the caller's transaction.
 */
export function workItemRepository(db: Database): WorkItemRepository {
  // A new item gets the next search number; an existing one keeps its own (not in the update list).
  const upsert = db.prepare(
    `INSERT INTO work_items (${COLUMNS.join(', ')}, search_id)
     VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')}, (SELECT coalesce(max(search_id), 0) + 1 FROM work_items))
     ON CONFLICT (id) DO UPDATE SET ${COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}
     RETURNING search_id`,
  ).pluck();
  const numberRow = db.prepare(
    'UPDATE work_items SET search_id = (SELECT coalesce(max(search_id), 0) + 1 FROM work_items) WHERE id = ? RETURNING search_id',
  ).pluck();
  const removeRow = db.prepare('DELETE FROM work_items WHERE id = ? RETURNING search_id').pluck();
  const clearLabels = db.prepare('DELETE FROM work_item_labels WHERE item_id = ?');
  const addLabel = db.prepare('INSERT OR IGNORE INTO work_item_labels (label, item_id) VALUES (?, ?)');
  const unindex = db.prepare('DELETE FROM work_items_fts WHERE rowid = ?');
  const index = db.prepare('INSERT INTO work_items_fts (rowid, key, subject, body, names) VALUES (?, ?, ?, ?, ?)');
  const cached = statementCache(db);
  const select = `SELECT ${COLUMNS.join(', ')} FROM work_items`;
  const orgOptions = db.prepare(
    `SELECT w.organization_id AS id, o.name AS name, count(*) AS count FROM work_items w JOIN organizations o ON o.id = w.organization_id
     GROUP BY w.organization_id ORDER BY o.name COLLATE NOCASE, w.organization_id`,
  );
  const listRows = (query: WorkItemQuery, offset: number, limit: number, plan: WorkItemPlan) => {
    const { where, orderBy, params } = workItemSql(query, plan);
    const rows = cached(`${select} ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    return rows.map(fromRow);
  };
  const countMatches = db.prepare('SELECT count(*) FROM work_items_fts WHERE work_items_fts MATCH ?').pluck();
  const total = (query: WorkItemQuery) => {
    // Every search row is a work item: a search of All open alone is counted in the index itself.
    if ('all' in query.scope && query.match !== undefined && !hasFilterTerm({ ...query, match: undefined })) return countMatches.get(query.match) as number;
    const { where, params } = workItemSql(query);
    return cached(`SELECT count(*) FROM work_items ${where}`).pluck().get(...params) as number;
  };
  const labelOptions = db.prepare(
    'SELECT label, count(*) AS count FROM work_item_labels GROUP BY label ORDER BY label COLLATE NOCASE, label',
  );
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
    put: (row: WorkItemWrite) => {
      // A row written without one (by hand, or before the search existed) gets its number now.
      const n = ((upsert.get(toRow(row)) as number | null) ?? numberRow.get(row.id)) as number;
      clearLabels.run(row.id);
      for (const label of row.labels) addLabel.run(label, row.id);
      unindex.run(n);
      const names = [row.contactName, row.organizationName].filter((x) => x !== null).join(' ');
      index.run(n, row.key, row.subject, row.searchBody.slice(0, SEARCH_BODY_MAX), names);
    },
    get: (id) => {
      const row = getOne.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    remove: (id) => {
      const n = removeRow.get(id) as number | null | undefined;
      clearLabels.run(id);
      if (typeof n === 'number') unindex.run(n);
    },
    list: (query, offset, limit) => listRows(query, offset, limit, 'lookup'),
    total,
    window: (query, offset, limit) => {
      const count = total(query);
      if (offset >= count) return { total: count, rows: [] };
      const plan = hasFilterTerm(query) ? choosePlan(count, countAll.get() as number, offset, limit) : 'lookup';
      return { total: count, rows: listRows(query, offset, limit, plan) };
    },
    filterOptions: () => ({
      organizations: orgOptions.all() as { id: string; name: string; count: number }[],
      labels: labelOptions.all() as { label: string; count: number }[],
    }),
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
