import { hash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SlaFacts } from '../../../../shared/sla/evaluate';
import { statementCache } from './recordTable';
import type { AlertScope, DueAlert, SlaColumns, StoredWorkItem, WorkItemFilter, WorkItemQuery, WorkItemRepository, WorkItemWrite } from './types';
import { queueOrderRanges } from '../../../../shared/domain/queueOrder';
import { choosePlan, hasFilterTerm, inOrderRange, QUEUE_ORDER, workItemSql, type WorkItemPlan } from './workItemQuery';

/** Longest message text indexed per item (characters); the rest of a very long timeline is not searched. */
export const SEARCH_BODY_MAX = 20_000;

interface Row {
  id: string;
  source: StoredWorkItem['source'];
  case_id: string | null;
  interaction_id: string | null;
  key: string;
  channel: StoredWorkItem['channel'];
  priority: StoredWorkItem['priority'];
  case_type: StoredWorkItem['caseType'];
  set_urgency: StoredWorkItem['setUrgency'];
  urgency: StoredWorkItem['urgency'];
  status: StoredWorkItem['status'];
  subject: string;
  organization_id: string | null;
  organization_name: string | null;
  priority_organization: number;
  contact_name: string | null;
  assignee_id: string | null;
  waiting_since: number;
  labels: string;
  last_sent_at: number | null;
  customer_last: number;
  created_at: number | null;
  sla_facts: string | null;
  sla_class: StoredWorkItem['slaClass'];
  sla_deadline: number | null;
  sla_clock: StoredWorkItem['slaClock'];
  sla_start: number | null;
  sla_target_ms: number | null;
  sla_warning_at: number | null;
  sort_key: string;
  aging_key: string | null;
  alert_due_at: number | null;
}

const COLUMNS = [
  'id', 'source', 'case_id', 'interaction_id', 'key', 'channel', 'priority', 'case_type', 'set_urgency', 'urgency', 'status', 'subject',
  'organization_id', 'organization_name', 'priority_organization', 'contact_name', 'assignee_id', 'waiting_since', 'labels', 'last_sent_at',
  'customer_last', 'created_at', 'sla_facts', 'sla_class', 'sla_deadline', 'sla_clock', 'sla_start', 'sla_target_ms',
  'sla_warning_at', 'sort_key', 'aging_key', 'alert_due_at',
] as const satisfies readonly (keyof Row)[];

const SLA_COLUMNS = ['urgency', 'sla_class', 'sla_deadline', 'sla_clock', 'sla_start', 'sla_target_ms', 'sla_warning_at', 'sort_key', 'aging_key', 'alert_due_at'] as const;

function fromRow(r: Row): StoredWorkItem {
  return {
    id: r.id,
    source: r.source,
    caseId: r.case_id,
    interactionId: r.interaction_id,
    key: r.key,
    channel: r.channel,
    priority: r.priority,
    caseType: r.case_type,
    setUrgency: r.set_urgency,
    urgency: r.urgency,
    status: r.status,
    subject: r.subject,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    priorityOrganization: r.priority_organization === 1,
    contactName: r.contact_name,
    assigneeId: r.assignee_id,
    waitingSince: r.waiting_since,
    labels: JSON.parse(r.labels) as string[],
    lastSentAt: r.last_sent_at,
    customerLast: r.customer_last === 1,
    createdAt: r.created_at,
    slaFacts: r.sla_facts === null ? null : (JSON.parse(r.sla_facts) as SlaFacts),
    slaClass: r.sla_class,
    slaDeadline: r.sla_deadline,
    slaClock: r.sla_clock,
    slaStart: r.sla_start,
    slaTargetMs: r.sla_target_ms,
    slaWarningAt: r.sla_warning_at,
    sortKey: r.sort_key,
    agingKey: r.aging_key,
    alertDueAt: r.alert_due_at,
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
    case_type: w.caseType,
    set_urgency: w.setUrgency,
    status: w.status,
    subject: w.subject,
    organization_id: w.organizationId,
    organization_name: w.organizationName,
    priority_organization: w.priorityOrganization ? 1 : 0,
    contact_name: w.contactName,
    assignee_id: w.assigneeId,
    waiting_since: w.waitingSince,
    labels: JSON.stringify(w.labels),
    last_sent_at: w.lastSentAt,
    customer_last: w.customerLast ? 1 : 0,
    created_at: w.createdAt,
    sla_facts: w.slaFacts === null ? null : JSON.stringify(w.slaFacts),
    ...slaRow(w),
  };
}

/** The columns a new calendar or policy moves (`setSla` writes only these). */
function slaRow(sla: SlaColumns): Pick<Row, (typeof SLA_COLUMNS)[number]> {
  return {
    urgency: sla.urgency,
    sla_class: sla.slaClass,
    sla_deadline: sla.slaDeadline,
    sla_clock: sla.slaClock,
    sla_start: sla.slaStart,
    sla_target_ms: sla.slaTargetMs,
    sla_warning_at: sla.slaWarningAt,
    sort_key: sla.sortKey,
    aging_key: sla.agingKey,
    alert_due_at: sla.alertDueAt,
  };
}

/** What the search indexes of an item: key, subject, message text and the names on it. */
function searchText(w: WorkItemWrite): { body: string; names: string } {
  return { body: w.searchBody.slice(0, SEARCH_BODY_MAX), names: [w.contactName, w.organizationName].filter((x) => x !== null).join(' ') };
}

/**
 * The derived queue table (migration 007); every read is an indexed window over `sort_key` (or
 * `aging_key`). Only the projector writes it: `put` compares with the stored row and writes nothing
 * when the item is unchanged, keeps the labels (`work_item_labels`) in step, and re-indexes the
 * search text (`work_items_fts`, rowid = `search_id`) only when it changed (`search_sig`).
 */
export function workItemRepository(db: Database): WorkItemRepository {
  const current = db.prepare(`SELECT search_id, search_sig, ${COLUMNS.join(', ')} FROM work_items WHERE id = ?`);
  const insert = db.prepare(`INSERT INTO work_items (${COLUMNS.join(', ')}, search_sig) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')}, @search_sig)`);
  const update = db.prepare(
    `UPDATE work_items SET ${COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')}, search_sig = @search_sig WHERE search_id = @search_id`,
  );
  const updateSla = db.prepare(`UPDATE work_items SET ${SLA_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE search_id = @search_id`);
  const setAlertDue = db.prepare('UPDATE work_items SET alert_due_at = ? WHERE id = ? AND alert_due_at IS NOT ?');
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
  /**
   * One window of a view: Aging by its key; the queue order walked range by range (`queueOrderRanges`):
   * the ranges before the window are counted, the window read from the range it starts in on; a lookup
   * (few matches of a filter) sorts the matches by the same order as an expression.
   */
  const listRows = (query: WorkItemQuery, offset: number, limit: number, now: number, plan: WorkItemPlan) => {
    const { where, aging, params } = workItemSql(query, plan);
    const read = (sql: string, ...args: unknown[]) => (cached(sql).all(...args) as Row[]).map(fromRow);
    if (aging) return read(`${select} ${where} ORDER BY aging_key LIMIT ? OFFSET ?`, ...params, limit, offset);
    if (plan === 'lookup' && hasFilterTerm(query)) return read(`${select} ${where} ORDER BY ${QUEUE_ORDER('?')} LIMIT ? OFFSET ?`, ...params, now, limit, offset);
    const inRange = inOrderRange(where);
    const rows: StoredWorkItem[] = [];
    let skip = offset;
    for (const [from, to] of queueOrderRanges(now)) {
      if (skip > 0) {
        const n = cached(`SELECT count(*) FROM work_items ${inRange}`).pluck().get(...params, from, to) as number;
        if (n <= skip) {
          skip -= n;
          continue;
        }
      }
      rows.push(...read(`${select} ${inRange} ORDER BY sort_key LIMIT ? OFFSET ?`, ...params, from, to, limit - rows.length, skip));
      skip = 0;
      if (rows.length >= limit) break;
    }
    return rows;
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
  const countAll = db.prepare('SELECT count(*) FROM work_items').pluck();
  const countAssigned = db.prepare('SELECT count(*) FROM work_items WHERE assignee_id = ?').pluck();
  const countUnassigned = db.prepare('SELECT count(*) FROM work_items WHERE assignee_id IS NULL').pluck();
  const planned = db.prepare(`SELECT search_id, ${COLUMNS.join(', ')} FROM work_items ORDER BY search_id`);
  const allIds = db.prepare('SELECT id FROM work_items').pluck();
  const clearAll = db.prepare('DELETE FROM work_items');
  const clearAllLabels = db.prepare('DELETE FROM work_item_labels');
  const clearSearch = db.prepare("INSERT INTO work_items_fts (work_items_fts) VALUES ('delete-all')");
  const ofCases = db.prepare("SELECT id FROM work_items WHERE case_id IN (SELECT value FROM json_each(?))").pluck();

  // Alerts (sla.md section 4): `alert_due_at` is the next alert of the item not yet recorded, per
  // assignee in the index, so "what is due" and "what comes next" are index steps in scope.
  const dueMine = db.prepare(`${select} WHERE assignee_id = @agent AND alert_due_at <= @now ORDER BY alert_due_at LIMIT @limit`);
  const dueUnassigned = db.prepare(`${select} WHERE assignee_id IS NULL AND alert_due_at <= @now ORDER BY alert_due_at LIMIT @limit`);
  const dueAny = db.prepare(`${select} WHERE alert_due_at <= @now ORDER BY alert_due_at LIMIT @limit`);
  const nextMine = db.prepare('SELECT min(alert_due_at) FROM work_items WHERE assignee_id = @agent AND alert_due_at > @now').pluck();
  const nextUnassigned = db.prepare('SELECT min(alert_due_at) FROM work_items WHERE assignee_id IS NULL AND alert_due_at > @now').pluck();
  const nextAny = db.prepare('SELECT min(alert_due_at) FROM work_items WHERE alert_due_at > @now').pluck();

  const toDue = (now: number) => (item: StoredWorkItem): DueAlert =>
    now >= item.slaDeadline! ? { item, kind: 'breached', dueAt: item.slaDeadline! } : { item, kind: 'warning', dueAt: item.slaWarningAt! };

  return {
    put(item: WorkItemWrite): boolean {
      const row = toRow(item);
      const text = searchText(item);
      const sig = hash('sha1', `${item.key}\u0000${item.subject}\u0000${text.body}\u0000${text.names}`, 'base64');
      const was = current.get(item.id) as (Row & { search_id: number; search_sig: string }) | undefined;
      let searchId: number;
      if (was === undefined) {
        searchId = Number(insert.run({ ...row, search_sig: sig }).lastInsertRowid);
      } else {
        const same = COLUMNS.every((c) => was[c] === row[c]) && was.search_sig === sig;
        if (same) return false;
        searchId = was.search_id;
        update.run({ ...row, search_sig: sig, search_id: searchId });
        if (was.labels !== row.labels) clearLabels.run(item.id);
      }
      if (was === undefined || was.labels !== row.labels) for (const label of item.labels) addLabel.run(label, item.id);
      if (was === undefined || was.search_sig !== sig) {
        if (was !== undefined) unindex.run(searchId);
        index.run(searchId, item.key, item.subject, text.body, text.names);
      }
      return true;
    },
    remove(id) {
      const n = removeRow.get(id) as number | undefined;
      if (n === undefined) return false;
      clearLabels.run(id);
      unindex.run(n);
      return true;
    },
    setSla(searchId: number, sla: SlaColumns) {
      updateSla.run({ search_id: searchId, ...slaRow(sla) });
    },
    setAlertDue: (id, at) => setAlertDue.run(at, id, at).changes > 0,
    clear: () => {
      const n = clearAll.run().changes;
      clearAllLabels.run();
      clearSearch.run();
      return n;
    },
    planned: () => (planned.all() as (Row & { search_id: number })[]).map((r) => ({ ...fromRow(r), searchId: r.search_id })),
    ids: () => allIds.all() as string[],
    idsOfCases: (caseIds) => (caseIds.length === 0 ? [] : (ofCases.all(JSON.stringify(caseIds)) as string[])),
    get: (id) => {
      const row = getOne.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    list: (query, offset, limit, now, plan = 'lookup') => listRows(query, offset, limit, now, plan),
    total,
    window: (query, offset, limit, now) => {
      const count = total(query);
      if (offset >= count) return { total: count, rows: [] };
      const plan = hasFilterTerm(query) ? choosePlan(count, countAll.get() as number, offset, limit) : 'lookup';
      return { total: count, rows: listRows(query, offset, limit, now, plan) };
    },
    filterOptions: () => ({
      organizations: orgOptions.all() as { id: string; name: string; count: number }[],
      labels: labelOptions.all() as { label: string; count: number }[],
    }),
    count: (filter: WorkItemFilter) =>
      ('all' in filter
        ? countAll.get()
        : filter.assigneeId === null
          ? countUnassigned.get()
          : countAssigned.get(filter.assigneeId)) as number,
    alertsDue(now: number, scope: AlertScope, limit = Number.MAX_SAFE_INTEGER): DueAlert[] {
      const rows =
        scope.agentId === null
          ? (dueAny.all({ now, limit }) as Row[])
          : [...(dueMine.all({ now, agent: scope.agentId, limit }) as Row[]), ...(dueUnassigned.all({ now, limit }) as Row[])];
      return rows
        .map(fromRow)
        .map(toDue(now))
        .sort((a, b) => a.dueAt - b.dueAt || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
        .slice(0, limit);
    },
    nextAlertAt(now: number, scope: AlertScope) {
      const found =
        scope.agentId === null
          ? [nextAny.get({ now })]
          : [nextMine.get({ now, agent: scope.agentId }), nextUnassigned.get({ now })];
      const times = found.filter((t): t is number => typeof t === 'number');
      return times.length === 0 ? null : Math.min(...times);
    },
  };
}
