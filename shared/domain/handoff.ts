import { Temporal } from 'temporal-polyfill';
import { shiftsBetween, type WeekSchedule } from './schedule';

/**
 * The handoff before leave (`workflow.md` "Roles and the handoff view", SOP 04, `docs/handoff.md`), as
 * pure rules: the leave window in the agent's own time zone, which of a case's deadlines fall inside
 * it, the proposed new owners (the team's load and schedules during the leave), the leave checklist
 * and the team email (subject, body, a mailto link and an .eml file). Instants are epoch ms.
 */

/** The leave checklist (SOP 04 items 4, 5 and 13), ticked by hand on the handoff sheet. */
export const LEAVE_CHECKLIST = ['bin_cleared', 'follow_ups_sent', 'call_diversion_set', 'team_email_sent'] as const;
export type LeaveChecklistItem = (typeof LEAVE_CHECKLIST)[number];
export const LEAVE_CHECKLIST_LABELS: Record<LeaveChecklistItem, string> = {
  bin_cleared: 'Bin cleared',
  follow_ups_sent: 'Follow-ups sent',
  call_diversion_set: 'Call diversion set',
  team_email_sent: 'Team email sent',
};
export type LeaveChecklist = Record<LeaveChecklistItem, boolean>;
export const EMPTY_LEAVE_CHECKLIST: LeaveChecklist = { bin_cleared: false, follow_ups_sent: false, call_diversion_set: false, team_email_sent: false };

/** The longest leave one sheet covers. */
export const MAX_LEAVE_DAYS = 366;

/** The leave: from the start of `from` to the end of `to` (local dates) in the agent's zone. */
export interface LeaveWindow {
  from: string;
  to: string;
  zone: string;
  start: number;
  /** The start of the day after `to` (exclusive). */
  end: number;
}

/** The window of a leave, or the reason it is not one (naming the field). */
export function leaveWindow(from: string, to: string, zone: string): LeaveWindow | { error: string } {
  let a: Temporal.PlainDate;
  let b: Temporal.PlainDate;
  try {
    a = Temporal.PlainDate.from(from, { overflow: 'reject' });
  } catch {
    return { error: `from: expected a local date YYYY-MM-DD, got ${JSON.stringify(from)}` };
  }
  try {
    b = Temporal.PlainDate.from(to, { overflow: 'reject' });
  } catch {
    return { error: `to: expected a local date YYYY-MM-DD, got ${JSON.stringify(to)}` };
  }
  if (Temporal.PlainDate.compare(b, a) < 0) return { error: `to: the leave ends (${to}) before it starts (${from})` };
  if (a.until(b).days + 1 > MAX_LEAVE_DAYS) return { error: `to: a leave of at most ${MAX_LEAVE_DAYS} days, got ${a.until(b).days + 1}` };
  const startOf = (d: Temporal.PlainDate) => d.toZonedDateTime({ timeZone: zone }).epochMilliseconds;
  return { from: a.toString(), to: b.toString(), zone, start: startOf(a), end: startOf(b.add({ days: 1 })) };
}

/** Whether two windows share an instant. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export const DEADLINE_KINDS = ['sla_warning', 'sla_deadline', 'agreed_update', 'closure', 'need_by'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  sla_warning: 'SLA warning',
  sla_deadline: 'SLA deadline',
  agreed_update: 'Agreed next update',
  closure: 'Closes (7 days after resolution)',
  need_by: 'Need-by date',
};

export interface Deadline {
  kind: DeadlineKind;
  at: number;
}

/** What a case's deadlines are made of (all already computed by the SLA plan and the closure rule). */
export interface CaseDeadlineFacts {
  /** The SLA plan's warning instant and deadline (null: no timer runs). */
  slaWarningAt: number | null;
  slaDeadline: number | null;
  /** The SLA's class: an `agreed` deadline is the agreed update itself, listed once. */
  slaClass: string | null;
  agreedUpdateAt: number | null;
  /** The closure timer (`closureDueAt`), for a Pending Closure case. */
  closureDueAt: number | null;
  /** The need-by date (a local date of the team calendar) and that calendar's zone. */
  needBy: string | null;
  calendarZone: string;
}

/** The end of a local date in a zone (the start of the next day): a need-by date is due by then. */
export function endOfDay(date: string, zone: string): number {
  return Temporal.PlainDate.from(date).add({ days: 1 }).toZonedDateTime({ timeZone: zone }).epochMilliseconds;
}

/**
 * The deadlines of a case that fall inside the leave, in time order: instants from the window's start
 * (inclusive) to its end (exclusive); a need-by date (a calendar date, no time) when it is one of the
 * leave's days, listed at the end of that day in the team calendar's zone.
 */
export function deadlinesInWindow(f: CaseDeadlineFacts, w: { start: number; end: number; from: string; to: string }): Deadline[] {
  const out: Deadline[] = [];
  const add = (kind: DeadlineKind, at: number | null) => {
    if (at !== null && at >= w.start && at < w.end) out.push({ kind, at });
  };
  add('sla_warning', f.slaWarningAt);
  if (f.slaClass === 'agreed' && f.slaDeadline === f.agreedUpdateAt) add('agreed_update', f.agreedUpdateAt);
  else {
    add('sla_deadline', f.slaDeadline);
    add('agreed_update', f.agreedUpdateAt);
  }
  add('closure', f.closureDueAt);
  if (f.needBy !== null && f.needBy >= w.from && f.needBy <= w.to) out.push({ kind: 'need_by', at: endOfDay(f.needBy, f.calendarZone) });
  return out.sort((a, b) => a.at - b.at || DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind));
}

/** A colleague who could take cases during the leave. */
export interface OwnerCandidate {
  id: string;
  name: string;
  /** Open work items they own now. */
  load: number;
  /** Scheduled hours during the window (null: no weekly schedule kept). */
  hours: number | null;
  /** Why they cannot take cases (On leave, Unavailable, on leave during the window, no shift), or null. */
  why: string | null;
}

/** Hours of `schedule` inside the window, in the agent's zone; null when the agent keeps no schedule. */
export function scheduledHours(schedule: WeekSchedule, zone: string, w: { start: number; end: number }): number | null {
  if (Object.values(schedule).every((windows) => !windows || windows.length === 0)) return null;
  let ms = 0;
  for (const s of shiftsBetween(schedule, zone, w.start, w.end)) ms += Math.min(s.end, w.end) - Math.max(s.start, w.start);
  return Math.round((ms / 3_600_000) * 10) / 10;
}

/**
 * The proposed new owner of each case, in the order given (most urgent first): among the candidates
 * who may take cases, the one with the least load, counting the cases already proposed to them;
 * ties go to more scheduled hours, then the name. Null for every case when nobody may.
 */
export function suggestOwners(caseIds: readonly string[], candidates: readonly OwnerCandidate[]): Map<string, string | null> {
  const able = candidates.filter((c) => c.why === null).map((c) => ({ ...c, extra: 0 }));
  const out = new Map<string, string | null>();
  for (const id of caseIds) {
    let best: (typeof able)[number] | undefined;
    for (const c of able) {
      if (best === undefined) {
        best = c;
        continue;
      }
      const d = c.load + c.extra - (best.load + best.extra) || (best.hours ?? 0) - (c.hours ?? 0) || c.name.localeCompare(best.name);
      if (d < 0) best = c;
    }
    if (best) best.extra += 1;
    out.set(id, best?.id ?? null);
  }
  return out;
}

/** One item of the team email. */
export interface EmailItem {
  key: string;
  subject: string;
  status: string;
  /** The new owner's name (null: stays unassigned / not chosen yet). */
  owner: string | null;
  note: string;
  /** The deadlines inside the leave, in words ("SLA deadline Tue 10 Mar 14:00"). */
  due: readonly string[];
}

export interface TeamEmail {
  to: string[];
  subject: string;
  body: string;
}

/** The hand-off email to the whole team (SOP 04 item 5: the items handed off and the validation done so far). */
export function teamEmail(input: { agentName: string; from: string; to: string; team: readonly string[]; items: readonly EmailItem[]; leadName?: string | null }): TeamEmail {
  const span = input.from === input.to ? input.from : `${input.from} to ${input.to}`;
  const lines = [
    'Hi team,',
    '',
    `${input.agentName} is on leave ${span}. These ${input.items.length === 1 ? 'case is' : `${input.items.length} cases are`} handed off:`,
    '',
  ];
  input.items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.key} - ${item.subject} (${item.status})`);
    lines.push(`   New owner: ${item.owner ?? 'not chosen'}`);
    for (const d of item.due) lines.push(`   Due while away: ${d}`);
    if (item.note.trim()) {
      const [first, ...rest] = item.note.trim().split(/\r?\n/);
      lines.push(`   Validation done so far: ${first}`);
      for (const line of rest) lines.push(`   ${line}`);
    }
    lines.push('');
  });
  if (input.items.length === 0) lines.push('No open cases to hand off.', '');
  lines.push('Thanks,', input.leadName ?? input.agentName);
  return { to: [...input.team], subject: `Handoff: ${input.agentName}, on leave ${span} (${input.items.length} case${input.items.length === 1 ? '' : 's'})`, body: lines.join('\n') };
}

/** A `mailto:` link opening the email in the mail client. */
export function mailtoUrl(email: TeamEmail): string {
  const q = encodeURIComponent;
  return `mailto:${email.to.map(q).join(',')}?subject=${q(email.subject)}&body=${q(email.body.replace(/\r?\n/g, '\r\n'))}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The UTF-8 bytes of a string (shared/ runs without DOM or Node: no TextEncoder). */
function utf8(s: string): { bytes: Uint8Array; length: number } {
  const bytes = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) bytes[n++] = c;
    else if (c < 0x800) {
      bytes[n++] = 0xc0 | (c >> 6);
      bytes[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      bytes[n++] = 0xe0 | (c >> 12);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    } else {
      bytes[n++] = 0xf0 | (c >> 18);
      bytes[n++] = 0x80 | ((c >> 12) & 63);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    }
  }
  return { bytes, length: n };
}

/** Base64 of a string's UTF-8 bytes. */
export function base64Utf8(s: string): string {
  const { bytes: b, length } = utf8(s);
  const out: string[] = [];
  for (let i = 0; i < length; i += 3) {
    const n = (b[i]! << 16) | ((i + 1 < length ? b[i + 1]! : 0) << 8) | (i + 2 < length ? b[i + 2]! : 0);
    out.push(B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < length ? B64[n & 63]! : '='));
  }
  return out.join('');
}

/** RFC 2047 encoded-word for a header holding non-ASCII text. */
function headerText(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  return `=?UTF-8?B?${base64Utf8(s)}?=`;
}

/** The email as an .eml file (RFC 5322, UTF-8 text, CRLF lines), a draft the mail client opens. */
export function emlText(email: TeamEmail, date: number): string {
  const b64 = base64Utf8(email.body.replace(/\r?\n/g, '\r\n')).replace(/.{1,76}/g, (line: string) => `${line}\r\n`);
  return [
    `To: ${email.to.join(', ')}`,
    `Subject: ${headerText(email.subject)}`,
    `Date: ${new Date(date).toUTCString().replace('GMT', '+0000')}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64,
  ].join('\r\n');
}

/** The file name of the .eml ("handoff-luis-ortega-2026-03-09.eml"). */
export function emlFileName(agentName: string, from: string): string {
  const slug = agentName.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'agent';
  return `handoff-${slug}-${from}.eml`;
}
