import { naturalKey } from './caseKey';
import { CHANNELS, isLiveChannel, type Channel, type Urgency } from './vocab';

/**
 * The order of the unified queue (`queue.md` "Order"), as one pure function of the items and "now":
 * 1. by channel: phone > chat > voicemail > email;
 * 2. phone and chat: emergency and urgent items first (the urgency in force: the case's, or a call or
 *    chat flagged urgent), then items of priority organizations, then the longest waiting;
 * 3. voicemail and email: breached first, then items of priority organizations, then the earliest
 *    SLA deadline, then the longest waiting;
 * 4. ties: the lower case key (naturally: C-999 before C-1000).
 *
 * Everything but "breached" is independent of "now", so it is written as a sort key: a fixed-width
 * string whose plain comparison is the order (`queueSortKey`). The core stores it in an indexed
 * column. "Breached" is one character placed after the channel as of "now" (`queueOrderKey`);
 * `compareQueueItems` and `orderQueue` compare that key. SQLite reads the same order as consecutive
 * ranges of the stored key (`queueOrderRanges`), each walked in plain key order on the index.
 */
export interface Orderable {
  channel: Channel;
  /** The urgency in force (`urgencyInForce`). */
  urgency: Urgency;
  /** The item's organization is a priority organization. */
  priorityOrganization: boolean;
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

export function isUrgentItem(item: Pick<Orderable, 'urgency'>): boolean {
  return item.urgency !== 'none';
}

/** The stored, now-independent part of the order. */
export function queueSortKey(item: Orderable): string {
  const channel = CHANNELS.indexOf(item.channel).toString();
  const live = isLiveChannel(item.channel);
  const urgency = live && isUrgentItem(item) ? '0' : '1';
  const organization = item.priorityOrganization ? '0' : '1';
  const deadline = live || item.deadline === null ? NO_DEADLINE : ms(item.deadline);
  return `${channel}${urgency}${organization}${deadline}${ms(item.waitingSince)}${naturalKey(item.key)}`;
}

/** Whether an item counts as breached in the order: a voicemail or email whose deadline is at or before now. */
export function breachedAt(item: Pick<Orderable, 'channel' | 'deadline'>, now: number): boolean {
  return !isLiveChannel(item.channel) && item.deadline !== null && item.deadline <= now;
}

/** The whole order key as of `now`: the stored key with "breached first" placed after the channel. */
export function queueOrderKey(sortKey: string, item: Pick<Orderable, 'channel' | 'deadline'>, now: number): string {
  return `${sortKey[0]}${breachedAt(item, now) ? '0' : '1'}${sortKey.slice(1)}`;
}

const keyOf = (item: Orderable, now: number) => queueOrderKey(queueSortKey(item), item, now);

export function compareQueueItems(a: Orderable, b: Orderable, now: number): number {
  const x = keyOf(a, now);
  const y = keyOf(b, now);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function orderQueue<T extends Orderable>(items: readonly T[], now: number): T[] {
  return items
    .map((item) => ({ item, key: keyOf(item, now) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.item);
}

/**
 * The queue order as of `now`, as consecutive ranges `[from, to)` of the stored key, each read in plain
 * key order: calls, chats, then per voicemail and email the breached items of priority organizations,
 * the other breached ones, then the rest of the priority organizations' and the others'. A voicemail's
 * or email's key is channel, "1" (urgency orders live items only), organization, deadline: so within
 * one organization mark the breached items (deadline at or before now) are a prefix of the keys.
 */
export function queueOrderRanges(now: number): [string, string][] {
  const cut = ms(now + 1);
  const ranges: [string, string][] = [];
  CHANNELS.forEach((channel, i) => {
    const c = i.toString();
    const next = (i + 1).toString();
    if (isLiveChannel(channel)) {
      ranges.push([c, next]);
      return;
    }
    const [org, other] = [`${c}10`, `${c}11`];
    ranges.push([org, org + cut], [other, other + cut], [org + cut, other], [other + cut, next]);
  });
  return ranges;
}
