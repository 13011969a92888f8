import { SWEEP_MINUTES } from '../../../shared/domain/sweep';
import { MINUTE } from '../../../shared/time/instant';
import type { SweepRow } from '../db/repositories/sweeps';
import type { Repositories } from '../db/repositories/types';
import type { Preferences } from '../ports';
import { SETTING } from '../services/deps';
import { sessionAgent } from '../services/session';
import { sweepLabel, sweepText } from './sweepText';

/**
 * The former device preference of the sweep interval (minutes, 5-60). The interval is now the
 * workspace setting `SWEEP_MINUTES_SETTING`, which leads edit; this preference's value becomes the
 * setting on the first start that finds no setting (`adoptSweepPreference`), and is read while none
 * can be written (a read-only workspace).
 */
export const PREF_SWEEP_MINUTES = 'sweep.everyMinutes';
/** Workspace setting: how often the sweep runs, in minutes (5-60); absent = the old preference, else 15. */
export const SWEEP_MINUTES_SETTING = 'sweep_every_minutes';
/** How many new (and newly-in-warning) keys a sweep record keeps; the counts are complete. */
export const SWEEP_KEYS_MAX = 50;
/** A sweep that ran more than this after it was due is marked late. */
export const SWEEP_LATE_AFTER_MS = 2 * MINUTE;

function validMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SWEEP_MINUTES.min && value <= SWEEP_MINUTES.max;
}

/**
 * The interval in minutes: the workspace setting, else (nothing saved yet) the former device
 * preference, each when a whole number from 5 to 60; else 15.
 */
export function sweepEveryMinutes(repos: Repositories, prefs: Preferences): number {
  const setting = repos.settings.get<unknown>(SWEEP_MINUTES_SETTING);
  if (validMinutes(setting)) return setting;
  const pref = prefs.get<unknown>(PREF_SWEEP_MINUTES);
  return validMinutes(pref) ? pref : SWEEP_MINUTES.default;
}

/**
 * First start after the interval became a workspace setting: a device whose preference holds an
 * interval and whose workspace has none saves it as the workspace's (in the caller's unit of work;
 * recorded in the audit list, by nobody). True when it did.
 */
export function adoptSweepPreference(repos: Repositories, prefs: Preferences, at: number): boolean {
  if (repos.settings.get<unknown>(SWEEP_MINUTES_SETTING) !== undefined) return false;
  const pref = prefs.get<unknown>(PREF_SWEEP_MINUTES);
  if (!validMinutes(pref)) return false;
  repos.settings.set(SWEEP_MINUTES_SETTING, pref);
  repos.audit.append({ at, by: null, action: 'sweep.setInterval', subject: null, detail: { from: 'device preference', to: pref } });
  return true;
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
