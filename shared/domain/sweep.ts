/**
 * The unassigned sweep's vocabulary (`sla.md` section 7, `docs/sla.md` "The unassigned sweep").
 */

/** How often the sweep runs, in minutes: a device preference between these bounds. */
export const SWEEP_MINUTES = { min: 5, max: 60, default: 15 } as const;

/**
 * What a sweep did: `notified` (one grouped notification), `nothing_new` (the agent was Available
 * and nothing was new), `silenced` (the agent was In a meeting, Unavailable or On leave: counted and
 * recorded, not shown).
 */
export const SWEEP_OUTCOMES = ['notified', 'nothing_new', 'silenced'] as const;
export type SweepOutcome = (typeof SWEEP_OUTCOMES)[number];

/** A sweep's notification id (`notify` event, `alerts.open`): `sweep:<id of the recorded sweep>`. */
export const SWEEP_NOTIFICATION_PREFIX = 'sweep:';

export function isSweepNotificationId(id: string): boolean {
  return id.startsWith(SWEEP_NOTIFICATION_PREFIX);
}
