import type { Output } from '../../shared/contract/index';
import type { PassSummary } from '../core/sync/engine';

/** `shiftdesk sync status`: the indicator in words. */
export function syncStatusText(s: Output<'sync.status'>): string {
  if (!s.connection) return 'Not connected to a help desk (shiftdesk connect rt --url URL --queue NAME --token-file FILE).';
  const state = { online: 'online', offline: 'offline (RT unreachable)', needs_token: 'no token', unauthorized: 'token refused', not_connected: 'not connected' }[s.state];
  const lines = [
    `Request Tracker ${s.connection.url}, queues ${s.connection.queues.join(', ')}: ${state}`,
    `Token: ${s.tokenSource ?? 'none'}`,
    `Last pull: ${s.lastPullAt ?? 'never'}; last change sent: ${s.lastPushAt ?? 'never'}`,
    `Waiting to send: ${s.waiting}; conflicts and refused changes: ${s.conflicts}`,
  ];
  if (s.lastError) lines.push(`Problem: ${s.lastError}`);
  if (s.nextAttemptAt) lines.push(`Next attempt: ${s.nextAttemptAt}`);
  return lines.join('\n');
}

/** `shiftdesk sync --once`: what one pass did. */
export function passText(p: PassSummary, s: Output<'sync.status'>): string {
  const head = p.error ? `Sync stopped: ${p.error}` : 'Sync done.';
  return `${head}\nPulled ${p.pulled} case${p.pulled === 1 ? '' : 's'} (${p.created} new, ${p.events} new timeline entr${p.events === 1 ? 'y' : 'ies'}); sent ${p.sent} change${p.sent === 1 ? '' : 's'}; ${p.requests} request${p.requests === 1 ? '' : 's'} to RT.\nWaiting to send: ${s.waiting}; conflicts and refused changes: ${s.conflicts}`;
}
