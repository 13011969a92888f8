import { daysSinceLastSent, lastSentToCustomer, type SentPoint } from '../sla/lastSent';
import { orderQueue, queueSortKey, type Orderable } from './queueOrder';
import type { CaseStatus, Channel, Priority, QueueView } from './vocab';

/**
 * Which items each queue view holds and in which order (`queue.md` "Views", `docs/queue.md`), as
 * pure functions. The core stores what they need on each work item (`customer_last`,
 * `last_sent_at`, `aging_key`) and SQLite answers the views through indexes; tests check that
 * SQLite and these functions agree on the same data.
 *
 * - my: assigned to the agent (a live call or chat routed to an agent carries that agent as assignee);
 * - unassigned: no assignee;
 * - our-turn: open cases whose last message is from the customer;
 * - aging: open cases, never-sent first, then by "last sent to customer", longest ago first;
 * - all: every open item.
 * Every view but aging is in queue order (`queueOrder.ts`).
 */

/** What a view needs of an item besides the queue order. */
export interface ViewFacts extends Orderable {
  source: 'case' | 'interaction';
  assigneeId: string | null;
  /** A case whose customer wrote last (always false for interactions). */
  customerLast: boolean;
  /** Epoch ms of support's last human public reply on the case; null when never (or not a case). */
  lastSentAt: number | null;
  /** Epoch ms the case was created (the aging order of never-sent cases); null for interactions. */
  createdAt: number | null;
}

/**
 * "Our turn" (waiting on us): the customer wrote last. The request that opened the case is the
 * customer's first message, so a case support never answered (no human public reply, `lastSent.ts`)
 * is our turn; after a reply, a customer message (`inbound`, as `caseWaitingSince` counts them)
 * must come later. Internal notes, calls logged, status changes and automated replies do not
 * change whose turn it is.
 */
export function customerWroteLast(timeline: readonly SentPoint[]): boolean {
  const sent = lastSentToCustomer(timeline);
  return sent === null || timeline.some((e) => e.kind === 'inbound' && e.at > sent);
}

const WIDTH = 15;
const ms = (value: number) => Math.max(0, Math.floor(value)).toString().padStart(WIDTH, '0');

/**
 * The Aging order as a sort key (like `queueSortKey`, D3): never-sent cases first (oldest created
 * first), then by the last message sent to the customer, longest ago first; ties in queue order.
 * Null for interactions: Aging holds only cases.
 */
export function agingSortKey(item: Pick<ViewFacts, 'source' | 'lastSentAt' | 'createdAt'> & Orderable): string | null {
  if (item.source !== 'case' || item.createdAt === null) return null;
  const head = item.lastSentAt === null ? `0${ms(item.createdAt)}` : `1${ms(item.lastSentAt)}`;
  return `${head}${queueSortKey(item)}`;
}

export function viewHolds(view: QueueView, item: ViewFacts, agentId: string | null): boolean {
  switch (view) {
    case 'all':
      return true;
    case 'my':
      return agentId !== null && item.assigneeId === agentId;
    case 'unassigned':
      return item.assigneeId === null;
    case 'our-turn':
      return item.source === 'case' && item.customerLast;
    case 'aging':
      return item.source === 'case';
  }
}

/** The items of one view, in that view's order. */
export function orderView<T extends ViewFacts>(view: QueueView, items: readonly T[], agentId: string | null, now: number): T[] {
  const held = items.filter((i) => viewHolds(view, i, agentId));
  if (view !== 'aging') return orderQueue(held, now);
  return held
    .map((item) => ({ item, key: agingSortKey(item)! }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((e) => e.item);
}

/**
 * "Last sent to customer (days)" from the stored instant: whole calendar days in `timeZone` (as
 * `daysSinceLastSent`); null when never. A page of the Aging view asks this for 100 instants on
 * every read, and the calendar date of an instant costs an Intl call, so dates are remembered per
 * zone and quarter hour: local midnight falls on a UTC quarter hour in every zone in use since 1970
 * (offsets are whole quarter hours), so one quarter hour never straddles two dates.
 */
export function lastSentDays(lastSentAt: number | null, now: number, timeZone: string): number | null {
  if (lastSentAt === null) return null;
  return Math.max(0, localDay(now, timeZone) - localDay(lastSentAt, timeZone));
}

const QUARTER_HOUR = 15 * 60_000;
const localDays = new Map<string, number>();

function localDay(at: number, timeZone: string): number {
  const bucket = Math.floor(at / QUARTER_HOUR);
  const key = `${timeZone}|${bucket}`;
  let day = localDays.get(key);
  if (day === undefined) {
    if (localDays.size >= 100_000) localDays.clear();
    // The day of the bucket's start, counted from a fixed reference: the days between two instants.
    day = daysSinceLastSent([{ at: 0, kind: 'public_reply' }], bucket * QUARTER_HOUR, timeZone)!;
    localDays.set(key, day);
  }
  return day;
}

/** The structured part of a queue filter (text search aside): any of each list, all lists together. */
export interface FilterFacts {
  channel: Channel;
  priority: Priority | null;
  status: CaseStatus | null;
  organizationId: string | null;
  labels: readonly string[];
}

export interface StructuredFilter {
  channel?: readonly Channel[] | undefined;
  priority?: readonly Priority[] | undefined;
  status?: readonly CaseStatus[] | undefined;
  organizationId?: readonly string[] | undefined;
  label?: readonly string[] | undefined;
}

/** Whether an item passes a filter: an empty or absent list does not restrict; an item without the field fails a list. */
export function matchesFilter(item: FilterFacts, filter: StructuredFilter): boolean {
  const any = <T>(list: readonly T[] | undefined, value: T | null) => !list || list.length === 0 || (value !== null && list.includes(value));
  return (
    any(filter.channel, item.channel) &&
    any(filter.priority, item.priority) &&
    any(filter.status, item.status) &&
    any(filter.organizationId, item.organizationId) &&
    (!filter.label || filter.label.length === 0 || filter.label.some((l) => item.labels.includes(l)))
  );
}
