import { SWEEP_MINUTES } from '../../../shared/domain/sweep';
import { MINUTE } from '../../../shared/time/instant';
import type { SweepRow } from '../db/repositories/sweeps';
import type { Repositories } from '../db/repositories/types';
import type { Preferences } from '../ports';
import { SETTING } from '../services/deps';
import { sessionAgent } from '../services/session';
import { sweepLabel, sweepText } from './sweepText';

/** Device preference: how often the sweep runs on this device, in minutes (5-60). */
export const PREF_SWEEP_MINUTES = 'sweep.everyMinutes';
/** How many new (and newly-in-warning) keys a sweep record keeps; the counts are complete. */
export const SWEEP_KEYS_MAX = 50;
/** A sweep that ran more than this after it was due is marked late. */
export const SWEEP_LATE_AFTER_MS = 2 * MINUTE;

/** The interval in minutes: the device preference when it is a whole number from 5 to 60, else 15. */
export function sweepEveryMinutes(prefs: Preferences): number {
  const value = prefs.get<unknown>(PREF_SWEEP_MINUTES);
  return typeof value === 'number' && Number.isInteger(value) && value >= SWEEP_MINUTES.min && value <= SWEEP_MINUTES.max
    ? value
    : SWEEP_MINUTES.default;
}

/**
 * When the next sweep is due: one interval after the last one. The first sweep of a workspace is
 * due at once; so is one after the clock was set back before the last sweep (the sweep then
 * records the instant it really ran and the cadence starts again from there).
 */
export function sweepDueAt(lastAt: number | null, everyMs: number, now: number): number {
  return lastAt === null || lastAt > now ? now : lastAt + everyMs;
}

/** No sweeps before the first-run choice (sample, empty workspace or import) was made. */
export function sweepsStarted(repos: Repositories): boolean {
  return repos.settings.get<boolean>(SETTING.onboarded) === true;
}

export type SweepFindingRow = Omit<SweepRow, 'id' | 'dueAt'>;

/**
 * One sweep as of `now`, read only: the unassigned queue against what the last sweep that reached
 * the agent saw, the device agent's status, and the notification it makes. Nothing is recorded here.
 * The device agent's status decides (`sla.md` section 4 in spirit): Available (or a workspace with
 * no agents) is notified; In a meeting, Unavailable and On leave are `silenced` — an unassigned
 * emergency still interrupts a meeting through its own SLA alert.
 */
export function findSweep(repos: Repositories, prefs: Preferences, now: number): SweepFindingRow {
  const agent = sessionAgent(repos, prefs) ?? null;
  const status = agent?.status ?? null;
  const available = status === null || status === 'available';
  const look = repos.sweeps.look(now, SWEEP_KEYS_MAX);
  const text = sweepText(look, now);
  return {
    at: now,
    agentId: agent?.id ?? null,
    agentStatus: status,
    unassigned: look.unassigned,
    newCount: look.newCount,
    warning: look.warning,
    breached: look.breached,
    newKeys: look.newItems.map(sweepLabel),
    warningKeys: look.newlyWarningItems.map(sweepLabel),
    outcome: !available ? 'silenced' : text ? 'notified' : 'nothing_new',
    silencedBy: available ? null : status,
    title: text?.title ?? null,
    body: text?.body ?? null,
  };
}
