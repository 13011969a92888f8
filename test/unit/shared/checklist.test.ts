import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHECKLIST_TEMPLATE,
  checklistTemplateSchema,
  instantiate,
  localDay,
  observe,
  progress,
  tickByHand,
  type ChecklistDayItem,
} from '../../../shared/domain/checklist';

/** 09:20 in Chicago (CST) on Tuesday 2026-03-03. */
const AT = Date.parse('2026-03-03T15:20:00Z');
const ZONE = 'America/Chicago';
const fresh = () => instantiate(DEFAULT_CHECKLIST_TEMPLATE);
const item = (items: ChecklistDayItem[], id: string) => items.find((i) => i.id === id)!;

describe('the default template', () => {
  it('has the spec’s three parts, with auto rules only on items the app can observe', () => {
    const parts = new Set(DEFAULT_CHECKLIST_TEMPLATE.map((i) => i.part));
    expect([...parts]).toEqual(['start', 'middle', 'end']);
    expect(DEFAULT_CHECKLIST_TEMPLATE.filter((i) => i.auto !== null).map((i) => i.auto)).toEqual([
      'noChatWaiting',
      'voicemailsFiled',
      'emailFiled',
      'unassignedViewed',
      'ourTurnLowest',
      'statusUnavailable',
    ]);
    expect(checklistTemplateSchema.safeParse(DEFAULT_CHECKLIST_TEMPLATE).success).toBe(true);
  });

  it('refuses a template with a duplicate id or an empty text, naming the path', () => {
    const bad = checklistTemplateSchema.safeParse([
      { id: 'a', part: 'start', text: 'One' },
      { id: 'a', part: 'end', text: 'Two' },
      { id: 'b', part: 'middle', text: '  ' },
    ]);
    expect(bad.success).toBe(false);
    const issues = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain('1.id: the id a is used twice');
    expect(issues).toContain('2.text: the item’s text is empty');
  });
});

describe('auto-ticks from observed facts', () => {
  it('ticks answering chats, voicemail and email when none waits, with the time in the agent’s zone', () => {
    const seen = observe(fresh(), { now: AT, timeZone: ZONE, chatsWaiting: 0, voicemailsWaiting: 2, emailsWaiting: 0 });
    expect(seen.ticked).toEqual(['answer-waiting-chats', 'file-email']);
    expect(item(seen.items, 'answer-waiting-chats')).toMatchObject({ done: true, at: AT, how: 'auto', evidence: 'No chat waiting at 09:20' });
    expect(item(seen.items, 'file-email').evidence).toBe('Every email filed at 09:20');
    expect(item(seen.items, 'file-voicemail').done).toBe(false);
  });

  it('does not look at facts a commit could not change (absent counts tick nothing)', () => {
    const seen = observe(fresh(), { now: AT, timeZone: ZONE, status: 'available' });
    expect(seen).toMatchObject({ ticked: [], changed: false });
  });

  it('keeps an auto tick when the fact stops holding (a new chat arrives)', () => {
    const first = observe(fresh(), { now: AT, timeZone: ZONE, chatsWaiting: 0 });
    const later = observe(first.items, { now: AT + 60_000, timeZone: ZONE, chatsWaiting: 3 });
    expect(item(later.items, 'answer-waiting-chats')).toMatchObject({ done: true, at: AT });
    expect(later.changed).toBe(false);
  });

  it('ticks Unassigned only when it is opened after the last sweep, naming the sweep', () => {
    const other = observe(fresh(), { now: AT, timeZone: ZONE, viewed: { view: 'my', lastSweepAt: AT - 20 * 60_000 } });
    expect(other.ticked).toEqual([]);
    const before = observe(fresh(), { now: AT, timeZone: ZONE, viewed: { view: 'unassigned', lastSweepAt: AT + 60_000 } });
    expect(before.ticked).toEqual([]);
    const after = observe(fresh(), { now: AT, timeZone: ZONE, viewed: { view: 'unassigned', lastSweepAt: AT - 20 * 60_000 } });
    expect(item(after.items, 'take-unassigned').evidence).toBe('Unassigned opened 09:20, after the 09:00 sweep');
    const none = observe(fresh(), { now: AT, timeZone: ZONE, viewed: { view: 'unassigned', lastSweepAt: null } });
    expect(item(none.items, 'take-unassigned').evidence).toBe('Unassigned opened 09:20 (no sweep recorded yet)');
  });

  it('ticks status Unavailable when the status is Unavailable', () => {
    const seen = observe(fresh(), { now: AT, timeZone: ZONE, status: 'unavailable' });
    expect(item(seen.items, 'set-unavailable')).toMatchObject({ done: true, evidence: 'Status set to Unavailable at 09:20' });
  });

  it('tracks the day’s lowest Our turn count and ticks it at the end of the shift only when the count is back at that lowest', () => {
    let items = observe(fresh(), { now: AT, timeZone: ZONE, ourTurnMine: 5, status: 'available' }).items;
    items = observe(items, { now: AT + 3600_000, timeZone: ZONE, ourTurnMine: 2, status: 'available' }).items;
    expect(item(items, 'few-our-turn')).toMatchObject({ done: false, lowest: { count: 2, at: AT + 3600_000 } });
    // End of the shift with more than the day's lowest: not ticked.
    const higher = observe(items, { now: AT + 7 * 3600_000, timeZone: ZONE, ourTurnMine: 4, status: 'unavailable' });
    expect(item(higher.items, 'few-our-turn').done).toBe(false);
    expect(item(higher.items, 'set-unavailable').done).toBe(true);
    // Back down to the lowest while Unavailable: ticked, with the count.
    const lowest = observe(higher.items, { now: AT + 7.5 * 3600_000, timeZone: ZONE, ourTurnMine: 2, status: 'unavailable' });
    expect(item(lowest.items, 'few-our-turn')).toMatchObject({ done: true, how: 'auto', evidence: '2 Our turn cases of yours at 16:50, the day’s lowest' });
  });
});

describe('hand ticks and the day', () => {
  it('ticks and unticks by hand; an unknown item is null', () => {
    const ticked = tickByHand(fresh(), 'clock-in', true, AT)!;
    expect(item(ticked, 'clock-in')).toMatchObject({ done: true, at: AT, how: 'hand', evidence: null });
    expect(progress(ticked)).toEqual({ done: 1, total: DEFAULT_CHECKLIST_TEMPLATE.length });
    expect(item(tickByHand(ticked, 'clock-in', false, AT + 1)!, 'clock-in')).toMatchObject({ done: false, at: null, how: null });
    expect(tickByHand(ticked, 'nope', true, AT)).toBeNull();
  });

  it('a local day is the agent’s own: 01:30 UTC is still yesterday in Chicago and already today in Berlin', () => {
    const at = Date.parse('2026-03-04T01:30:00Z');
    expect(localDay(at, 'America/Chicago')).toBe('2026-03-03');
    expect(localDay(at, 'Europe/Berlin')).toBe('2026-03-04');
  });
});
