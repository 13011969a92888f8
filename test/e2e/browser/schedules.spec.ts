import type { Locator, Page } from '@playwright/test';
import { expect, test, type ServedApp } from './fixtures';

/**
 * Schedules, reminders and SLA upkeep blocks in browser mode (docs/schedules.md). On the sample shift
 * Maya Okafor (a1, America/Chicago) is an agent and Jordan Pike (a2) the lead; the app's "now" is
 * Tuesday 2026-03-03 10:00 in Chicago. Screenshots with SHOTS_DIR: the Schedules screen at 1440 and 380 px.
 */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const MINUTE = 60_000;

/** A stand-in for the web Notification API (granted) that records what the app shows and can click it. */
async function recordWebNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: { title: string; body: string; click: () => void }[] = [];
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '', click: () => this.onclick?.() });
      }
      close() {}
    }
    Object.assign(window, { __notifications: shown });
    Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true, writable: true });
  });
}

type Recorded = { title: string; body: string; click: () => void }[];
const notificationsShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notifications: Recorded }).__notifications.map(({ title, body }) => ({ title, body })));
const clickNotification = (page: Page, title: string) =>
  page.evaluate((t) => (window as unknown as { __notifications: Recorded }).__notifications.find((n) => n.title === t)!.click(), title);

interface ExportedAgent {
  id: string;
  schedule?: Record<string, [string, string][]>;
  upkeepBlocks?: { day: string; start: string; minutes: number }[];
}
interface AuditEntry {
  at: string;
  by: string | null;
  action: string;
  subject: string | null;
  detail: Record<string, unknown>;
}

/** The workspace as the CLI exports it: the agent records and the audit list. */
async function exported(app: ServedApp): Promise<{ agents: ExportedAgent[]; audit: AuditEntry[] }> {
  const out = await app.cli(['export']);
  expect(out.code).toBe(0);
  const file = JSON.parse(out.stdout) as { agents: ExportedAgent[]; audit?: AuditEntry[] };
  return { agents: file.agents, audit: file.audit ?? [] };
}
const maya = async (app: ServedApp) => (await exported(app)).agents.find((a) => a.id === 'a1')!;

async function startAs(page: Page, app: ServedApp, name: string): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await page.getByTestId('profile-prompt').getByRole('button', { name: 'Choose your profile' }).click();
  const picker = page.getByRole('dialog', { name: 'Who are you?' });
  await picker.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByTestId('agent-menu')).toHaveAccessibleName(new RegExp(`^${name} · `));
}

/** Acts as another profile through the agent menu. */
async function switchTo(page: Page, name: string): Promise<void> {
  const menu = page.getByTestId('agent-menu');
  await menu.click();
  await page.getByRole('menuitem', { name: new RegExp(name) }).click();
  await expect(menu).toHaveAccessibleName(new RegExp(`^${name} · `));
}

async function openSchedules(page: Page): Promise<Locator> {
  await page.getByTestId('agent-menu').click();
  await page.getByRole('menuitem', { name: 'Schedules…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedules' });
  await expect(dialog.getByTestId('schedules-zone')).toBeVisible();
  return dialog;
}

/** Sets an upkeep block's day (an MUI select: the field, then the option). */
async function setBlockDay(page: Page, block: Locator, day: string): Promise<void> {
  await block.getByRole('combobox', { name: 'Day' }).click();
  await page.getByRole('listbox').getByRole('option', { name: day }).click();
}

/**
 * As the lead: Maya's Tuesday shift from 10:15 to 18:00 and upkeep blocks on Tuesday and Thursday at
 * 10:30 for an hour, saved through the Schedules screen (already open on Maya).
 */
async function saveMayasWeek(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByTestId('schedules-day-tue').fill('10:15-18:00');
  await dialog.getByTestId('schedules-week-save').click();
  await expect(dialog.getByTestId('schedules-week').getByRole('status')).toHaveText('Shifts saved; reminders follow them.');
  const upkeep = dialog.getByTestId('schedules-upkeep');
  await upkeep.getByTestId('schedules-block-add').click();
  await upkeep.getByTestId('schedules-block-add').click();
  const blocks = upkeep.getByTestId('schedules-block');
  await setBlockDay(page, blocks.nth(1), 'Thursday');
  for (const i of [0, 1]) await upkeep.getByTestId(`schedules-block-start-${i}`).fill('10:30');
  await upkeep.getByTestId('schedules-upkeep-save').click();
  await expect(upkeep.getByRole('status')).toHaveText('Upkeep blocks saved.');
}

test('as the lead: an agent’s weekly shifts and SLA upkeep blocks; a bad block is refused naming what was wrong, nothing saved; a good one is kept', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await startAs(page, app, 'Jordan Pike');
  const dialog = await openSchedules(page);

  // Maya's week, in her own time zone; no upkeep blocks yet; the lead may edit (no read-only note).
  await expect(dialog.getByTestId('schedules-zone')).toHaveText('Times are in Maya Okafor’s time zone, America/Chicago. Today: 08:00-16:30.');
  await expect(dialog.getByTestId('schedules-read-only')).toHaveCount(0);
  await expect(dialog.getByTestId('schedules-day-tue')).toHaveValue('08:00-16:30');
  await expect(dialog.getByTestId('schedules-day-sat')).toHaveValue('');
  const upkeep = dialog.getByTestId('schedules-upkeep');
  await expect(upkeep.getByTestId('schedules-upkeep-none')).toBeVisible();

  // Weekly shifts: two windows that overlap are refused by the core, naming the day; nothing saved.
  const week = dialog.getByTestId('schedules-week');
  await dialog.getByTestId('schedules-day-tue').fill('10:15-14:00, 13:00-18:00');
  await dialog.getByTestId('schedules-week-save').click();
  await expect(week.getByRole('alert')).toContainText(/^Not saved: .*tue/);
  await expect(week.getByRole('alert')).toContainText(/overlap/);
  expect((await maya(app)).schedule?.tue).toEqual([['08:00', '16:30']]);
  // A line that does not read as windows is refused before it is sent, naming the day.
  await dialog.getByTestId('schedules-day-tue').fill('10:15 till 18:00');
  await dialog.getByTestId('schedules-week-save').click();
  await expect(week.getByRole('alert')).toContainText('Not saved: Tuesday: write windows as 07:00-13:00');
  // A good one is saved: the line under the agent follows it.
  await dialog.getByTestId('schedules-day-tue').fill('10:15-18:00');
  await dialog.getByTestId('schedules-week-save').click();
  await expect(week.getByRole('status')).toHaveText('Shifts saved; reminders follow them.');
  await expect(week.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByTestId('schedules-zone')).toContainText('Today: 10:15-18:00.');

  // Upkeep: a block of 45 minutes is refused, naming the field and the rule.
  await upkeep.getByTestId('schedules-block-add').click();
  await upkeep.getByTestId('schedules-block-start-0').fill('10:30');
  await upkeep.getByTestId('schedules-block-minutes-0').fill('45');
  await upkeep.getByTestId('schedules-upkeep-save').click();
  const refusal = upkeep.getByTestId('schedules-upkeep-error');
  await expect(refusal).toContainText('Not saved: ');
  await expect(refusal).toContainText('blocks[0].minutes: a block lasts at least 60 minutes, got 45');
  expect((await maya(app)).upkeepBlocks).toBeUndefined();
  // An hour, but on one day only: refused, saying two days a week are needed.
  await upkeep.getByTestId('schedules-block-minutes-0').fill('60');
  await upkeep.getByTestId('schedules-upkeep-save').click();
  await expect(refusal).toContainText('blocks: SLA upkeep needs blocks on at least 2 different days a week, got 1');
  expect((await maya(app)).upkeepBlocks).toBeUndefined();
  // A second block on Thursday: saved.
  await upkeep.getByTestId('schedules-block-add').click();
  const blocks = upkeep.getByTestId('schedules-block');
  await setBlockDay(page, blocks.nth(1), 'Thursday');
  await upkeep.getByTestId('schedules-block-start-1').fill('14:00');
  await upkeep.getByTestId('schedules-block-minutes-1').fill('90');
  await upkeep.getByTestId('schedules-upkeep-save').click();
  await expect(upkeep.getByRole('status')).toHaveText('Upkeep blocks saved.');
  await expect(refusal).toHaveCount(0);
  await shot(page, 'schedules-1440');

  // Reopened, the screen shows what was kept.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  const again = await openSchedules(page);
  await expect(again.getByTestId('schedules-day-tue')).toHaveValue('10:15-18:00');
  await expect(again.getByTestId('schedules-block')).toHaveCount(2);
  await expect(again.getByTestId('schedules-block').nth(0).getByRole('combobox', { name: 'Day' })).toHaveText('Tuesday');
  await expect(again.getByTestId('schedules-block-start-0')).toHaveValue('10:30');
  await expect(again.getByTestId('schedules-block-minutes-0')).toHaveValue('60');
  await expect(again.getByTestId('schedules-block').nth(1).getByRole('combobox', { name: 'Day' })).toHaveText('Thursday');
  await expect(again.getByTestId('schedules-block-start-1')).toHaveValue('14:00');
  await expect(again.getByTestId('schedules-block-minutes-1')).toHaveValue('90');

  // The workspace file has them, and the audit list has both changes by Jordan.
  const file = await exported(app);
  const a1 = file.agents.find((a) => a.id === 'a1')!;
  expect(a1.schedule?.tue).toEqual([['10:15', '18:00']]);
  expect(a1.upkeepBlocks).toEqual([
    { day: 'tue', start: '10:30', minutes: 60 },
    { day: 'thu', start: '14:00', minutes: 90 },
  ]);
  expect(file.audit.filter((e) => e.action === 'schedule.set' || e.action === 'schedule.setUpkeep').map((e) => [e.action, e.by, e.subject])).toEqual([
    ['schedule.set', 'a2', 'a1'],
    ['schedule.setUpkeep', 'a2', 'a1'],
  ]);

  // On a phone the screen takes the whole width, nothing wider than it.
  await page.setViewportSize({ width: 380, height: 800 });
  await expect(again.getByTestId('schedules-week-save')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  await shot(page, 'schedules-380');
  await again.getByTestId('schedules-upkeep-save').scrollIntoViewIfNeeded();
  await expect(again.getByTestId('schedules-upkeep-save')).toBeInViewport();
  await shot(page, 'schedules-380-upkeep');

  // Another agent, in another time zone, is shown in theirs.
  await again.getByRole('combobox', { name: 'Agent' }).click();
  await page.getByRole('listbox').getByRole('option', { name: 'Priya Raman' }).click();
  await expect(again.getByTestId('schedules-zone')).toHaveText('Times are in Priya Raman’s time zone, America/New_York. Today: 10:00-18:00.');
});

test('as the agent: the shift start reminds; the upkeep block sets In a meeting and its notification opens Aging for the bulk check-in; the block’s end puts the status back', async ({ page, app }) => {
  test.setTimeout(120_000);
  await recordWebNotifications(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await startAs(page, app, 'Jordan Pike');
  await saveMayasWeek(page, await openSchedules(page));
  await page.getByRole('dialog', { name: 'Schedules' }).getByRole('button', { name: 'Close' }).click();

  // Maya uses this computer; she sees her schedule read-only.
  await switchTo(page, 'Maya Okafor');
  const agentMenu = page.getByTestId('agent-menu');
  await expect(agentMenu).toHaveAccessibleName('Maya Okafor · Available');
  const dialog = await openSchedules(page);
  await expect(dialog.getByTestId('schedules-read-only')).toContainText('Only leads can change schedules');
  await expect(dialog.getByTestId('schedules-day-tue')).toBeDisabled();
  await expect(dialog.getByTestId('schedules-week-save')).toHaveCount(0);
  await expect(dialog.getByTestId('schedules-upkeep-save')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // 10:20: her shift has started (10:15).
  await app.advanceClock(20 * MINUTE);
  await expect.poll(() => notificationsShown(page)).toContainEqual({
    title: 'Your shift starts',
    body: 'Shift 10:15-18:00: clock in and work through the start-of-day checklist.',
  });
  await expect(agentMenu).toHaveAccessibleName('Maya Okafor · Available');

  // 10:35: the upkeep block (10:30-11:30) has started: she is In a meeting, and told so.
  await app.advanceClock(15 * MINUTE);
  await expect(agentMenu).toHaveAccessibleName('Maya Okafor · In a meeting');
  await expect.poll(() => notificationsShown(page)).toContainEqual({
    title: 'SLA upkeep block',
    body: 'Until 11:30: you are In a meeting. Send check-ins to the aging cases (Aging view, bulk check-in).',
  });

  // Clicking the notification opens Aging, ready for the bulk check-in: tick cases, Check in….
  await page.getByTestId('nav-all').click();
  await clickNotification(page, 'SLA upkeep block');
  await expect(page.getByTestId('nav-aging')).toHaveAttribute('aria-selected', 'true');
  const bar = page.getByTestId('check-in-bar');
  await expect(bar).toContainText('Tick cases to check in on several at once.');
  const rows = page.getByTestId('queue-row');
  await rows.nth(0).getByTestId('queue-row-check').check();
  await rows.nth(1).getByTestId('queue-row-check').check();
  await expect(bar).toContainText('2 cases ticked');
  await expect(page.getByTestId('check-in-open')).toBeVisible();
  await shot(page, 'upkeep-aging-1440');

  // Recorded by the app (nobody), with the reason.
  let audit = (await exported(app)).audit.filter((e) => e.action === 'agent.status' && e.subject === 'a1');
  expect(audit.map((e) => [e.by, e.detail.from, e.detail.to, e.detail.reason])).toEqual([[null, 'available', 'in_a_meeting', 'SLA upkeep block started']]);

  // 11:35: the block is over; her status is back to Available.
  await app.advanceClock(60 * MINUTE);
  await expect(agentMenu).toHaveAccessibleName('Maya Okafor · Available');
  await expect.poll(() => notificationsShown(page)).toContainEqual({ title: 'SLA upkeep block over', body: 'Your status is back to what it was before the block.' });
  audit = (await exported(app)).audit.filter((e) => e.action === 'agent.status' && e.subject === 'a1');
  expect(audit.map((e) => [e.by, e.detail.to, e.detail.reason])).toEqual([
    [null, 'in_a_meeting', 'SLA upkeep block started'],
    [null, 'available', 'SLA upkeep block ended'],
  ]);
  // Each reminder came once.
  const titles = (await notificationsShown(page)).map((n) => n.title);
  expect(titles.filter((t) => t === 'Your shift starts')).toHaveLength(1);
  expect(titles.filter((t) => t === 'SLA upkeep block')).toHaveLength(1);
});

test('the sweep interval is the team’s: an agent is told only leads change it; the lead changes it, and the agent sees the new interval', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await startAs(page, app, 'Maya Okafor');

  // Maya, an agent: the line above Unassigned says who sets the interval, and offers no change.
  await page.getByTestId('nav-unassigned').click();
  const line = page.getByTestId('sweep-line');
  await expect(line).toContainText(/every 15 min/);
  await expect(line.getByTestId('sweep-interval-who')).toHaveText('Interval set by the team’s leads');
  await expect(line.getByRole('button', { name: 'Change interval' })).toHaveCount(0);

  // Jordan, the lead: changes it to 10 minutes; an interval outside 5-60 is refused first.
  await switchTo(page, 'Jordan Pike');
  await expect(line.getByTestId('sweep-interval-who')).toHaveCount(0);
  await line.getByRole('button', { name: 'Change interval' }).click();
  const input = page.getByTestId('sweep-interval-input');
  await input.fill('90');
  await page.getByTestId('sweep-interval-save').click();
  await expect(page.getByTestId('sweep-interval-form')).toContainText('60');
  await input.fill('10');
  await page.getByTestId('sweep-interval-save').click();
  await expect(page.getByTestId('sweep-interval-form')).toBeHidden();
  await expect(line).toContainText(/every 10 min/);
  const audit = (await exported(app)).audit.filter((e) => e.action === 'sweep.setInterval');
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ by: 'a2' });

  // Back to Maya: the team's new interval, still not hers to change.
  await switchTo(page, 'Maya Okafor');
  await expect(line).toContainText(/every 10 min/);
  await expect(line.getByTestId('sweep-interval-who')).toBeVisible();
  await expect(line.getByRole('button', { name: 'Change interval' })).toHaveCount(0);
});
