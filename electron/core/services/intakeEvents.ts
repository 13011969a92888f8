import { WAITING_INTAKE_STATUSES, type IntakeStatus } from '../../../shared/contract/intake';
import type { Channel, InteractionState } from '../../../shared/domain/vocab';

/**
 * How one event of a phone or chat system moves its interaction (`docs/intake.md` "Rules"), as a
 * pure function so every rule is tested on its own:
 * - the first event creates it: waiting for `ringing`, `held`, `waiting` and `received`, done otherwise;
 * - the same status again changes no state (only content the event adds): a repeat is a no-op;
 * - an event older than the last one applied is stale and ignored (systems retry out of order);
 * - `ended`, and an interaction filed into a case, are final;
 * - a call's wait starts when it rang (a held call keeps that start); a chat that was answered and
 *   waits again (the customer wrote) waits from that new message.
 */
export interface IntakeProgress {
  status: IntakeStatus;
  /** When the status last changed (epoch ms). */
  lastAt: number;
  state: InteractionState;
  since: number;
}

export type IntakeStep =
  /** Apply: the new progress (equal to the current one for a repeat, whose content may still add). */
  | { kind: 'apply'; progress: IntakeProgress }
  /** Ignore the event entirely (stale, after `ended`, or filed). */
  | { kind: 'ignore'; reason: 'stale' | 'final' | 'filed' };

export function stateOfStatus(status: IntakeStatus): InteractionState {
  return WAITING_INTAKE_STATUSES.includes(status) ? 'waiting' : 'done';
}

export function nextIntakeProgress(
  current: (IntakeProgress & { filed: boolean }) | null,
  event: { channel: Channel; status: IntakeStatus; at: number },
): IntakeStep {
  if (current === null) {
    return { kind: 'apply', progress: { status: event.status, lastAt: event.at, state: stateOfStatus(event.status), since: event.at } };
  }
  const { filed, ...progress } = current;
  if (filed) return { kind: 'ignore', reason: 'filed' };
  if (current.status === 'ended') return { kind: 'ignore', reason: 'final' };
  if (event.status === current.status) return { kind: 'apply', progress };
  if (event.at < current.lastAt) return { kind: 'ignore', reason: 'stale' };
  const state = stateOfStatus(event.status);
  const since = state === 'waiting' && current.state === 'done' && event.channel === 'chat' ? event.at : current.since;
  return { kind: 'apply', progress: { status: event.status, lastAt: event.at, state, since } };
}
