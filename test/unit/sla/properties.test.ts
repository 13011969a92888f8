import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CASE_TYPES, DONE_STATUSES, EVENT_KINDS, PRIORITIES, SLA_STATES, URGENCIES } from '../../../shared/domain/vocab';
import { evaluateSla, planSla, type SlaTimelinePoint } from '../../../shared/sla';
import { DAY, MINUTE } from '../../../shared/time/instant';
import { at, caseWith } from './fixtures';

const T0 = at('2026-03-02T10:00:00Z');
const instant = fc.integer({ min: T0, max: T0 + 10 * DAY }).map((t) => Math.floor(t / MINUTE) * MINUTE);
const point: fc.Arbitrary<SlaTimelinePoint> = fc.record({
  at: instant,
  kind: fc.constantFrom(...EVENT_KINDS),
  by: fc.constantFrom('a1', null),
});
const input = fc
  .record({
    type: fc.constantFrom(...CASE_TYPES),
    status: fc.constantFrom(...CASE_STATUSES),
    priority: fc.constantFrom(...PRIORITIES),
    urgency: fc.constantFrom(...URGENCIES),
    agreedUpdateAt: fc.option(instant, { nil: null }),
    timeline: fc.array(point, { maxLength: 8 }),
  })
  .map((facts) => caseWith({ ...facts, createdAt: T0 }));

describe('SLA properties over random cases', () => {
  it('the deadline is the earliest candidate, and used + remaining is the target on its own clock', () => {
    fc.assert(
      fc.property(input, instant, (c, now) => {
        const sla = evaluateSla(c, now);
        if (sla === null) return;
        expect(sla.deadline).toBe(Math.min(...sla.candidates.map((x) => x.deadline)));
        expect(sla.candidates).toContainEqual({ class: sla.class, clock: sla.clock, deadline: sla.deadline, targetMs: sla.targetMs });
        expect(sla.usedMs + sla.remainingMs).toBe(sla.targetMs);
        expect(sla.warningAt).toBeLessThanOrEqual(sla.deadline);
      }),
      { numRuns: 300 },
    );
  });

  it('as time passes a state never goes back (ok, then warning, then breached), and the deadline stays put', () => {
    fc.assert(
      fc.property(input, instant, instant, (c, a, b) => {
        const [early, late] = [evaluateSla(c, Math.min(a, b)), evaluateSla(c, Math.max(a, b))];
        expect(late === null).toBe(early === null);
        if (early === null || late === null) return;
        expect(late.deadline).toBe(early.deadline);
        expect(SLA_STATES.indexOf(late.state)).toBeGreaterThanOrEqual(SLA_STATES.indexOf(early.state));
      }),
      { numRuns: 300 },
    );
  });

  it('every open case has a timer unless "no reply needed" is in force', () => {
    fc.assert(
      fc.property(input, (c) => {
        const marked = c.timeline.some((p) => p.kind === 'no_reply_needed');
        if (!marked && !DONE_STATUSES.includes(c.status)) expect(planSla(c)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
