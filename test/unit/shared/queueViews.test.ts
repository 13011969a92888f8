import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQueueFilter } from '../../../shared/contract/queueFilter';
import { queueSortKey } from '../../../shared/domain/queueOrder';
import {
  agingSortKey,
  customerWroteLast,
  lastSentDays,
  matchesFilter,
  orderView,
  viewHolds,
  type ViewFacts,
} from '../../../shared/domain/queueViews';
import { ftsQuery, SEARCH_MAX_WORDS, searchWords } from '../../../shared/domain/searchQuery';
import { daysSinceLastSent } from '../../../shared/sla/lastSent';
import { DAY, HOUR, MINUTE } from '../../../shared/time/instant';

const T0 = Date.UTC(2026, 2, 2, 14, 0);

function item(key: string, over: Partial<ViewFacts> = {}): ViewFacts {
  return {
    key, source: 'case', channel: 'email', urgency: 'none', priorityOrganization: false, waitingSince: T0, deadline: null,
    assigneeId: null, customerLast: false, lastSentAt: null, createdAt: T0 - DAY, ...over,
  };
}

describe('Our turn: the customer wrote last', () => {
  it('is our turn when support never answered (the opening request is the customer\'s)', () => {
    expect(customerWroteLast([])).toBe(true);
    expect(customerWroteLast([{ at: T0, kind: 'inbound' }])).toBe(true);
    // An automated acknowledgement (by null) and an internal note are not answers.
    expect(customerWroteLast([{ at: T0, kind: 'inbound' }, { at: T0 + MINUTE, kind: 'public_reply', by: null }, { at: T0 + HOUR, kind: 'internal_note', by: 'a1' }])).toBe(true);
  });

  it('is their turn after a human reply, ours again when they write after it', () => {
    const answered = [{ at: T0, kind: 'inbound' as const }, { at: T0 + HOUR, kind: 'public_reply' as const, by: 'a1' }];
    expect(customerWroteLast(answered)).toBe(false);
    expect(customerWroteLast([...answered, { at: T0 + 2 * HOUR, kind: 'status' as const, by: 'a1' }])).toBe(false);
    expect(customerWroteLast([...answered, { at: T0 + 2 * HOUR, kind: 'inbound' as const }])).toBe(true);
    // A message at the same instant as the reply counts as answered (as waiting-since does).
    expect(customerWroteLast([...answered, { at: T0 + HOUR, kind: 'inbound' as const }])).toBe(false);
  });
});

describe('view membership', () => {
  const mine = item('C-1', { assigneeId: 'a1' });
  const theirs = item('C-2', { assigneeId: 'a2', customerLast: true });
  const nobody = item('C-3');
  const call = item('i1', { source: 'interaction', channel: 'phone', createdAt: null, assigneeId: 'a1' });

  it.each([
    ['my', ['C-1', 'i1']],
    ['unassigned', ['C-3']],
    ['our-turn', ['C-2']],
    ['aging', ['C-1', 'C-2', 'C-3']],
    ['all', ['C-1', 'C-2', 'C-3', 'i1']],
  ] as const)('%s holds %j', (view, keys) => {
    expect([mine, theirs, nobody, call].filter((i) => viewHolds(view, i, 'a1')).map((i) => i.key).sort()).toEqual([...keys].sort());
  });

  it('has an empty My queue without an agent', () => {
    expect(viewHolds('my', mine, null)).toBe(false);
  });
});

describe('Aging order', () => {
  it('puts never-sent cases first (oldest created first), then the longest since last sent, ties in queue order', () => {
    const items = [
      item('sent-yesterday', { lastSentAt: T0 - DAY }),
      item('sent-last-week', { lastSentAt: T0 - 7 * DAY }),
      item('never-new', { createdAt: T0 - HOUR }),
      item('never-old', { createdAt: T0 - 30 * DAY }),
      item('C-10', { lastSentAt: T0 - 3 * DAY }),
      item('C-9', { lastSentAt: T0 - 3 * DAY }),
      item('C-8', { lastSentAt: T0 - 3 * DAY, deadline: T0 + HOUR }),
    ];
    expect(orderView('aging', items, null, T0).map((i) => i.key)).toEqual([
      'never-old', 'never-new', 'sent-last-week', 'C-8', 'C-9', 'C-10', 'sent-yesterday',
    ]);
  });

  it('has no key for an interaction, and other views keep the queue order', () => {
    expect(agingSortKey({ ...item('i1'), source: 'interaction', createdAt: null })).toBeNull();
    const items = [item('b', { channel: 'email', customerLast: true }), item('a', { channel: 'voicemail', customerLast: true })];
    expect(orderView('our-turn', items, null, T0).map((i) => i.key)).toEqual(['a', 'b']);
  });

  it('is a plain string order that agrees with comparing (never-sent, instant, queue key) for any items', () => {
    const arb = fc.record({
      lastSentAt: fc.option(fc.integer({ min: 0, max: 2 ** 42 }), { nil: null }),
      createdAt: fc.integer({ min: 0, max: 2 ** 42 }),
      waitingSince: fc.integer({ min: 0, max: 2 ** 42 }),
      n: fc.integer({ min: 1, max: 99_999 }),
    });
    fc.assert(
      fc.property(arb, arb, (x, y) => {
        const a = item(`C-${x.n}`, x);
        const b = item(`C-${y.n}`, y);
        const ka = agingSortKey(a)!;
        const kb = agingSortKey(b)!;
        const tuple = (i: ViewFacts) => [i.lastSentAt === null ? 0 : 1, i.lastSentAt ?? i.createdAt!] as const;
        const [ga, ta] = tuple(a);
        const [gb, tb] = tuple(b);
        const expected = ga !== gb ? ga - gb : ta !== tb ? ta - tb : queueSortKey(a) < queueSortKey(b) ? -1 : queueSortKey(a) > queueSortKey(b) ? 1 : 0;
        expect(Math.sign(ka < kb ? -1 : ka > kb ? 1 : 0)).toBe(Math.sign(expected));
      }),
    );
  });
});

describe('last sent (days)', () => {
  it('counts calendar days in the team time zone, null when never sent', () => {
    const now = Date.parse('2026-03-03T06:10:00Z'); // 00:10 in Chicago
    expect(lastSentDays(Date.parse('2026-03-03T05:50:00Z'), now, 'America/Chicago')).toBe(1); // 23:50 the day before
    expect(lastSentDays(Date.parse('2026-03-03T05:50:00Z'), now, 'UTC')).toBe(0);
    expect(lastSentDays(now - 10 * DAY, now, 'UTC')).toBe(10);
    expect(lastSentDays(null, now, 'UTC')).toBeNull();
  });

  it('agrees with daysSinceLastSent for any instants and zones (its remembered dates are right)', () => {
    const zones = ['UTC', 'America/Chicago', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Europe/Berlin', 'America/St_Johns'];
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(instant, instant, fc.constantFrom(...zones), (a, b, zone) => {
        const [sent, now] = a <= b ? [a, b] : [b, a];
        expect(lastSentDays(sent, now, zone)).toBe(daysSinceLastSent([{ at: sent, kind: 'public_reply', by: 'a1' }], now, zone));
      }),
      { numRuns: 500 },
    );
    // Every 7 minutes across days when the clocks change (a half-hour change on Lord Howe Island).
    for (const [zone, day] of [['America/Chicago', '2026-03-08'], ['America/Chicago', '2026-11-01'], ['Australia/Lord_Howe', '2026-04-05'], ['Asia/Kathmandu', '2026-03-08']] as const) {
      const start = Date.parse(`${day}T00:00:00Z`) - DAY;
      const now = start + 3 * DAY;
      for (let at = start; at < start + 2 * DAY; at += 7 * MINUTE) {
        expect(lastSentDays(at, now, zone)).toBe(daysSinceLastSent([{ at, kind: 'public_reply', by: 'a1' }], now, zone));
      }
    }
  });
});

describe('structured filters', () => {
  const facts = { channel: 'email' as const, priority: 'P3' as const, status: 'assigned' as const, organizationId: 'o1', labels: ['EB', 'billing'] };
  it('matches any value within a list and every list together; empty lists do not restrict', () => {
    expect(matchesFilter(facts, {})).toBe(true);
    expect(matchesFilter(facts, { channel: [], label: [] })).toBe(true);
    expect(matchesFilter(facts, { channel: ['phone', 'email'], priority: ['P3'] })).toBe(true);
    expect(matchesFilter(facts, { channel: ['email'], priority: ['P1'] })).toBe(false);
    expect(matchesFilter(facts, { label: ['onboarding', 'billing'] })).toBe(true);
    expect(matchesFilter(facts, { label: ['onboarding'] })).toBe(false);
  });
  it('fails a list on a field the item does not have', () => {
    expect(matchesFilter({ ...facts, status: null, organizationId: null }, { status: ['assigned'] })).toBe(false);
    expect(matchesFilter({ ...facts, status: null, organizationId: null }, { organizationId: ['o1'] })).toBe(false);
  });
  it('normalizes a filter: no repeats, no empty lists, trimmed text', () => {
    expect(normalizeQueueFilter({ channel: ['email', 'email'], priority: [], text: '  lab  ', label: ['EB'] })).toEqual({ channel: ['email'], text: 'lab', label: ['EB'] });
    expect(normalizeQueueFilter({ text: '   ' })).toEqual({});
  });
});

describe('search text to FTS5', () => {
  it('makes each word a quoted prefix, all required', () => {
    expect(ftsQuery('lab prin')).toBe('"lab"* "prin"*');
    expect(ftsQuery('Label  Printer')).toBe('"label"* "printer"*');
    expect(ftsQuery('C-1042')).toBe('"c"* "1042"*');
  });

  it('turns FTS5 syntax into plain words and ignores text without words', () => {
    expect(ftsQuery('"unclosed')).toBe('"unclosed"*');
    expect(ftsQuery('a OR b NOT c')).toBe('"a"* "or"* "b"* "not"* "c"*');
    expect(ftsQuery('subject:printer*')).toBe('"subject"* "printer"*');
    expect(ftsQuery('NEAR(x y) ^start')).toBe('"near"* "x"* "y"* "start"*');
    expect(ftsQuery('  "*-:()^+  ')).toBeNull();
    expect(ftsQuery('')).toBeNull();
  });

  it('keeps letters of any script and drops repeats; at most SEARCH_MAX_WORDS words', () => {
    expect(searchWords('Müller Ñandú 東京 müller')).toEqual(['müller', 'ñandú', '東京']);
    expect(searchWords(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(SEARCH_MAX_WORDS);
  });

  it('never puts a quote inside a word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const q = ftsQuery(text);
        if (q !== null) expect(q).toMatch(/^("[^"\s]+"\*)( "[^"\s]+"\*)*$/u);
      }),
    );
  });
});
