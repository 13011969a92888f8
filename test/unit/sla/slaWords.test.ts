import { describe, expect, it } from 'vitest';
import { slaLeftText } from '../../../shared/sla/slaWords';
import { slaText } from '../../../electron/cli/format';

describe('time left on a timer, as every face says it', () => {
  it('keeps business time of a day or more in hours: "1 d" would read as one business day', () => {
    expect(slaLeftText({ state: 'ok', remainingMinutes: 26 * 60, clock: 'business' })).toBe('26 h business left');
    expect(slaLeftText({ state: 'ok', remainingMinutes: 26 * 60, clock: 'calendar' })).toBe('1 d left');
  });
  it('says "over" once breached, also while a business clock stands at 0 overnight', () => {
    expect(slaLeftText({ state: 'breached', remainingMinutes: 0, clock: 'business' })).toBe('<1 min business over');
    expect(slaLeftText({ state: 'breached', remainingMinutes: -35, clock: 'calendar' })).toBe('35 min over');
  });
  it('the CLI queue table says the same', () => {
    const sla = { state: 'breached', remainingMinutes: 0, clock: 'business' } as const;
    expect(slaText({ sla } as Parameters<typeof slaText>[0])).toBe('breached · <1 min business over');
  });
});
