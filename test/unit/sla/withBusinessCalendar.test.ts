import { describe, expect, it } from 'vitest';
import { evaluateSla } from '../../../shared/sla';
import { businessClock } from '../../../shared/time/calendar';
import { HOUR } from '../../../shared/time/instant';
import { at, caseWith, reply, setup } from './fixtures';

/** The SLA on a real business calendar: Chicago, Monday-Friday 09:00-17:00, one holiday. */
const chicago = {
  timeZone: 'America/Chicago',
  hoursPerBusinessDay: 8,
  week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])),
  holidays: ['2026-03-09'],
};
const clocks = { ...setup.clocks, business: businessClock(chicago, { from: at('2026-01-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') }) };

describe('the SLA on a business calendar (sla.md section 3)', () => {
  it('first_response skips the weekend and a holiday', () => {
    // Created Friday 16:00 CST: 1 business hour Friday, Monday is a holiday, the second hour is Tuesday 09:00-10:00 CDT.
    const input = caseWith({ clocks, createdAt: at('2026-03-06T22:00:00Z') });
    const sla = evaluateSla(input, at('2026-03-08T18:00:00Z'));
    expect(sla).toMatchObject({ class: 'first_response', deadline: at('2026-03-10T15:00:00Z'), usedMs: HOUR, remainingMs: HOUR, state: 'ok' });
  });

  it('a P1 stays on the calendar clock over the weekend', () => {
    const input = caseWith({ clocks, priority: 'P1', createdAt: at('2026-03-07T18:00:00Z'), timeline: [reply('2026-03-07T18:20:00Z')] });
    expect(evaluateSla(input, at('2026-03-07T19:30:00Z'))).toMatchObject({ class: 'emergency', deadline: at('2026-03-07T19:20:00Z'), state: 'breached', remainingMs: -10 * 60_000 });
  });
});
