import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys } from '../../../shared/domain/caseKey';
import { orderQueue, queueOrderKey, queueOrderRanges, queueSortKey, type Orderable } from '../../../shared/domain/queueOrder';
import { CHANNELS, URGENCIES } from '../../../shared/domain/vocab';
import { HOUR, MINUTE } from '../../../shared/time/instant';

const T0 = Date.UTC(2026, 2, 2, 14, 0);

function item(key: string, over: Partial<Orderable> = {}): Orderable {
  return { key, channel: 'email', urgency: 'none', priorityOrganization: false, waitingSince: T0, deadline: null, ...over };
}

const keysOf = (items: readonly Orderable[], now = T0) => orderQueue(items, now).map((i) => i.key);

describe('queue order (queue.md "Order")', () => {
  it('puts phone before chat before voicemail before email', () => {
    const items = [
      item('E', { channel: 'email', waitingSince: T0 - 10 * HOUR }),
      item('V', { channel: 'voicemail', waitingSince: T0 - 5 * HOUR }),
      item('C', { channel: 'chat', waitingSince: T0 }),
      item('P', { channel: 'phone', waitingSince: T0 + HOUR }),
    ];
    expect(keysOf(items)).toEqual(['P', 'C', 'V', 'E']);
  });

  it.each(['phone', 'chat'] as const)('within %s: emergency and urgent first, then priority organizations, then the longest waiting', (channel) => {
    const items = [
      item('old-none', { channel, waitingSince: T0 - HOUR }),
      item('new-urgent', { channel, urgency: 'urgent', waitingSince: T0 }),
      item('newer-urgent', { channel, urgency: 'urgent', waitingSince: T0 + MINUTE }),
      item('older-emergency', { channel, urgency: 'emergency', waitingSince: T0 - MINUTE }),
      item('oldest-none', { channel, waitingSince: T0 - 2 * HOUR }),
      item('new-priority-org', { channel, priorityOrganization: true, waitingSince: T0 + HOUR }),
    ];
    expect(keysOf(items)).toEqual(['older-emergency', 'new-urgent', 'newer-urgent', 'new-priority-org', 'oldest-none', 'old-none']);
  });

  it.each(['voicemail', 'email'] as const)('within %s: breached first, then priority organizations, then the earliest deadline', (channel) => {
    const now = T0;
    const items = [
      item('due-soon', { channel, deadline: now + 5 * MINUTE }),
      item('priority-org-due-later', { channel, priorityOrganization: true, deadline: now + 3 * HOUR }),
      item('breached', { channel, deadline: now - MINUTE }),
      item('priority-org-breached', { channel, priorityOrganization: true, deadline: now - 1 }),
      item('priority-org-no-deadline', { channel, priorityOrganization: true, deadline: null }),
    ];
    expect(keysOf(items, now)).toEqual(['priority-org-breached', 'breached', 'priority-org-due-later', 'priority-org-no-deadline', 'due-soon']);
    // An hour later the one due soon has breached: it now goes before every priority organization's item not breached.
    expect(keysOf(items, now + HOUR)).toEqual(['priority-org-breached', 'breached', 'due-soon', 'priority-org-due-later', 'priority-org-no-deadline']);
  });

  it.each(['voicemail', 'email'] as const)('within %s: breached, then the earliest deadline, then the longest waiting; no deadline last', (channel) => {
    const now = T0;
    const items = [
      item('no-deadline-oldest', { channel, waitingSince: T0 - 9 * HOUR, deadline: null }),
      item('due-later', { channel, deadline: now + 2 * HOUR }),
      item('breached-recently', { channel, deadline: now - MINUTE }),
      item('breached-long-ago', { channel, deadline: now - 3 * HOUR }),
      item('due-soon-newer', { channel, waitingSince: T0, deadline: now + 10 * MINUTE }),
      item('due-soon-older', { channel, waitingSince: T0 - HOUR, deadline: now + 10 * MINUTE }),
      item('no-deadline-newer', { channel, waitingSince: T0, deadline: null }),
    ];
    expect(keysOf(items)).toEqual([
      'breached-long-ago',
      'breached-recently',
      'due-soon-older',
      'due-soon-newer',
      'due-later',
      'no-deadline-oldest',
      'no-deadline-newer',
    ]);
  });

  it('does not let urgency reorder voicemail or email (their deadline says it)', () => {
    const items = [item('older', { waitingSince: T0 - HOUR }), item('emergency-newer', { urgency: 'emergency' })];
    expect(keysOf(items)).toEqual(['older', 'emergency-newer']);
  });

  it('breaks ties by the lower case key, naturally (C-999 before C-1000)', () => {
    const items = [item('C-1000'), item('C-999'), item('C-10000'), item('C-1001')];
    expect(keysOf(items)).toEqual(['C-999', 'C-1000', 'C-1001', 'C-10000']);
    const live = [item('C-1000', { channel: 'phone' }), item('C-999', { channel: 'phone' })];
    expect(keysOf(live)).toEqual(['C-999', 'C-1000']);
  });

  it('gives an order key (the stored key, breached placed as of now) whose plain string order is the queue order', () => {
    const a = item('C-999', { channel: 'chat' });
    const b = item('C-1000', { channel: 'voicemail', deadline: T0 - HOUR });
    const c = item('C-1', { channel: 'voicemail', priorityOrganization: true, deadline: T0 + HOUR });
    const key = (i: Orderable) => queueOrderKey(queueSortKey(i), i, T0);
    expect(key(a) < key(b)).toBe(true);
    expect(key(b) < key(c)).toBe(true);
    // The stored key alone does not know "breached": the priority organization's item sorts first there.
    expect(queueSortKey(c) < queueSortKey(b)).toBe(true);
  });
});

/** A natural comparison of case keys written independently: digit runs compare as numbers. */
function naturalCompare(a: string, b: string): number {
  const split = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (/^\d/.test(p) && /^\d/.test(q)) {
      const d = Number(p) - Number(q);
      if (d !== 0) return d;
    } else if (p !== q) {
      return p < q ? -1 : 1;
    }
  }
  return x.length - y.length;
}

/** The spec's wording, one rule after the other, as a comparator (as of `now`). */
function specComparator(now: number) {
  const rank = (i: Orderable) => CHANNELS.indexOf(i.channel);
  const urgent = (i: Orderable) => i.urgency === 'urgent' || i.urgency === 'emergency';
  // Breached: the deadline has come (the SLA state is breached from the deadline on).
  const breached = (i: Orderable) => i.deadline !== null && i.deadline <= now;
  return (a: Orderable, b: Orderable): number => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (a.channel === 'phone' || a.channel === 'chat') {
      if (urgent(a) !== urgent(b)) return urgent(a) ? -1 : 1;
      if (a.priorityOrganization !== b.priorityOrganization) return a.priorityOrganization ? -1 : 1;
    } else {
      if (breached(a) !== breached(b)) return breached(a) ? -1 : 1;
      if (a.priorityOrganization !== b.priorityOrganization) return a.priorityOrganization ? -1 : 1;
      if (a.deadline !== b.deadline) {
        if (a.deadline === null) return 1;
        if (b.deadline === null) return -1;
        return a.deadline - b.deadline;
      }
    }
    if (a.waitingSince !== b.waitingSince) return a.waitingSince - b.waitingSince;
    return naturalCompare(a.key, b.key);
  };
}

const instantArb = fc.integer({ min: T0 - 30 * 24 * HOUR, max: T0 + 30 * 24 * HOUR });
const itemArb: fc.Arbitrary<Orderable> = fc.record({
  channel: fc.constantFrom(...CHANNELS),
  urgency: fc.constantFrom(...URGENCIES),
  priorityOrganization: fc.boolean(),
  // Few distinct values, so ties on every rule are common.
  waitingSince: fc.oneof(fc.constantFrom(T0, T0 - HOUR), instantArb),
  deadline: fc.option(fc.oneof(fc.constantFrom(T0 + HOUR, T0 - HOUR), instantArb), { nil: null }),
  key: fc.tuple(fc.constantFrom('C-', 'K-', 'C-A'), fc.nat({ max: 120_000 })).map(([p, n]) => `${p}${n}`),
});

describe('queue order property', () => {
  it('orderQueue agrees with the spec, read rule by rule, at any "now"', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 40 }), instantArb, (items, now) => {
        const expected = [...items].sort(specComparator(now));
        expect(orderQueue(items, now)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('queueOrderRanges reads the same order as consecutive ranges of the stored key, each in plain key order', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 40 }), instantArb, (items, now) => {
        const keyed = items.map((item) => ({ item, key: queueSortKey(item) }));
        const byRanges = queueOrderRanges(now).flatMap(([from, to]) =>
          keyed.filter((k) => k.key >= from && k.key < to).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
        );
        expect(byRanges.map((k) => k.item)).toEqual(orderQueue(items, now));
      }),
      { numRuns: 300 },
    );
  });

  it('compareKeys agrees with a numeric reading of the digits', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), (a, b) => {
        expect(Math.sign(compareKeys(`C-${a}`, `C-${b}`))).toBe(Math.sign(a - b));
      }),
    );
  });
});
