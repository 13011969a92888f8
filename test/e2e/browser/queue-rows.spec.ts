import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

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
  expect(narrow.height).toBe(44);
  // The sample shift starts with an urgent call: its line names the channel, the urgency and the wait.
  await expect(narrow.row).toContainText(/call · (emergency|urgent) · waiting \d+ min/);
  // More rows fit than at the regular density (700 px window).
  expect(await page.getByTestId('queue-row').evaluateAll((rows) => rows.filter((r) => r.getBoundingClientRect().bottom <= window.innerHeight).length)).toBeGreaterThanOrEqual(12);
  const emailRow = page.locator('[data-testid="queue-row"][data-channel="email"]').first();
  await emailRow.scrollIntoViewIfNeeded();
  await expect(emailRow).toContainText(/email · (breached .+ ago|due in .+|waiting .+)/);
  await page.screenshot({ path: test.info().outputPath('queue-380.png') });

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => (await firstRow(page)).height).toBe(52);
  await expect(page.getByTestId('queue-list').getByRole('option').first()).toHaveAttribute('aria-posinset', '1');
  await page.screenshot({ path: test.info().outputPath('queue-1280.png') });
});
