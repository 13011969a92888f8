import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { AgentStatus } from './vocab';

/**
 * The agent's daily checklist (`workflow.md` "The agent's day", `docs/checklist.md`) as pure logic:
 * the template (Start / Middle / End, lead-edited), a day's instance made from it, and the rules by
 * which items the app can observe tick themselves from observed facts, with the time and the evidence.
 * Everything else is ticked by hand.
 */

export const CHECKLIST_PARTS = ['start', 'middle', 'end'] as const;
export type ChecklistPart = (typeof CHECKLIST_PARTS)[number];
export const CHECKLIST_PART_LABELS: Record<ChecklistPart, string> = { start: 'Start of day', middle: 'During the day', end: 'End of day' };

/**
 * What the app can see done:
 * - `unassignedViewed`: the agent opened Unassigned after the last recorded sweep;
 * - `noChatWaiting`: no chat waits in the queue;
 * - `voicemailsFiled` / `emailFiled`: no voicemail / email waits unfiled;
 * - `statusUnavailable`: the agent's status is Unavailable;
 * - `ourTurnLowest`: at the end of the shift (status Unavailable), the agent's own Our turn cases are
 *   as few as they were at their lowest of the day (the day's minimum, tracked as commits change it).
 */
export const CHECKLIST_AUTO_RULES = ['unassignedViewed', 'noChatWaiting', 'voicemailsFiled', 'emailFiled', 'statusUnavailable', 'ourTurnLowest'] as const;
export type ChecklistAutoRule = (typeof CHECKLIST_AUTO_RULES)[number];
export const CHECKLIST_AUTO_LABELS: Record<ChecklistAutoRule, string> = {
  unassignedViewed: 'Unassigned opened after the last sweep',
  noChatWaiting: 'No chat waiting',
  voicemailsFiled: 'Every voicemail filed',
  emailFiled: 'Every email filed',
  statusUnavailable: 'Status set to Unavailable',
  ourTurnLowest: 'My Our turn cases at their lowest of the day, at the end of the shift',
};

export const checklistTemplateItemSchema = z.object({
  id: z
    .string({ error: 'expected an id (letters, digits and dashes)' })
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected an id of lower-case letters, digits and dashes (at most 40)'),
  part: z.enum(CHECKLIST_PARTS, { error: 'expected start, middle or end' }),
  text: z.string({ error: 'expected the item’s text' }).trim().min(1, 'the item’s text is empty').max(300, 'longer than 300 characters'),
  auto: z.enum(CHECKLIST_AUTO_RULES, { error: `expected one of ${CHECKLIST_AUTO_RULES.join(', ')}, or null` }).nullable().default(null),
});
export type ChecklistTemplateItem = z.output<typeof checklistTemplateItemSchema>;

/** A template: its items in order (at most 60, ids unique); errors name the path (`[3].text`). */
export const checklistTemplateSchema = z
  .array(checklistTemplateItemSchema, { error: 'expected a list of checklist items' })
  .max(60, 'at most 60 items')
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the id ${item.id} is used twice` });
      seen.add(item.id);
    });
  });
export type ChecklistTemplate = ChecklistTemplateItem[];

/** The defaults, from the sources (`workflow.md` "The agent's day"). */
export const DEFAULT_CHECKLIST_TEMPLATE: ChecklistTemplate = [
  { id: 'clock-in', part: 'start', text: 'Clock in', auto: null },
  { id: 'check-calendar', part: 'start', text: 'Check your calendar (Mondays: review this week’s scheduled hours)', auto: null },
  { id: 'open-help-desk', part: 'start', text: 'Open the help desk and chat (if on chat duty)', auto: null },
  { id: 'answer-waiting-chats', part: 'start', text: 'Answer waiting chats', auto: 'noChatWaiting' },
  { id: 'file-voicemail', part: 'start', text: 'Check voicemail and file into cases', auto: 'voicemailsFiled' },
  { id: 'file-email', part: 'start', text: 'Check email and file into cases', auto: 'emailFiled' },
  { id: 'take-unassigned', part: 'start', text: 'Take yours from Unassigned', auto: 'unassignedViewed' },
  { id: 'scan-misfiled', part: 'start', text: 'Scan My cases for misfiled cases', auto: null },
  { id: 'answer-incoming-chats', part: 'middle', text: 'Answer incoming chats', auto: null },
  { id: 'shared-mailboxes', part: 'middle', text: 'Check the shared mailboxes every 2 hours', auto: null },
  {
    id: 'downtime-tasks',
    part: 'middle',
    text: 'Downtime tasks: onboarding data, renewals, documentation, new solutions in the resolution documentation',
    auto: null,
  },
  { id: 'long-held-engineering', part: 'middle', text: 'Scan for long-held engineering cases', auto: null },
  { id: 'sla-upkeep', part: 'middle', text: 'SLA upkeep block (In a meeting; send check-ins to aging cases)', auto: null },
  { id: 'end-unassigned', part: 'end', text: 'Take and answer yours from Unassigned', auto: null },
  { id: 'few-our-turn', part: 'end', text: 'Leave as few Our turn cases as possible', auto: 'ourTurnLowest' },
  { id: 'set-unavailable', part: 'end', text: 'Set status Unavailable', auto: 'statusUnavailable' },
];

/** One item of a day's checklist as kept: the template's item, and when and how it was ticked. */
export interface ChecklistDayItem {
  id: string;
  part: ChecklistPart;
  text: string;
  auto: ChecklistAutoRule | null;
  done: boolean;
  /** Epoch ms it was ticked; null when not done. */
  at: number | null;
  how: 'hand' | 'auto' | null;
  /** What the app saw ("no chat waiting at 09:20"), or null. */
  evidence: string | null;
  /** `ourTurnLowest` only: the day's lowest count of the agent's Our turn cases seen, and when. */
  lowest?: { count: number; at: number } | null;
}

export const checklistDayItemSchema = z.object({
  id: z.string().min(1, 'expected an item id'),
  part: z.enum(CHECKLIST_PARTS, { error: 'expected start, middle or end' }),
  text: z.string().min(1, 'the item’s text is empty'),
  auto: z.enum(CHECKLIST_AUTO_RULES).nullable().default(null),
  done: z.boolean({ error: 'expected true or false' }).default(false),
  at: z.number().int().nullable().default(null),
  how: z.enum(['hand', 'auto']).nullable().default(null),
  evidence: z.string().nullable().default(null),
  lowest: z.object({ count: z.number().int().nonnegative(), at: z.number().int() }).nullable().optional(),
});

/** A fresh day's items from the template. */
export function instantiate(template: readonly ChecklistTemplateItem[]): ChecklistDayItem[] {
  return template.map((t) => ({ id: t.id, part: t.part, text: t.text, auto: t.auto, done: false, at: null, how: null, evidence: null }));
}

/** The local date (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(at: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The wall-clock time (HH:MM) of an instant in a time zone. */
export function localTime(at: number, timeZone: string): string {
  const z = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone);
  return `${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
}

/** The day before a local date. */
export function dayBefore(day: string): string {
  return Temporal.PlainDate.from(day).subtract({ days: 1 }).toString();
}

/** What the app observed, at `now`. Counts absent were not looked at (the commit could not change them). */
export interface ChecklistFacts {
  now: number;
  /** The agent's time zone (the evidence's times). */
  timeZone: string;
  chatsWaiting?: number;
  voicemailsWaiting?: number;
  emailsWaiting?: number;
  status?: AgentStatus;
  /** Open cases assigned to the agent whose customer wrote last. */
  ourTurnMine?: number;
  /** The agent opened a view at `now`; with the last sweep recorded before it (null: none yet). */
  viewed?: { view: string; lastSweepAt: number | null };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why an auto item ticks on these facts (its evidence), or null when it does not. */
function evidenceFor(item: ChecklistDayItem, f: ChecklistFacts): string | null {
  const time = localTime(f.now, f.timeZone);
  switch (item.auto) {
    case 'noChatWaiting':
      return f.chatsWaiting === 0 ? `No chat waiting at ${time}` : null;
    case 'voicemailsFiled':
      return f.voicemailsWaiting === 0 ? `Every voicemail filed at ${time}` : null;
    case 'emailFiled':
      return f.emailsWaiting === 0 ? `Every email filed at ${time}` : null;
    case 'statusUnavailable':
      return f.status === 'unavailable' ? `Status set to Unavailable at ${time}` : null;
    case 'unassignedViewed': {
      if (f.viewed?.view !== 'unassigned') return null;
      const sweep = f.viewed.lastSweepAt;
      if (sweep !== null && sweep > f.now) return null;
      return sweep === null ? `Unassigned opened ${time} (no sweep recorded yet)` : `Unassigned opened ${time}, after the ${localTime(sweep, f.timeZone)} sweep`;
    }
    case 'ourTurnLowest': {
      if (f.status !== 'unavailable' || f.ourTurnMine === undefined) return null;
      const lowest = item.lowest?.count ?? f.ourTurnMine;
      if (f.ourTurnMine > lowest) return null;
      return `${plural(f.ourTurnMine, 'Our turn case', 'Our turn cases')} of yours at ${time}, the day’s lowest`;
    }
    case null:
      return null;
  }
}

/**
 * The items after observing `facts`: the `ourTurnLowest` item keeps the day's lowest count, and every
 * auto item not yet done whose fact holds is ticked (`how: 'auto'`) with the time and the evidence. An
 * item once ticked stays ticked (a chat arriving later does not undo "answer waiting chats"); only the
 * agent unticks by hand. `changed` is false when nothing is to be written.
 */
export function observe(items: readonly ChecklistDayItem[], facts: ChecklistFacts): { items: ChecklistDayItem[]; ticked: string[]; changed: boolean } {
  const ticked: string[] = [];
  let changed = false;
  const next = items.map((item) => {
    let it = item;
    if (it.auto === 'ourTurnLowest' && facts.ourTurnMine !== undefined) {
      const low = it.lowest ?? null;
      if (low === null || facts.ourTurnMine < low.count) {
        // The count before the drop is compared first: the day's lowest includes the count now.
        it = { ...it, lowest: { count: facts.ourTurnMine, at: facts.now } };
        changed = true;
      }
    }
    if (it.done || it.auto === null) return it;
    const evidence = evidenceFor(it, facts);
    if (evidence === null) return it;
    ticked.push(it.id);
    changed = true;
    return { ...it, done: true, at: facts.now, how: 'auto' as const, evidence };
  });
  return { items: next, ticked, changed };
}

/** Ticks (or unticks) an item by hand; null when the day has no such item. */
export function tickByHand(items: readonly ChecklistDayItem[], id: string, done: boolean, at: number): ChecklistDayItem[] | null {
  if (!items.some((i) => i.id === id)) return null;
  return items.map((i) =>
    i.id !== id ? i : done ? { ...i, done: true, at: i.done ? i.at : at, how: i.done ? i.how : 'hand', evidence: i.done ? i.evidence : null } : { ...i, done: false, at: null, how: null, evidence: null },
  );
}

/** Done and total, for the progress ring. */
export function progress(items: readonly Pick<ChecklistDayItem, 'done'>[]): { done: number; total: number } {
  return { done: items.filter((i) => i.done).length, total: items.length };
}
