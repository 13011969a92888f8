import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys } from '../../../shared/domain/caseKey';
import { orderQueue, queueSortKey, type Orderable } from '../../../shared/domain/queueOrder';
import { CHANNELS, PRIORITIES } from '../../../shared/domain/vocab';
import { HOUR, MINUTE } from '../../../shared/time/instant';

const T0 = Date.UTC(2026, 2, 2, 14, 0);

function item(key: string, over: Partial<Orderable> = {}): Orderable {
  return { key, channel: 'email', priority: 'P4', urgent: false, waitingSince: T0, deadline: null, ...over };
}

const keysOf = (items: readonly Orderable[]) => orderQueue(items).map((i) => i.key);

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

  it.each(['phone', 'chat'] as const)('within %s: P1, P2 and flagged urgent first, then the longest waiting', (channel) => {
    const items = [
      item('old-P4', { channel, priority: 'P4', waitingSince: T0 - HOUR }),
      item('new-P2', { channel, priority: 'P2', waitingSince: T0 }),
      item('new-flagged', { channel, priority: 'P5', urgent: true, waitingSince: T0 + MINUTE }),
      item('older-P1', { channel, priority: 'P1', waitingSince: T0 - MINUTE }),
      item('oldest-none', { channel, priority: null, waitingSince: T0 - 2 * HOUR }),
    ];
    expect(keysOf(items)).toEqual(['older-P1', 'new-P2', 'new-flagged', 'oldest-none', 'old-P4']);
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

  it('does not let priority reorder voicemail or email', () => {
    const items = [item('P6-older', { priority: 'P6', waitingSince: T0 - HOUR }), item('P1-newer', { priority: 'P1', urgent: true })];
    expect(keysOf(items)).toEqual(['P6-older', 'P1-newer']);
  });

  it('breaks ties by the lower case key, naturally (C-999 before C-1000)', () => {
    const items = [item('C-1000'), item('C-999'), item('C-10000'), item('C-1001')];
    expect(keysOf(items)).toEqual(['C-999', 'C-1000', 'C-1001', 'C-10000']);
    const live = [item('C-1000', { channel: 'phone' }), item('C-999', { channel: 'phone' })];
    expect(keysOf(live)).toEqual(['C-999', 'C-1000']);
  });

  it('gives a sort key whose plain string order is the queue order', () => {
    const a = item('C-999', { channel: 'chat' });
    const b = item('C-1000', { channel: 'voicemail', deadline: T0 - HOUR });
    expect(queueSortKey(a) < queueSortKey(b)).toBe(true);
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
  const urgent = (i: Orderable) => i.urgent || i.priority === 'P1' || i.priority === 'P2';
  const breached = (i: Orderable) => i.deadline !== null && i.deadline < now;
  return (a: Orderable, b: Orderable): number => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (a.channel === 'phone' || a.channel === 'chat') {
      if (urgent(a) !== urgent(b)) return urgent(a) ? -1 : 1;
    } else {
      if (breached(a) !== breached(b)) return breached(a) ? -1 : 1;
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
  priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: null }),
  urgent: fc.boolean(),
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
        expect(orderQueue(items)).toEqual(expected);
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
