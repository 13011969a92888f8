import type { ChatReport } from '../../shared/contract/chats';
import { CHAT_OUTCOMES, CHAT_OUTCOME_SHORT } from '../../shared/domain/chatOutcomes';

/**
 * `shiftdesk report chats` for a person: the daily chat report as a table, one row per agent and
 * the team's last, e.g.
 *
 *   Chats on 2026-03-03 (America/Chicago), by outcome
 *   agent       1 Happy  2 Unhappy  3 Feature request  4 Workaround  5 No workaround  no outcome  total
 *   Agent One         1          0                  0             0                1           1      3
 *   Team              1          0                  0             0                1           1      3
 */
export function chatReportText(report: ChatReport): string {
  const heads = ['agent', ...CHAT_OUTCOMES.map((o) => `${o} ${CHAT_OUTCOME_SHORT[o]}`), 'no outcome', 'total'];
  const rows = [
    ...report.agents.map((a) => ({ name: a.agent?.name ?? '(nobody took it)', counts: a.counts })),
    { name: 'Team', counts: report.team },
  ].map(({ name, counts }) => [name, ...CHAT_OUTCOMES.map((o) => String(counts.byOutcome[o])), String(counts.none), String(counts.total)]);
  const widths = heads.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const title = `Chats on ${report.day} (${report.timeZone}), by outcome`;
  if (report.team.total === 0 && report.agents.length === 0) return `${title}: no chats that day.`;
  return [title, line(heads), ...rows.map(line)].join('\n');
}
