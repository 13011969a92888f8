import type { WorkItemQuery } from './types';

/**
 * The SQL of one filtered queue view (`docs/queue.md` "How it works"). The view's membership picks
 * the index the window walks, in the view's order: `work_items_order` (all), `work_items_assignee_order`
 * (my, unassigned), `work_items_our_turn` (partial: customer_last = 1), `work_items_aging` (partial:
 * aging_key not null). Filters are extra terms with one parameter each (lists travel as JSON and are
 * read with `json_each`, so the statement text depends only on which filters are present and the
 * prepared statements stay few). Text search is a lookup into the FTS5 index by `search_id`. The
 * order is a stored key: `aging_key`, or the queue order as of the query's `now`: `sort_key`
 * (queueSortKey) with "breached first" placed after the channel. A walk reads the queue order as
 * consecutive ranges of `sort_key` (`queueOrderRanges`), each in index order; a sort compares
 * `QUEUE_ORDER`, the same order as an expression.
 *
 * `plan` decides how the filter terms are used: `lookup` lets SQLite find the matches through their
 * own indexes (search, labels, organization, `work_items_facets`) and sort them (cheap when few
 * match); `walk` walks the view's order index and checks each item (cheap when many match: it stops
 * once the window is full). A view with no filter term is always walked. A unary `+` on a term keeps
 * SQLite from using an index for it.
 */
export interface WorkItemSql {
  where: string;
  /** The view is Aging, ordered by `aging_key`; every other view is in the queue order. */
  aging: boolean;
  params: unknown[];
}

/**
 * The queue order in SQL, as `queueOrderKey` of `shared/domain/queueOrder.ts` compares: the channel
 * (the key's first character), then breached first (a voicemail or email whose deadline is at or
 * before `now`, the parameter; calls and chats have no deadline), then the rest of the stored key.
 */
export const QUEUE_ORDER = (now: string): string =>
  `substr(sort_key, 1, 1), CASE WHEN sla_deadline <= ${now} AND channel IN ('voicemail', 'email') THEN 0 ELSE 1 END, sort_key`;

/** A view's WHERE narrowed to one range `[?, ?)` of the stored key (`queueOrderRanges`). */
export const inOrderRange = (where: string): string => `${where ? `${where} AND` : 'WHERE'} sort_key >= ? AND sort_key < ?`;

export type WorkItemPlan = 'lookup' | 'walk';

/** Whether the query has a filter term (a plan choice applies). */
export function hasFilterTerm(query: WorkItemQuery): boolean {
  const some = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;
  return query.match !== undefined || some(query.label) || some(query.channel) || some(query.priority) || some(query.status) || some(query.organizationId);
}

/**
 * The cheaper plan for a window `[offset, offset + limit)` of `total` matching items among `size`:
 * walking visits about `(offset + limit) * size / total` entries, looking up visits `total` and sorts them.
 */
export function choosePlan(total: number, size: number, offset: number, limit: number): WorkItemPlan {
  return total * total > (offset + limit) * size ? 'walk' : 'lookup';
}

export function workItemSql(query: WorkItemQuery, plan: WorkItemPlan = 'lookup'): WorkItemSql {
  const terms: string[] = [];
  const params: unknown[] = [];
  const { scope } = query;
  let aging = false;
  if ('assigneeId' in scope) {
    if (scope.assigneeId === null) terms.push('assignee_id IS NULL');
    else {
      terms.push('assignee_id = ?');
      params.push(scope.assigneeId);
    }
  } else if ('ourTurn' in scope) {
    terms.push('customer_last = 1');
  } else if ('aging' in scope) {
    terms.push('aging_key IS NOT NULL');
    aging = true;
  }
  const via = plan === 'walk' ? '+' : '';
  const list = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    terms.push(`${via}${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  };
  list('channel', query.channel);
  list('priority', query.priority);
  list('status', query.status);
  list('organization_id', query.organizationId);
  if (query.label && query.label.length > 0) {
    terms.push(`${via}id IN (SELECT item_id FROM work_item_labels WHERE label IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(query.label));
  }
  if (query.match !== undefined) {
    terms.push(`${via}search_id IN (SELECT rowid FROM work_items_fts WHERE work_items_fts MATCH ?)`);
    params.push(query.match);
  }
  return { where: terms.length ? `WHERE ${terms.join(' AND ')}` : '', aging, params };
}
