import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

const WIDTH = 380;

test.use({ viewport: { width: WIDTH, height: 700 } });

/** Whether anything makes the page scroll sideways (the compact layout must fit the width). */
const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, bodyScrollWidth: document.body.scrollWidth }));

/**
 * Widths follow the font, and boxes land on fractions of a pixel: an edge is "within" a line when it
 * is within this of it. Half a pixel hides nothing a user could read; a layout that does not fit is
 * off by far more (and the page's scroll width, a whole number, says so anyway).
 */
const SUBPIXEL = 0.5;

/** Where a box's right edge lies. */
const rightEdge = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.x + box.width;
};

/** How much of a view tab shows in the tab strip (which clips it), as a share of its width: 1 is all of it. */
async function shownInStrip(page: Page, testId: string): Promise<number> {
  const tab = (await page.getByTestId(testId).boundingBox())!;
  const strip = (await page.getByRole('tablist', { name: 'Queue views' }).locator('xpath=..').boundingBox())!;
  const shown = Math.min(tab.x + tab.width, strip.x + strip.width) - Math.max(tab.x, strip.x);
  return Math.max(0, Math.min(1, (shown + SUBPIXEL) / tab.width));
}

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

  // The app bar keeps every action in sight, the agent menu last: act as the sample's lead through it
  // (only a lead changes the sweep interval, opened below).
  const agentMenu = page.getByTestId('agent-menu');
  expect(await rightEdge(agentMenu)).toBeLessThanOrEqual(WIDTH + SUBPIXEL);
  await agentMenu.click();
  await page.getByRole('menuitem', { name: /Jordan Pike/ }).click();
  await expect(agentMenu).toHaveAccessibleName(/^Jordan Pike/);

  // All open: compact rows, nothing wider than the window.
  await attachShot(page, testInfo, 'compact-380-all-open');
  let widths = await overflow(page);
  expect(widths.scrollWidth).toBeLessThanOrEqual(WIDTH);
  expect(widths.bodyScrollWidth).toBeLessThanOrEqual(WIDTH);
  expect(await rightEdge(rows.first())).toBeLessThanOrEqual(WIDTH + SUBPIXEL);

  // The view tabs do not fit: the selected one (All open, the last) shows whole, the first (My queue)
  // does not, and the arrow at the start scrolls back to it (a page at a time: as often as it takes).
  const tabs = page.getByRole('tablist', { name: 'Queue views' });
  await expect(tabs).toBeVisible();
  await expect(page.getByTestId('nav-all')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => shownInStrip(page, 'nav-all')).toBe(1);
  expect(await shownInStrip(page, 'nav-my')).toBeLessThan(1);
  const back = page.locator('.MuiTabs-root .MuiTabScrollButton-root').first();
  await expect(async () => {
    if ((await shownInStrip(page, 'nav-my')) < 1) await back.click({ timeout: 2_000 });
    expect(await shownInStrip(page, 'nav-my')).toBe(1);
  }).toPass({ timeout: 20_000 });
  await page.getByTestId('nav-my').click();
  await expect(page.getByTestId('nav-my')).toHaveAttribute('aria-selected', 'true');

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
  expect(await rightEdge(line)).toBeLessThanOrEqual(WIDTH + SUBPIXEL);

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
