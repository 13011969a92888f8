import { naturalKey } from './caseKey';
import { CHANNELS, type Channel, type Priority } from './vocab';

/**
 * The order of the unified queue (`queue.md` "Order"), as one pure function:
 * 1. by channel: phone > chat > voicemail > email;
 * 2. phone and chat: emergency/urgent first (P1, P2 or flagged urgent), then the longest waiting;
 * 3. voicemail and email: breached first, then the earliest SLA deadline, then the longest waiting;
 * 4. ties: the lower case key (naturally: C-999 before C-1000).
 *
 * "Breached first, then earliest deadline" is the same as "earliest deadline first": every
 * breached deadline lies before `now` and every other one after it. So the order does not
 * depend on `now`, and it can be written as a sort key: a fixed-width string whose plain
 * comparison is the order. The core stores it in an indexed column so SQLite orders exactly as
 * this function does; `compareQueueItems` and `orderQueue` compare the same key.
 */
export interface Orderable {
  channel: Channel;
  priority: Priority | null;
  urgent: boolean;
  /** Epoch ms. */
  waitingSince: number;
  /** Epoch ms of the SLA deadline, or null when no timer runs (sorts after every deadline). */
  deadline: number | null;
  key: string;
}

const WIDTH = 15; // epoch milliseconds until the year 33658
const NO_DEADLINE = '9'.repeat(WIDTH);

function ms(value: number): string {
  return Math.max(0, Math.floor(value)).toString().padStart(WIDTH, '0');
}

export function isUrgentItem(item: Pick<Orderable, 'priority' | 'urgent'>): boolean {
  return item.urgent || item.priority === 'P1' || item.priority === 'P2';
}

export function queueSortKey(item: Orderable): string {
  const channel = CHANNELS.indexOf(item.channel).toString();
  const live = item.channel === 'phone' || item.channel === 'chat';
  const urgency = live ? (isUrgentItem(item) ? '0' : '1') : '0';
  const deadline = live || item.deadline === null ? NO_DEADLINE : ms(item.deadline);
  return `${channel}${urgency}${deadline}${ms(item.waitingSince)}${naturalKey(item.key)}`;
}

export function compareQueueItems(a: Orderable, b: Orderable): number {
  const x = queueSortKey(a);
  const y = queueSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function orderQueue<T extends Orderable>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, sortKey: queueSortKey(item) }))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .map((entry) => entry.item);
}
