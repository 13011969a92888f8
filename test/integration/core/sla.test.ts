import { afterEach, describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../shared/contract/models';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';

/**
 * SLA deadlines on every work item (issue 3, "Deadlines on every case"): stored when the case
 * changes, state and remaining time computed on read from the core's clock.
 * Calendar: America/Chicago, Mon-Fri 09:00-17:00. 2026-03-03 is a Tuesday (CST, UTC-6).
 */
const at = (local: string) => Date.parse(`${local}-06:00`);

const workspace = (calendarWeek: Record<string, string[][]>) => ({
  format: 'shiftdesk-workspace',
  version: 1,
  calendar: { timeZone: 'America/Chicago', hoursPerBusinessDay: 8, week: calendarWeek, holidays: [] },
  agents: [{ id: 'a1', name: 'Riley Park', timeZone: 'America/Chicago' }],
  cases: [
    // No reply yet: first_response, 2 business hours from 09:30 -> 11:30.
    { id: 'k1', key: 'C-1', subject: 'New, no reply', type: 'request_for_service', status: 'new', priority: 'P4', channel: 'email', createdAt: '2026-03-03T09:30:00-06:00' },
    // P2 with no reply yet: first_response (11:00) is earlier than urgent (next day 09:00).
    { id: 'k2', key: 'C-2', subject: 'Blocker', type: 'bug', status: 'pending_development', priority: 'P2', channel: 'email', createdAt: '2026-03-03T09:00:00-06:00' },
    // Replied Monday 16:00 CST (22:00Z); Pending Input: 21 days of real time from the reply (DST on 8 March does not shift it).
    { id: 'k3', key: 'C-3', subject: 'Waiting on customer', type: 'admin_task', status: 'pending_input', priority: 'P6', channel: 'email', createdAt: '2026-03-02T10:00:00-06:00' },
    { id: 'k4', key: 'C-4', subject: 'Closed', type: 'admin_task', status: 'closed', priority: 'P6', channel: 'email', createdAt: '2026-03-02T10:00:00-06:00' },
  ],
  events: [{ caseId: 'k3', at: '2026-03-02T16:00:00-06:00', kind: 'public_reply', by: 'a1', body: 'Could you send the invoice number?' }],
  interactions: [
    { id: 'v1', channel: 'voicemail', state: 'waiting', since: '2026-03-03T10:00:00-06:00', subject: 'Voicemail' },
    { id: 'p1', channel: 'phone', state: 'waiting', since: '2026-03-03T10:58:00-06:00', subject: 'Call' },
  ],
});

const WEEKDAYS = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] };

let t: TestCore;
afterEach(() => t.cleanup());

async function queue(): Promise<Record<string, WorkItem>> {
  const { items } = await t.call('queue.list', { view: 'all', limit: 100 });
  return Object.fromEntries(items.map((i) => [i.key, i]));
}

describe('SLA on queue items', () => {
  it('gives every open case and unfiled voicemail its deadline, class and clock; live calls and closed cases none', async () => {
    t = openTestCore({ clock: createFakeClock(at('2026-03-03T10:00:00')) });
    await t.call('workspace.import', { content: JSON.stringify(workspace(WEEKDAYS)) });
    const q = await queue();
    expect(q['C-1']!.sla).toMatchObject({ class: 'first_response', clock: 'business', deadline: '2026-03-03T17:30:00Z', state: 'ok', remainingMinutes: 90 });
    expect(q['C-2']!.sla).toMatchObject({ class: 'first_response', deadline: '2026-03-03T17:00:00Z' });
    expect(q['C-3']!.sla).toMatchObject({ class: 'pending_customer', clock: 'calendar', deadline: '2026-03-23T22:00:00Z' });
    expect(q['v1']!.sla).toMatchObject({ class: 'first_response', deadline: '2026-03-03T18:00:00Z' });
    expect(q['p1']!.sla).toBeNull();
    expect(q['C-4']).toBeUndefined();
  });

  it('reads state and remaining time as of the clock: warning at 75 %, breached with negative remaining', async () => {
    t = openTestCore({ clock: createFakeClock(at('2026-03-03T11:00:00')) });
    await t.call('workspace.import', { content: JSON.stringify(workspace(WEEKDAYS)) });
    // C-1: 90 of 120 business minutes used at 11:00 -> warning.
    expect((await queue())['C-1']!.sla).toMatchObject({ state: 'warning', remainingMinutes: 30 });
    t.clock.advanceTo(at('2026-03-03T11:45:00'));
    expect((await queue())['C-1']!.sla).toMatchObject({ state: 'breached', remainingMinutes: -15 });
  });

  it('orders voicemail and email by deadline: the breached and the nearest first', async () => {
    t = openTestCore({ clock: createFakeClock(at('2026-03-03T11:10:00')) });
    await t.call('workspace.import', { content: JSON.stringify(workspace(WEEKDAYS)) });
    const { items } = await t.call('queue.list', { view: 'all', limit: 100 });
    expect(items.map((i) => i.key)).toEqual(['p1', 'v1', 'C-2', 'C-1', 'C-3']);
    expect(items[2]!.sla?.state).toBe('breached');
  });

  it('recomputes every deadline when the calendar changes', async () => {
    t = openTestCore({ clock: createFakeClock(at('2026-03-03T10:00:00')) });
    await t.call('workspace.import', { content: JSON.stringify(workspace(WEEKDAYS)) });
    // The same file, now open only from 10:00 on Tuesdays: C-1's 2 business hours end at 12:00.
    const later = workspace({ ...WEEKDAYS, tue: [['10:00', '17:00']] });
    await t.call('workspace.import', { content: JSON.stringify(later) });
    expect((await queue())['C-1']!.sla).toMatchObject({ deadline: '2026-03-03T18:00:00Z' });
  });

  it('shows the timer and "last sent to customer (days)" on the case', async () => {
    t = openTestCore({ clock: createFakeClock(at('2026-03-05T11:00:00')) });
    await t.call('workspace.import', { content: JSON.stringify(workspace(WEEKDAYS)) });
    const c3 = await t.call('cases.get', { id: 'k3' });
    expect(c3.sla).toMatchObject({ class: 'pending_customer', state: 'ok', clock: 'calendar' });
    // Replied Monday 16:00; Thursday 11:00 in Chicago is 3 calendar days later.
    expect(c3.lastSentDays).toBe(3);
    const c1 = await t.call('cases.get', { id: 'k1' });
    expect(c1.sla).toMatchObject({ class: 'first_response', state: 'breached' });
    expect(c1.lastSentDays).toBeNull();
  });
});
