import { Temporal } from 'temporal-polyfill';
import type { HandoffSheet } from '../../shared/contract/handoff';
import { LEAVE_CHECKLIST, LEAVE_CHECKLIST_LABELS } from '../../shared/domain/handoff';
import { CASE_STATUS_LABELS } from '../../shared/domain/vocab';

/** "Tue 10 Mar 10:00" of an ISO instant in `zone`. */
function local(iso: string, zone: string): string {
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(zone);
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][z.dayOfWeek - 1];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][z.month - 1];
  return `${day} ${String(z.day).padStart(2)} ${month} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
}

/** A deadline's time; a need-by date is a day (listed at its end in the team calendar's zone): "Fri 13 Mar (day)". */
function dueText(d: { kind: string; at: string }, zone: string, calendarZone: string): string {
  if (d.kind !== 'need_by') return local(d.at, zone);
  return `${local(new Date(Date.parse(d.at) - 1).toISOString(), calendarZone).slice(0, 10)} (day)`;
}

const SLA_WORDS = { ok: 'ok', warning: 'WARNING', breached: 'BREACHED' } as const;

/**
 * `shiftdesk handoff` for a person: the handoff sheet (`handoff.sheet`), times in the leaving agent's
 * zone (the leave is in their days), e.g.
 *
 *   Handoff of Luis Ortega, on leave 2026-03-09 to 2026-03-13 (Europe/London): 3 open cases
 *
 *   C-101  Cannot log in  (Assigned, P4)  SLA at the start: ok, first_response due Tue 10 Mar 15:00
 *          SLA warning        Tue 10 Mar 14:30
 *          SLA deadline       Tue 10 Mar 15:00
 *          New owner: Ana Silva (proposed)
 */
export function handoffText(sheet: HandoffSheet): string {
  const zone = sheet.agent.timeZone;
  const names = new Map(sheet.candidates.map((c) => [c.id, c.name]));
  const span = sheet.from === sheet.to ? sheet.from : `${sheet.from} to ${sheet.to}`;
  const lines = [`Handoff of ${sheet.agent.name}, on leave ${span} (${zone}): ${sheet.cases.length} open case${sheet.cases.length === 1 ? '' : 's'}`];
  if (sheet.approved) lines.push(`Approved ${local(sheet.approved.at, zone)} by ${sheet.approved.byName ?? sheet.approved.by ?? 'the app'} (${sheet.approved.cases} reassigned)`);
  for (const c of sheet.cases) {
    const sla = c.sla ? `SLA at the start: ${SLA_WORDS[c.sla.state]}, ${c.sla.class} due ${local(c.sla.deadline, zone)}` : 'no SLA timer';
    lines.push('', `${c.key}  ${c.subject}  (${CASE_STATUS_LABELS[c.status]}, ${c.priority})  ${sla}`);
    if (c.deadlines.length === 0) lines.push('       nothing falls due during the leave');
    for (const d of c.deadlines) lines.push(`       ${d.label.padEnd(34)} ${dueText(d, zone, sheet.calendarTimeZone)}`);
    const owner = c.owner === null ? 'nobody available' : `${names.get(c.owner) ?? c.owner}${c.owner === c.suggestedOwner ? ' (proposed)' : ''}`;
    lines.push(`       New owner: ${owner}`);
    if (c.note) lines.push(`       Note: ${c.note.replace(/\n/g, ' / ')}`);
  }
  const due = sheet.cases.flatMap((c) => c.deadlines.map((d) => ({ ...d, key: c.key }))).sort((a, b) => a.at.localeCompare(b.at));
  lines.push('', `Deadlines during the leave (${due.length})`);
  for (const d of due) lines.push(`  ${dueText(d, zone, sheet.calendarTimeZone).padEnd(16)}  ${d.key.padEnd(8)} ${d.label}`);
  lines.push('', 'Who could take cases (open items, hours scheduled during the leave)');
  for (const c of sheet.candidates) lines.push(`  ${c.name.padEnd(20)} ${String(c.load).padStart(4)} open  ${c.hours === null ? '  no schedule' : `${String(c.hours).padStart(5)} h`}${c.why ? `  not available: ${c.why}` : ''}`);
  lines.push('', 'Leave checklist');
  for (const k of LEAVE_CHECKLIST) lines.push(`  [${sheet.checklist[k] ? 'x' : ' '}] ${LEAVE_CHECKLIST_LABELS[k]}`);
  return lines.join('\n');
}
