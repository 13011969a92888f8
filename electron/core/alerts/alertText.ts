import { slaAmount } from '../../../shared/sla/slaWords';
import type { WorkItemRow } from '../db/repositories/types';
import { CHANNEL_LABELS, type AlertKind } from '../../../shared/domain/vocab';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "Tue 14:05" in the agent's zone: a deadline within the week, as a notification says it. */
export function shortTime(at: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  return format.format(at);
}

/** Who is waiting, as the agent knows them: "Jane Doe (Acme)". */
export function customerOf(item: Pick<WorkItemRow, 'contactName' | 'organizationName'>): string {
  const { contactName, organizationName } = item;
  if (contactName && organizationName) return `${contactName} (${organizationName})`;
  return contactName ?? organizationName ?? 'Unknown customer';
}

/** What an agent calls the item: a case's key; a voicemail or email not filed yet by its channel ("Voicemail"), as its id means nothing to them. */
export function alertLabel(item: Pick<WorkItemRow, 'source' | 'key' | 'channel'>): string {
  return item.source === 'case' ? item.key : CHANNEL_LABELS[item.channel];
}

/**
 * One alert's notification text (`sla.md` section 4: case key, customer, time left):
 *   "Due soon: C-1042 · 14 min business left" / "Breached: C-1042 · was due Tue 14:00"
 *   "Jane Doe (Acme) — Label printer offline"
 * `remainingMs` is on the timer's own clock; `late` adds when it came due.
 */
export function alertText(
  kind: AlertKind,
  item: WorkItemRow,
  o: { remainingMs: number; dueAt: number; late: boolean; timeZone: string },
): { title: string; body: string } {
  const title =
    kind === 'warning'
      ? `Due soon: ${alertLabel(item)} · ${slaAmount(Math.max(0, o.remainingMs), item.slaClock ?? 'calendar')} ${item.slaClock === 'business' ? 'business ' : ''}left`
      : `Breached: ${alertLabel(item)} · was due ${shortTime(item.slaDeadline ?? o.dueAt, o.timeZone)}`;
  const lines = [`${customerOf(item)} — ${item.subject}`];
  // Not "while asleep": the item may also have come in (an import, the sample shift) already overdue.
  if (o.late) lines.push(`Late alert: it came due ${shortTime(o.dueAt, o.timeZone)}.`);
  return { title, body: lines.join('\n') };
}

/** The one notification for several alerts at once: "5 SLA alerts" / "3 breached, 2 due soon: C-1, C-2, C-3 and 2 more". */
export function groupText(alerts: readonly { kind: AlertKind; key: string }[]): { title: string; body: string } {
  const breached = alerts.filter((a) => a.kind === 'breached').length;
  const warning = alerts.length - breached;
  const counts = [breached > 0 ? `${breached} breached` : null, warning > 0 ? `${warning} due soon` : null].filter(Boolean).join(', ');
  const keys = alerts.slice(0, 3).map((a) => a.key).join(', ');
  const more = alerts.length > 3 ? ` and ${alerts.length - 3} more` : '';
  return { title: `${alerts.length} SLA alerts`, body: `${counts}: ${keys}${more}` };
}
