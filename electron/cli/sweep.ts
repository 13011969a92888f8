import type { SweepFinding } from '../../shared/contract/sweep';
import { AGENT_STATUS_LABELS } from '../../shared/domain/vocab';

/**
 * `shiftdesk sweep` for a person: what the unassigned sweep would find and notify as of `--at`
 * (`sweep.preview`: a dry run, nothing recorded or notified), e.g.
 *
 *   Unassigned sweep as of 2026-03-03T16:00:00Z (dry run: nothing recorded, nothing notified)
 *   Unassigned: 4 · new: 3 · in warning: 1 · breached: 0
 *   Would notify: 3 new unassigned cases, oldest waiting 47 min
 *     C-1001, C-1002, C-1003
 */
export function sweepPreviewText(sweep: SweepFinding): string {
  const { counts } = sweep;
  const lines = [
    `Unassigned sweep as of ${sweep.at} (dry run: nothing recorded, nothing notified)`,
    `Unassigned: ${counts.unassigned} · new: ${counts.new} · in warning: ${counts.warning} · breached: ${counts.breached}`,
  ];
  const text = sweep.title === null ? [] : [sweep.title, ...(sweep.body ?? '').split('\n')].map((l, i) => (i === 0 ? l : `  ${l}`));
  if (sweep.outcome === 'notified') lines.push(`Would notify: ${text.join('\n')}`);
  else if (sweep.outcome === 'nothing_new') lines.push('Would not notify: nothing new since the last sweep.');
  else {
    const who = `the agent is ${AGENT_STATUS_LABELS[sweep.silencedBy ?? 'available']}`;
    lines.push(sweep.title === null ? `Would not notify: nothing new, and ${who}.` : `Would not notify (${who}): ${text.join('\n')}`);
  }
  return lines.join('\n');
}
