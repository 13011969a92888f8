import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

async function attachShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(name, { body, contentType: 'image/png' });
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

/** Gives the chat in row `n` of the queue an outcome through its summary's picker. */
async function giveOutcome(page: Page, n: number, outcome: string, note?: string): Promise<void> {
  await page.locator('[data-testid="queue-row"][data-channel="chat"]').nth(n).click();
  await page.getByTestId('chat-outcome').getByRole('button', { name: 'Outcome…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chat outcome' });
  await dialog.getByLabel(outcome).check();
  if (note) await dialog.getByRole('textbox', { name: /question/ }).fill(note);
  await dialog.getByRole('button', { name: 'Save outcome' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('chat-outcome')).toContainText(`Outcome: ${outcome}`);
}

for (const width of [1280, 380]) {
  test(`at ${width} px: outcomes given to chats show in the daily chat report, as a chart and a table`, async ({ page, app }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(app.url);
    await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
    await expect(page.locator('[data-testid="queue-row"][data-channel="chat"]').first()).toBeVisible();

    await giveOutcome(page, 0, '5 · Reported a problem - no workaround');
    if (width < 720) await page.getByRole('button', { name: /back to the queue/i }).click();
    await giveOutcome(page, 1, '2 · Answered - unhappy', 'Asked why the export is slow');

    await page.getByTestId('agent-menu').click();
    await page.getByTestId('open-chat-report').click();
    const dialog = page.getByRole('dialog', { name: 'Chat report' });
    const table = dialog.getByRole('table', { name: 'Chats by outcome' });
    const team = table.getByRole('row').last();
    await expect(team.getByRole('rowheader')).toHaveText('Team');
    await expect(team.getByRole('cell').nth(1)).toHaveText('1'); // 2 Unhappy
    await expect(team.getByRole('cell').nth(4)).toHaveText('1'); // 5 No workaround
    await expect(dialog.locator('.MuiBarChart-root, [class*="MuiBarElement"]').first()).toBeVisible();
    await attachShot(page, testInfo, `chat-report-${width}`);
    const widths = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widths).toBeLessThanOrEqual(width);
  });
}
