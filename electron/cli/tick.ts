import type { Output } from '../../shared/contract/index';

/**
 * `shiftdesk tick` for a person: what the closure scheduler did by `--at` (`closure.run`): the cases
 * it closed and the testimonial follow-ups now due (which it leaves for an agent), e.g.
 *
 *   As of 2026-03-10T16:00:00Z
 *   Closed 1 case due to close (7 days after its resolution email):
 *     C-1001  Cannot log in  (resolution email 2026-03-03T17:00:00Z, due 2026-03-10T16:00:00Z)
 *   Testimonial follow-ups due (1; not closed: an agent sends a request or none):
 *     C-1010  Report export · Acme Solar · Pat Doe  (due 2026-03-10T16:00:00Z) · Marked possible testimonial
 */
export function tickText(run: Output<'closure.run'>): string {
  const lines = [`As of ${run.at}`];
  if (run.closed.length === 0) lines.push('Closed nothing: no case came due to close.');
  else {
    lines.push(`Closed ${run.closed.length} case${run.closed.length === 1 ? '' : 's'} due to close (7 days after the resolution email):`);
    for (const c of run.closed) lines.push(`  ${c.key}  ${c.subject}  (resolution email ${c.resolvedAt}, due ${c.dueAt})`);
  }
  if (run.followUpsTotal === 0) lines.push('Testimonial follow-ups due: none.');
  else {
    lines.push(`Testimonial follow-ups due (${run.followUpsTotal}; not closed: an agent sends a request or none):`);
    for (const f of run.followUps) {
      const who = [f.subject, f.organization?.name, f.reporter?.name].filter(Boolean).join(' · ');
      lines.push(`  ${f.key}  ${who}  (due ${f.dueAt}) · ${f.reasonText}`);
    }
    if (run.followUpsTotal > run.followUps.length) lines.push(`  … and ${run.followUpsTotal - run.followUps.length} more`);
  }
  return lines.join('\n');
}
