import type { Page } from '@playwright/test';
import { expect, scrollQueueUntilDrawn, test } from './fixtures';

/**
 * The handoff before leave and the welcome back, in browser mode (docs/handoff.md): the sample's lead,
 * Jordan Pike, prepares Maya Okafor's week of leave, writes a hand-off note, gives a case to another
 * colleague, copies the team email and approves; the cases show their new owners. During the leave
 * Jordan works one of them; when Maya is back she sees what happened. Screenshots at 1440 and 380 px
 * with SHOTS_DIR.
 */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const NOTE = 'Reproduced on the Hillcrest roof; dev ticket DEV-2231 has the steps. Customer expects news by Wednesday.';

test('a lead hands a week of leave over, the cases change owners, and the agent is welcomed back with what happened', async ({ page, app, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  // Only a lead sees the handoff: become Jordan Pike.
  await expect(page.getByTestId('open-handoff')).toHaveCount(0);
  const agentMenu = page.getByTestId('agent-menu');
  await agentMenu.click();
  await page.getByRole('menuitem', { name: /Jordan Pike/ }).click();
  await expect(agentMenu).toHaveAccessibleName(/^Jordan Pike/);

  // Maya Okafor, on leave Monday 9 to Friday 13 March.
  await page.getByTestId('open-handoff').click();
  const dialog = page.getByRole('dialog', { name: 'Handoff before leave' });
  await dialog.getByRole('combobox', { name: 'Agent going on leave' }).click();
  await page.getByRole('option', { name: 'Maya Okafor' }).click();
  await dialog.getByLabel('First day of leave').fill('2026-03-09');
  await dialog.getByLabel('Last day of leave').fill('2026-03-13');

  // Her open cases, most urgent first, with what falls due while she is away.
  await expect(dialog).toContainText('Maya Okafor (Available, America/Chicago): 19 open cases');
  const cases = dialog.getByRole('list', { name: 'Cases to hand off' }).getByRole('listitem').filter({ has: page.getByRole('combobox', { name: 'New owner' }) });
  await expect(cases).toHaveCount(19);
  const first = dialog.getByTestId('handoff-case-C-1031');
  await expect(cases.first()).toContainText('C-1031');
  await expect(first).toContainText('Panel count resets after undo in the roof editor');
  await expect(first).toContainText('SLA at the start: in warning');
  await expect(first).toContainText('SLA deadline: Monday, 9 March 2026 at 13:59');
  const closing = dialog.getByTestId('handoff-case-C-1025');
  await expect(closing).toContainText('Closes (7 days after resolution): Monday, 9 March 2026 at 14:24');
  const other = dialog.getByTestId('handoff-case-C-1017');
  await expect(other).toContainText('Nothing falls due during the leave');
  // The proposal: Jordan, the least loaded.
  await expect(first.getByRole('combobox', { name: 'New owner' })).toHaveText('Jordan Pike · 5 open · 42.5 h · proposed');
  await expect(other.getByRole('combobox', { name: 'New owner' })).toHaveText(/^Jordan Pike .* proposed$/);

  // A hand-off note on the first; the second goes to Priya Raman instead. Luis (on leave now) cannot
  // take cases.
  await first.getByRole('textbox', { name: /Hand-off note/ }).fill(NOTE);
  await other.getByRole('combobox', { name: 'New owner' }).click();
  await expect(page.getByRole('option', { name: /Luis Ortega.*On leave now/ })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('option', { name: /^Priya Raman/ }).click();
  await expect(other.getByRole('combobox', { name: 'New owner' })).toHaveText(/^Priya Raman · 8 open/);
  await shot(page, 'handoff-sheet-1440');

  // The team email, copied: it carries the note and the new owner.
  await dialog.getByRole('button', { name: 'Copy the team email' }).click();
  await expect(dialog.getByRole('button', { name: 'Email copied' })).toBeVisible();
  const email = await page.evaluate(() => navigator.clipboard.readText());
  expect(email).toContain('Subject: Handoff: Maya Okafor, on leave 2026-03-09 to 2026-03-13 (19 cases)');
  expect(email).toMatch(/C-1031 - Panel count resets after undo in the roof editor \(Pending Development\)\n\s+New owner: Jordan Pike\n.*\n\s+Validation done so far: Reproduced on the Hillcrest roof/);
  expect(email).toMatch(/C-1017 - Racking bill of materials double-counts rail splices \(Staging Fail\)\n\s+New owner: Priya Raman\n/);
  // Copying saved the edits as the draft.
  await expect(dialog).toContainText('19 open cases · draft saved');

  // The same sheet on a phone: the dialog fills the screen, nothing wider than it.
  await page.setViewportSize({ width: 380, height: 800 });
  await expect(dialog.getByRole('button', { name: 'Approve and reassign' })).toBeInViewport();
  await first.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  await shot(page, 'handoff-sheet-380');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Approve: every case goes to its new owner at once.
  await dialog.getByRole('button', { name: 'Approve and reassign' }).click();
  await expect(dialog).toContainText(/19 cases reassigned: C-1031, C-1025, /);
  await expect(dialog).toContainText('0 open cases · approved by Jordan Pike, 19 reassigned');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The queue says who owns them now: C-1031 is Jordan's own, C-1017 is Priya's.
  await page.getByTestId('nav-my').click();
  const mine = page.locator('[data-testid="queue-row"][data-key="C-1031"]');
  await scrollQueueUntilDrawn(page, mine, { x: 300, y: 500 });
  await expect(mine).toBeVisible();
  await page.getByTestId('nav-all').click();
  const priyas = page.locator('[data-testid="queue-row"][data-key="C-1017"]');
  await scrollQueueUntilDrawn(page, priyas, { x: 300, y: 500 });
  await expect(priyas).toContainText('Priya Raman');
  await priyas.click();
  const detail = page.getByTestId('case-detail');
  await expect(detail.getByText("Handed off to Priya Raman for Maya Okafor's leave (2026-03-09 to 2026-03-13), approved by Jordan Pike")).toBeVisible();

  // The command line reads the approval too.
  const cli = await app.cli(['handoff', '--agent', 'a1', '--from', '2026-03-09', '--to', '2026-03-13', '--json']);
  expect(cli.code).toBe(0);
  expect(JSON.parse(cli.stdout)).toMatchObject({ approved: { byName: 'Jordan Pike', cases: 19 }, cases: [] });
  const shown = (await app.cli(['case', 'show', 'C-1031'])).stdout;
  expect(shown).toContain('Assignee: Jordan Pike');
  expect(shown).toContain(`Validation done so far: ${NOTE}`);

  // Tuesday 10 March, 15:00 in Chicago: Maya is away; Jordan answers the customer on C-1031 (its SLA
  // deadline, Monday 13:59, has passed: it breached while she was away) and moves it on.
  const toTuesday = Date.parse('2026-03-10T20:00:00Z') - (await app.advanceClock(0));
  await app.advanceClock(toTuesday);
  await page.clock.fastForward(toTuesday);
  await page.getByTestId('nav-my').click();
  await scrollQueueUntilDrawn(page, mine, { x: 300, y: 500 });
  await mine.click();
  await expect(detail).toContainText(`Validation done so far: ${NOTE}`);
  const composer = detail.getByTestId('composer');
  await composer.getByTestId('composer-text').fill('Hi Greg, Maya is away this week: I have your case. The fix is scheduled for the next release.');
  await composer.getByRole('button', { name: 'Review reply…' }).click();
  await composer.getByRole('button', { name: 'Record reply' }).click();
  await expect(composer.getByTestId('composer-recorded')).toContainText('Reply recorded');
  await detail.getByRole('button', { name: /^Status: .*Change status$/ }).click();
  await page.getByRole('menuitem', { name: 'Pending Release' }).click();
  const move = page.getByRole('dialog', { name: /to Pending Release\?$/ });
  await move.getByRole('button', { name: 'Move to Pending Release' }).click();
  await expect(detail.getByRole('button', { name: 'Status: Pending Release. Change status' })).toBeVisible();

  // Monday 16 March, 09:00 in Chicago: Maya is back and chooses her profile on this computer.
  const toMonday = Date.parse('2026-03-16T14:00:00Z') - (await app.advanceClock(0));
  await app.advanceClock(toMonday);
  await page.clock.fastForward(toMonday);
  await agentMenu.click();
  await page.getByRole('menuitem', { name: /Maya Okafor/ }).click();
  const welcome = page.getByRole('dialog', { name: 'Welcome back, Maya Okafor' });
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('While you were away (2026-03-09 to 2026-03-13), 19 of your cases were with colleagues:');
  const item = (key: string) => welcome.getByRole('listitem').filter({ hasText: key });
  await expect(item('C-1031')).toHaveText(/^C-1031 Panel count resets after undo in the roof editor: Pending Release, now Jordan Pike's; 1 status change; 1 reply sent, 0 customer messages · SLA breached$/);
  await expect(item('C-1017')).toContainText("now Priya Raman's");
  await shot(page, 'welcome-back-1440');
  await page.setViewportSize({ width: 380, height: 800 });
  await expect(welcome.getByRole('button', { name: 'Got it' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  await shot(page, 'welcome-back-380');

  // Shown once: after "Got it" a reload does not bring it back.
  await welcome.getByRole('button', { name: 'Got it' }).click();
  await expect(welcome).toBeHidden();
  await page.reload();
  await expect(agentMenu).toHaveAccessibleName(/^Maya Okafor/);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(welcome).toHaveCount(0);
});
