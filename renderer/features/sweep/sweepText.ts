import { AGENT_STATUS_LABELS } from '../../../shared/domain/vocab';
import type { SweepStatus } from '../../../shared/contract/sweep';
import { MINUTE, parseIso } from '../../../shared/time/instant';

/**
 * The countdown line of the Unassigned view: "Next sweep in 7 min · every 15 min", "Next sweep
 * within a minute · …", "Sweeps paused: you are In a meeting · every 15 min", or null while the
 * workspace has no sweeps yet (not set up).
 */
export function sweepCountdownText(status: SweepStatus, now: number): string | null {
  const every = `every ${status.everyMinutes} min`;
  if (status.silencedBy) return `Sweeps paused: you are ${AGENT_STATUS_LABELS[status.silencedBy]} · ${every}`;
  if (status.nextAt === null) return null;
  const left = parseIso(status.nextAt) - now;
  // Due (the core runs it at its next check, within a minute).
  if (left <= 0) return `Next sweep within a minute · ${every}`;
  // Rounded up: "in 7 min" until 6 min are left, "in 1 min" for the last minute; never more than the
  // interval (a page clock a moment behind the core's would otherwise say "in 16 min · every 15 min").
  return `Next sweep in ${Math.min(Math.ceil(left / MINUTE), status.everyMinutes)} min · ${every}`;
}
