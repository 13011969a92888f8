import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { followClockSteps, steppableClock } from '../../../electron/serve/testClock';
import { createFakeClock } from '../../support/fakeClock';

const START = Date.parse('2026-03-03T16:00:00Z');
const MINUTE = 60_000;

describe("browser mode's test clock", () => {
  it('starts at its instant and runs on with the real clock, its timers too', () => {
    const real = createFakeClock(Date.parse('2030-01-01T00:00:00Z'));
    const clock = steppableClock(real, START);
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 5 * MINUTE);
    real.advance(2 * MINUTE);
    expect(clock.now()).toBe(START + 2 * MINUTE);
    real.advance(3 * MINUTE);
    expect(fired).toEqual([START + 5 * MINUTE]);
  });

  it('moved forward, fires at once what fell due on the way, in order, each once', () => {
    const real = createFakeClock(START);
    const clock = steppableClock(real, START);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`warning@${clock.now() - START}`), 12_000);
    clock.setTimeout(() => fired.push('breach'), 60 * MINUTE);
    clock.setTimeout(() => fired.push('first'), 1_000);
    const check = clock.setInterval(() => fired.push('check'), 10_000);
    clock.advance(15_000);
    expect(fired).toEqual(['first', 'check', 'warning@15000']);
    expect(clock.now()).toBe(START + 15_000);

    // What is left runs on from the new instant, in real time; nothing fires twice.
    fired.length = 0;
    real.advance(10_000);
    expect(fired).toEqual(['check']);
    check.cancel();
    real.advance(60 * MINUTE);
    expect(fired).toEqual(['check', 'breach']);
  });

  it('moves forward only', () => {
    const clock = steppableClock(createFakeClock(START), START);
    expect(() => clock.advance(-1)).toThrow(/forward only/);
    expect(clock.now()).toBe(START);
  });

  it('follows `advance MS` lines and answers each with the instant it reached', async () => {
    const clock = steppableClock(createFakeClock(START), START);
    const input = new PassThrough();
    const answers: string[] = [];
    followClockSteps(input, clock, (line) => answers.push(line));
    input.write('advance 60000\nback 5\n');
    input.end();
    await once(input, 'end');
    expect(answers).toEqual(['clock: 2026-03-03T16:01:00.000Z', 'clock: refused "back 5": expected "advance MS"']);
  });
});
