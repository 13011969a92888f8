import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

const WIDTH = 380;

test.use({ viewport: { width: WIDTH, height: 700 } });

/** Whether anything makes the page scroll sideways (the compact layout must fit the width). */
const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, bodyScrollWidth: document.body.scrollWidth }));

async function attachShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(name, { body, contentType: 'image/png' });
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

test('at 380 px wide the queue, the Unassigned view with its sweep line and a case fit without sideways scrolling', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();

  // All open: compact rows, nothing wider than the window.
  await attachShot(page, testInfo, 'compact-380-all-open');
  let widths = await overflow(page);
  expect(widths.scrollWidth).toBeLessThanOrEqual(WIDTH);
  expect(widths.bodyScrollWidth).toBeLessThanOrEqual(WIDTH);
  const rowBox = await rows.first().boundingBox();
  expect(rowBox!.x + rowBox!.width).toBeLessThanOrEqual(WIDTH);

  // The view tabs do not fit: arrows beside them scroll to the ones out of sight.
  const tabs = page.getByRole('tablist', { name: 'Queue views' });
  await expect(tabs).toBeVisible();
  await expect(page.getByTestId('nav-all')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('nav-my')).not.toBeInViewport();
  await page.locator('.MuiTabs-root .MuiTabScrollButton-root').first().click();
  await expect(page.getByTestId('nav-my')).toBeInViewport({ ratio: 0.5 });

  // Unassigned, with the sweep's countdown line and its interval form open.
  await page.getByTestId('nav-unassigned').click();
  const line = page.getByTestId('sweep-line');
  await expect(line).toBeVisible();
  await expect(page.getByTestId('sweep-countdown')).toContainText(/every \d+ min/);
  await line.getByRole('button', { name: 'Change' }).click();
  await expect(page.getByTestId('sweep-interval-form')).toBeVisible();
  await attachShot(page, testInfo, 'compact-380-unassigned');
  widths = await overflow(page);
  expect(widths.scrollWidth).toBeLessThanOrEqual(WIDTH);
  const lineBox = await line.boundingBox();
  expect(lineBox!.x + lineBox!.width).toBeLessThanOrEqual(WIDTH);

  // A case takes the whole width (the queue and the detail take turns).
  await page.getByTestId('nav-all').click();
  await page.locator('[data-testid="queue-row"][data-channel="email"]').first().click();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toBeVisible();
  await expect(page.getByRole('region', { name: 'Queue' })).toBeHidden();
  await attachShot(page, testInfo, 'compact-380-case');
  widths = await overflow(page);
  expect(widths.scrollWidth).toBeLessThanOrEqual(WIDTH);
});
