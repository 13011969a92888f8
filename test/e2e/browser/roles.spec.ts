import type { Locator, Page } from '@playwright/test';
import { E2E_NOW, expect, test, type ServedApp } from './fixtures';

/**
 * Who I am, what only a lead may do, end of day and the team board, in browser mode (docs/roles.md).
 * On the sample shift: Maya Okafor (a1) and Priya Raman (a3) are agents, Jordan Pike (a2) the lead.
 * Screenshots with SHOTS_DIR: the profile question at 380 px, the team board at 1440 and 380 px.
 */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const MINUTE = 60_000;

interface AuditEntry {
  at: string;
  by: string | null;
  action: string;
  subject: string | null;
  detail: Record<string, unknown>;
}

/** The workspace's audit list as the CLI exports it (the screens do not show it). */
async function auditList(app: ServedApp): Promise<AuditEntry[]> {
  const out = await app.cli(['export']);
  expect(out.code).toBe(0);
  return ((JSON.parse(out.stdout) as { audit?: AuditEntry[] }).audit ?? []);
}

async function startSampleShift(page: Page, app: ServedApp): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
}

/** Says who uses this computer through the profile question's picker. */
async function chooseProfile(page: Page, name: string): Promise<void> {
  await page.getByTestId('profile-prompt').getByRole('button', { name: 'Choose your profile' }).click();
  const picker = page.getByRole('dialog', { name: 'Who are you?' });
  await picker.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByTestId('profile-prompt')).toBeHidden();
}

/** The value shown for a case field (the <dd> after its label). */
const fieldValue = (detail: Locator, label: string) => detail.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

test('first run: the profile question asks who uses this computer; the agent picks their profile and the app bar shows them', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 380, height: 800 });
  await startSampleShift(page, app);

  // Until someone says who they are, the first agent stands in, and the line under the app bar says so.
  const prompt = page.getByTestId('profile-prompt');
  await expect(prompt).toContainText('Who are you on this computer? Until you choose, you act as Maya Okafor.');
  const agentMenu = page.getByTestId('agent-menu');
  await expect(agentMenu).toHaveAccessibleName('Maya Okafor · Available');
  await expect(prompt.getByRole('button', { name: 'Choose your profile' })).toBeInViewport();
  await shot(page, 'profile-prompt-380');

  // The picker lists the workspace's profiles (the lead marked), and says it is not a sign-in.
  await prompt.getByRole('button', { name: 'Choose your profile' }).click();
  const picker = page.getByRole('dialog', { name: 'Who are you?' });
  await expect(picker).toContainText('Not a sign-in');
  const profiles = picker.getByRole('list', { name: 'Profiles' }).getByRole('button');
  await expect(profiles).toHaveCount(5);
  await expect(profiles.filter({ hasText: 'Jordan Pike · Lead' })).toHaveCount(1);
  await expect(profiles.filter({ hasText: 'Priya Raman' })).toContainText('America/New_York');
  await shot(page, 'profile-picker-380');

  // Priya picks hers: the question goes, the app bar names her with her status.
  await profiles.filter({ hasText: 'Priya Raman' }).click();
  await expect(picker).toBeHidden();
  await expect(prompt).toBeHidden();
  await expect(agentMenu).toHaveAccessibleName('Priya Raman · In a meeting');

  // The choice is kept on this computer: the next visit does not ask again.
  await page.reload();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(agentMenu).toHaveAccessibleName('Priya Raman · In a meeting');
  await expect(prompt).toBeHidden();

  // Wide, the app bar shows her name and status in words.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(agentMenu).toContainText('Priya Raman · In a meeting');
});

test('as an agent: reassigning an owned case is refused under the field and nothing changes; no lead-only entries; End of day sets Unavailable, recorded', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await startSampleShift(page, app);
  await chooseProfile(page, 'Maya Okafor');
  const agentMenu = page.getByTestId('agent-menu');
  await expect(agentMenu).toHaveAccessibleName('Maya Okafor · Available');

  // Maya's own case, to be given to Priya: only a lead reassigns a case that has an owner.
  await page.getByTestId('nav-my').click();
  await page.locator('[data-testid="queue-row"][data-channel="email"]').first().click();
  const detail = page.getByTestId('case-detail');
  const key = (await detail.getByTestId('case-key').textContent())!.trim();
  const assignee = fieldValue(detail, 'Assignee');
  await expect(assignee).toContainText('Maya Okafor');
  await detail.getByRole('button', { name: 'Edit assignee' }).click();
  await detail.getByRole('combobox', { name: 'Assignee' }).selectOption({ label: 'Priya Raman' });
  await detail.getByRole('button', { name: 'Save' }).click();
  const refusal = detail.getByTestId('field-error');
  await expect(refusal).toContainText(`Assignee not changed: assignee: only a lead reassigns a case that has an owner (${key} is Maya Okafor's; Maya Okafor is an agent): ask a lead`);
  await expect(assignee).toContainText('Maya Okafor');
  await expect(assignee).not.toContainText('Priya Raman');
  // Nothing changed in the workspace either, and no reassignment was recorded.
  const shown = await app.cli(['case', 'show', key]);
  expect(shown.stdout).toMatch(/^Assignee: Maya Okafor$/m);
  expect((await auditList(app)).filter((e) => e.action === 'case.reassign')).toEqual([]);

  // The agent menu offers no lead-only entries (team board, sweep log).
  await agentMenu.click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /End of day/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Schedules…' })).toBeVisible();
  await expect(menu.getByTestId('open-team-board')).toHaveCount(0);
  await expect(menu.getByTestId('open-sweep-log')).toHaveCount(0);

  // End of day: one action, and the app bar says Unavailable.
  await menu.getByRole('menuitem', { name: /End of day/ }).click();
  await expect(agentMenu).toHaveAccessibleName('Maya Okafor · Unavailable');
  await expect(agentMenu).toContainText('Maya Okafor · Unavailable');

  // Recorded: by Maya, about Maya, at the app's "now", from Available to Unavailable.
  const statusChanges = (await auditList(app)).filter((e) => e.action === 'agent.status');
  expect(statusChanges).toHaveLength(1);
  expect(statusChanges[0]).toMatchObject({ by: 'a1', subject: 'a1', detail: { from: 'available', to: 'unavailable' } });
  expect(Math.abs(Date.parse(statusChanges[0]!.at) - E2E_NOW)).toBeLessThan(10 * MINUTE);

  // An agent sets only their own status: the core refuses a colleague's (here from the command line).
  const refused = await app.cli(['status', '--agent', 'a3', 'available', '--by', 'a1']);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/an agent sets only their own status/);
  expect((await auditList(app)).filter((e) => e.action === 'agent.status')).toHaveLength(1);
});

test('as lead Jordan Pike: the team board lists every agent with status, schedule today, open and at-risk items, and the sweep log', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await startSampleShift(page, app);

  // Maya ends her day on this computer first; then Jordan, the lead, takes it.
  await chooseProfile(page, 'Maya Okafor');
  const agentMenu = page.getByTestId('agent-menu');
  await agentMenu.click();
  await page.getByRole('menuitem', { name: /End of day/ }).click();
  await expect(agentMenu).toHaveAccessibleName('Maya Okafor · Unavailable');
  await agentMenu.click();
  await page.getByRole('menuitem', { name: /Jordan Pike/ }).click();
  await expect(agentMenu).toHaveAccessibleName('Jordan Pike · Available');

  // A sweep runs (the first one of a new workspace comes within the core's periodic check).
  await app.advanceClock(2 * MINUTE);

  await agentMenu.click();
  await page.getByRole('menuitem', { name: 'Team board…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Team board/ });
  await expect(dialog).toHaveAccessibleName('Team board · 2026-03-03');
  const board = dialog.getByTestId('team-board');
  const row = (id: string) => board.getByTestId(`board-agent-${id}`);
  await expect(board.locator('[data-testid^="board-agent-"]')).toHaveCount(5);

  // Each agent: status, schedule today in their own time zone (and on shift or not), open items.
  await expect(row('a1')).toContainText('Maya Okafor');
  await expect(row('a1')).toContainText('Unavailable');
  await expect(row('a1')).toContainText('08:00–16:30');
  await expect(row('a1')).toContainText('America/Chicago · on shift now');
  await expect(row('a2')).toContainText('Jordan Pike');
  await expect(row('a2')).toContainText('Lead');
  await expect(row('a2')).toContainText('Available');
  await expect(row('a3')).toContainText('In a meeting');
  await expect(row('a3')).toContainText('10:00–18:00');
  await expect(row('a3')).toContainText('America/New_York · on shift now');
  await expect(row('a4')).toContainText('On leave');
  await expect(row('a4')).toContainText('07:00–15:30');
  await expect(row('a5')).toContainText('Unavailable');
  await expect(row('a5')).toContainText('12:00–20:00');
  await expect(row('a5')).not.toContainText('on shift now');
  for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) await expect(row(id)).toContainText(/\d+ open/);
  // Somebody's work is in warning or breached on the sample shift.
  await expect(board.getByText(/^\d+ in warning or breached$/).first()).toBeVisible();
  await expect(board).toContainText(/\d+ unassigned · 1 of 5 available/);
  // Nobody is on queue monitor duty yet, and the field says so.
  await expect(board.getByRole('combobox', { name: 'Queue monitor today' })).toHaveText('Nobody');

  // The sweep log: the sweep just run, when and what it found.
  const sweeps = board.getByRole('list', { name: 'Sweep log' }).getByRole('listitem');
  await expect(sweeps).toHaveCount(1);
  await expect(sweeps.first()).toContainText(/^Tue 10:0\d · Jordan Pike · \d+ waiting, \d+ new, \d+ in warning, \d+ breached$/);
  await shot(page, 'team-board-1440');

  // On a phone: one card per agent, nothing wider than the screen.
  await page.setViewportSize({ width: 380, height: 800 });
  await expect(row('a3')).toBeVisible();
  await expect(row('a3')).toContainText('10:00–18:00 (America/New_York) · on shift now');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(380);
  await shot(page, 'team-board-380');
  await row('a5').scrollIntoViewIfNeeded();
  await shot(page, 'team-board-380-end');

  // The audit list (read from the workspace file: the screens do not show it) has Maya's end of day
  // with who and when, and Jordan choosing the lead's profile on this computer.
  const audit = await auditList(app);
  expect(audit.find((e) => e.action === 'agent.status')).toMatchObject({ by: 'a1', subject: 'a1', detail: { from: 'available', to: 'unavailable' } });
  expect(audit.find((e) => e.action === 'session.lead')).toMatchObject({ by: 'a2', subject: 'a2' });
});
