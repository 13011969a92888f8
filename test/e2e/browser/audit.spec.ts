import type { Page } from '@playwright/test';
import { expect, test, type ServedApp } from './fixtures';

/**
 * A split waits for the lead, the lead approves it from the team board, and the audit list says both
 * in plain words (docs/roles.md "Splits", "The team board", "The audit list"). On the sample shift:
 * Maya Okafor (a1) is an agent, Jordan Pike (a2) the lead. Screenshots with SHOTS_DIR: the board with
 * the split and the audit list, at 1440 and 380 px.
 */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

async function startSampleShift(page: Page, app: ServedApp): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
}

/** No element of the open dialog reaches past the right edge of the window (half a pixel of tolerance). */
async function fitsWidth(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const dialog = document.querySelector('[role="dialog"]');
    return [...(dialog?.querySelectorAll('*') ?? [])].filter((el) => el.getBoundingClientRect().right > width + 0.5).map((el) => el.textContent?.slice(0, 40));
  });
  expect(overflow).toEqual([]);
}

test("an agent's split waits on the team board; the lead opens it and approves it with a note; the audit list says both", async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await startSampleShift(page, app);

  // Maya says who she is and splits a second request off one of her cases.
  await page.getByTestId('profile-prompt').getByRole('button', { name: 'Choose your profile' }).click();
  const picker = page.getByRole('dialog', { name: 'Who are you?' });
  await picker.getByRole('button', { name: /^Maya Okafor/ }).click();
  await expect(picker).toBeHidden();
  await page.getByTestId('nav-my').click();
  await page.locator('[data-testid="queue-row"][data-channel="email"]').first().click();
  const detail = page.getByTestId('case-detail');
  const fromKey = (await detail.getByTestId('case-key').textContent())!.trim();
  await detail.getByRole('button', { name: 'Split' }).click();
  const split = page.getByRole('dialog', { name: `Split a new case off ${fromKey}` });
  await split.getByRole('textbox', { name: /Subject of the new case/ }).fill('Second request: add two users to the account');
  await split.getByRole('combobox', { name: 'Type' }).selectOption('request_for_service');
  await split.getByRole('button', { name: 'Create the new case' }).click();
  const made = split.getByTestId('split-made');
  await expect(made).toContainText("It waits for a lead's approval");
  const newKey = /(C-\d+) created/.exec((await made.textContent())!)![1]!;
  await split.getByRole('button', { name: 'Close' }).click();

  // Jordan, the lead, takes the computer: the team board lists the split waiting.
  const agentMenu = page.getByTestId('agent-menu');
  await agentMenu.click();
  await page.getByRole('menuitem', { name: /Jordan Pike/ }).click();
  await expect(agentMenu).toHaveAccessibleName('Jordan Pike · Available');
  await agentMenu.click();
  await page.getByRole('menuitem', { name: 'Team board…' }).click();
  const board = page.getByRole('dialog', { name: /^Team board/ });
  const waiting = board.getByTestId('splits-waiting');
  await expect(waiting).toContainText('Splits waiting for your approval (1)');
  const item = waiting.getByTestId('split-waiting');
  await expect(item).toContainText(`${newKey} · Second request: add two users to the account`);
  await expect(item).toContainText(`Split from ${fromKey} by Maya Okafor · Tue`);
  await shot(page, 'board-split-1440');
  await page.setViewportSize({ width: 380, height: 800 });
  await expect(item).toBeVisible();
  await fitsWidth(page);
  await shot(page, 'board-split-380');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Opening it closes the board and shows the case, where Jordan approves it with his note.
  await item.getByRole('button').click();
  await expect(board).toBeHidden();
  await expect(detail.getByTestId('case-key')).toHaveText(newKey);
  const banner = detail.getByTestId('split-approval');
  await expect(banner).toContainText("Waiting for a lead's approval");
  await banner.getByRole('textbox', { name: "Lead's note" }).fill('A separate request; agreed with the customer on the call');
  await banner.getByRole('button', { name: 'Approve split' }).click();
  await expect(banner).toContainText('approved by Jordan Pike');

  // The board no longer lists it.
  await agentMenu.click();
  await page.getByRole('menuitem', { name: 'Team board…' }).click();
  await expect(board.getByTestId('splits-waiting')).toContainText('No split is waiting.');
  await board.getByRole('button', { name: 'Close' }).click();
  await expect(board).toBeHidden();

  // The audit list, newest first: the approval, then the split, with who and when.
  await agentMenu.click();
  await page.getByRole('menuitem', { name: 'Audit list…' }).click();
  const audit = page.getByRole('dialog', { name: 'Audit list' });
  const entries = audit.getByTestId('audit-entry');
  await expect(entries.first()).toContainText(`Jordan Pike approved the split ${newKey} made by Maya Okafor`);
  await expect(entries.first()).toContainText('by Jordan Pike');
  const splitEntry = audit.locator('[data-testid="audit-entry"][data-action="case.split"]');
  await expect(splitEntry).toContainText(`Maya Okafor split ${newKey} from ${fromKey}, waiting for a lead's approval`);
  await expect(splitEntry).toContainText(/Tue \d\d:\d\d · by Maya Okafor/);
  // Jordan choosing his lead profile on this computer is recorded too.
  await expect(audit.locator('[data-testid="audit-entry"][data-action="session.lead"]').first()).toContainText('Jordan Pike chose their lead profile on this device');
  await shot(page, 'audit-1440');
  await page.setViewportSize({ width: 380, height: 800 });
  await expect(entries.first()).toBeVisible();
  await fitsWidth(page);
  await shot(page, 'audit-380');
});
