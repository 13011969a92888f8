import type { SyncStatus } from '../../../shared/contract/sync';
import { formatShortInstant } from '../../lib/format';

/** How the indicator looks: its short text, and whether it is an error the agent must see. */
export interface IndicatorLook {
  text: string;
  tone: 'ok' | 'offline' | 'error';
}

/**
 * The app bar's words for the sync status: "Synced 10:04" (the last pull, in the agent's zone),
 * "Offline · 3 waiting", "No token", "Token refused"; null when not connected (nothing to show).
 */
export function indicatorLook(status: SyncStatus, timeZone: string | undefined, now: number): IndicatorLook | null {
  switch (status.state) {
    case 'not_connected':
      return null;
    case 'online':
      return { text: status.lastPullAt ? `Synced ${formatShortInstant(status.lastPullAt, timeZone, now)}` : 'Syncing…', tone: 'ok' };
    case 'offline':
      return { text: status.waiting > 0 ? `Offline · ${status.waiting} waiting` : 'Offline', tone: 'offline' };
    case 'needs_token':
      return { text: 'No token', tone: 'error' };
    case 'unauthorized':
      return { text: 'Token refused', tone: 'error' };
  }
}

/** The status in a sentence, for the sync popover. */
export function stateSentence(status: SyncStatus): string {
  switch (status.state) {
    case 'not_connected':
      return 'Not connected to a help desk.';
    case 'online':
      return 'Online: your changes go to the help desk and the team’s come in.';
    case 'offline':
      return 'Offline: the help desk cannot be reached. Your changes wait here and go when it answers again.';
    case 'needs_token':
      return 'No token: nothing is sent or pulled until a lead gives the help desk token again.';
    case 'unauthorized':
      return 'The help desk refused the token: nothing is sent or pulled until a lead replaces it.';
  }
}

/** "1 change" / "3 changes". */
export const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;
