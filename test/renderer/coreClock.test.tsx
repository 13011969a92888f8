import { describe, expect, it } from 'vitest';
import { coreClock } from '../../renderer/lib/coreClock';
import { createFakeClock } from '../support/fakeClock';
import { createFakeClient } from './fakeClient';

const CORE_NOW = '2026-03-03T16:00:00.000Z';

describe("the renderer's clock follows the core's", () => {
  it("takes the core's instant (a core started with --clock-start) and runs on from it", async () => {
    const device = createFakeClock(Date.parse('2026-11-23T21:00:00Z'));
    // The core answers 40 ms later; it read its clock halfway through.
    const { client } = createFakeClient({
      'workspace.now': () => {
        device.advance(40);
        return { now: CORE_NOW };
      },
    });
    const clock = await coreClock(client, device);
    expect(new Date(clock.now()).toISOString()).toBe('2026-03-03T16:00:00.020Z');
    device.advance(90_000);
    expect(new Date(clock.now()).toISOString()).toBe('2026-03-03T16:01:30.020Z');
    // Its timers are the device's.
    let fired = false;
    clock.setTimeout(() => (fired = true), 1000);
    device.advance(1000);
    expect(fired).toBe(true);
  });

  it('keeps the device clock when the two agree to within a round trip, or the core does not answer', async () => {
    const device = createFakeClock(Date.parse(CORE_NOW));
    const near = createFakeClient({ 'workspace.now': () => ({ now: new Date(device.now() + 300).toISOString() }) });
    expect(await coreClock(near.client, device)).toBe(device);
    const failing = createFakeClient({});
    expect(await coreClock(failing.client, device)).toBe(device);
  });
});
