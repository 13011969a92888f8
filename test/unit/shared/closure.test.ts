import { describe, expect, it } from 'vitest';
import { closureDueAt, testimonialReason } from '../../../shared/domain/closure';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('the due-to-close instant (sla.md 6: 7 calendar days after the resolution email)', () => {
  it('is the same local time 7 days later: 7 x 24 h on ordinary weeks', () => {
    expect(iso(closureDueAt(at('2026-02-03T17:00:00Z'), 'America/Chicago'))).toBe('2026-02-10T17:00:00.000Z');
  });

  it('is an hour shorter across the spring DST change (11:00 CST -> 11:00 CDT)', () => {
    // Chicago moves to daylight time on Sunday 2026-03-08.
    expect(iso(closureDueAt(at('2026-03-03T17:00:00Z'), 'America/Chicago'))).toBe('2026-03-10T16:00:00.000Z');
  });

  it('is an hour longer across the autumn change, and follows the workspace zone, not UTC', () => {
    expect(iso(closureDueAt(at('2026-10-30T16:00:00Z'), 'America/Chicago'))).toBe('2026-11-06T17:00:00.000Z');
    expect(iso(closureDueAt(at('2026-10-30T16:00:00Z'), 'UTC'))).toBe('2026-11-06T16:00:00.000Z');
    // Berlin changes a week earlier than Chicago.
    expect(iso(closureDueAt(at('2026-10-20T08:00:00Z'), 'Europe/Berlin'))).toBe('2026-10-27T09:00:00.000Z');
  });

  it('a local time the change skips moves forward by the gap', () => {
    // 02:30 on 2026-03-01 in Chicago; 2026-03-08 02:30 does not exist: 03:30 CDT.
    expect(iso(closureDueAt(at('2026-03-01T08:30:00Z'), 'America/Chicago'))).toBe('2026-03-08T08:30:00.000Z');
  });
});

describe('a testimonial candidate', () => {
  it('is a case marked possible testimonial, whatever its chats', () => {
    expect(testimonialReason({ possibleTestimonial: true }, [{ since: 1, outcome: 5 }])).toBe('possible_testimonial');
  });

  it('is a case whose latest chat with an outcome was answered happily', () => {
    expect(testimonialReason({ possibleTestimonial: null }, [{ since: 1, outcome: 1 }])).toBe('happy_chat');
    expect(testimonialReason({ possibleTestimonial: false }, [{ since: 1, outcome: 3 }, { since: 2, outcome: 1 }, { since: 3, outcome: null }])).toBe('happy_chat');
  });

  it('is not a case without a happy chat, or whose customer was unhappy after a happy chat', () => {
    expect(testimonialReason({}, [])).toBeNull();
    expect(testimonialReason({ possibleTestimonial: false }, [{ since: 5, outcome: null }])).toBeNull();
    expect(testimonialReason({ possibleTestimonial: false }, [{ since: 1, outcome: 1 }, { since: 2, outcome: 2 }])).toBeNull();
  });
});
