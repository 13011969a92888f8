import type { Page } from '@playwright/test';
import { expect, scrollQueueUntilDrawn, test } from './fixtures';

/** The first row (visible) and its height. */
async function firstRow(page: Page) {
  const row = page.getByTestId('queue-row').first();
  await expect(row).toBeVisible();
  const box = await row.boundingBox();
  return { row, height: box?.height ?? 0 };
}

test('queue rows say why each item is there, compact in a 380 px wide window and regular when wide', async ({ page, app }) => {
  await page.setViewportSize({ width: 380, height: 700 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();

  const narrow = await firstRow(page);
  // Three lines (the subject on its own), tighter than the regular 64 px.
  expect(narrow.height).toBe(60);
  await expect(page.getByTestId('queue-list')).toHaveAttribute('data-density', 'compact');
  // The sample shift starts with an urgent call: its line names the channel, the urgency and the wait.
  await expect(narrow.row).toContainText(/call · (emergency|urgent) · (priority org · )?waiting \d+ min/);
  const emailRow = page.locator('[data-testid="queue-row"][data-channel="email"]').first();
  await scrollQueueUntilDrawn(page, emailRow, { x: 190, y: 500 });
  await emailRow.scrollIntoViewIfNeeded();
  // Voicemail and email: when the deadline is (or was), an instant; the badge alone counts the time.
  await expect(emailRow).toContainText(/email · ((breached|due) .*\d\d:\d\d|waiting .+)/);
  await page.screenshot({ path: test.info().outputPath('queue-380.png') });

  // Back at the top (the email row's scroll), then wide.
  await page.getByTestId('queue-list').evaluate((list) => list.scrollTo(0, 0));
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => (await firstRow(page)).height).toBe(64);
  await expect(page.getByTestId('queue-list')).toHaveAttribute('data-density', 'regular');
  await expect(page.getByTestId('queue-list').getByRole('option').first()).toHaveAttribute('aria-posinset', '1');
  await page.screenshot({ path: test.info().outputPath('queue-1280.png') });
});
