import { CHANNEL_LABELS, PRIORITY_LABELS, CASE_STATUS_LABELS } from '../../shared/domain/vocab';
import type { WorkItem } from '../../shared/contract/index';
import { formatWait } from '../../shared/time/formatWait';
import { lastSentDaysText } from '../../shared/sla/lastSent';
import { slaLeftText } from '../../shared/sla/slaWords';
import { parseIso } from '../../shared/time/instant';

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** "ok · 1 h 20 min business left", "breached · 35 min over": the SLA as an agent reads it. */
export function slaText(item: WorkItem): string {
  if (!item.sla) return '-';
  return `${item.sla.state} · ${slaLeftText(item.sla)}`;
}

/** The queue as an aligned text table, one item per line, in the view's order; `lastSent` adds the Aging column. */
export function queueTable(items: readonly WorkItem[], now: number, options: { lastSent?: boolean } = {}): string {
  const sent = (text: string) => (options.lastSent ? pad(text, 11) : '');
  const header = `${pad('#', 5)}${pad('KEY', 12)}${sent('LAST SENT')}${pad('CHANNEL', 11)}${pad('PRIORITY', 14)}${pad('URGENCY', 11)}${pad('STATUS', 21)}${pad('WAITING', 14)}${pad('SLA', 26)}${pad('ASSIGNEE', 10)}SUBJECT`;
  const rows = items.map((item, i) => {
    const priority = item.priority ? `${item.priority} ${PRIORITY_LABELS[item.priority]}` : '-';
    const status = item.status ? CASE_STATUS_LABELS[item.status] : 'waiting';
    const organization = item.organizationName && item.priorityOrganization ? `${item.organizationName} (priority org)` : item.organizationName;
    const subject = [item.subject, organization ?? item.contactName].filter(Boolean).join(' · ');
    return (
      pad(String(i + 1), 5) +
      pad(item.key, 12) +
      sent(lastSentDaysText(item.lastSentDays)) +
      pad(CHANNEL_LABELS[item.channel], 11) +
      pad(priority, 14) +
      pad(item.urgency === 'none' ? '-' : item.urgency, 11) +
      pad(status, 21) +
      pad(formatWait(now - parseIso(item.waitingSince)), 14) +
      pad(slaText(item), 26) +
      pad(item.assigneeId ?? '-', 10) +
      subject
    );
  });
  return [header, ...rows].join('\n');
}
