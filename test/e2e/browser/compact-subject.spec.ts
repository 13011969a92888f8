import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, scrollQueueUntilDrawn, test } from './fixtures';

/**
 * The subject has a line of its own, the whole width of the row, docked at 380 px and in a wide
 * window: compared as boxes (the subject's to its row's and to the row's other parts), never as
 * pixels of text, so no font or sub-pixel width decides it.
 */

async function attachShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

/** The boxes of a row, its subject and the parts on its other lines (priority, SLA badge, waiting time, why, who). */
async function rowBoxes(row: Locator) {
  return row.evaluate((el) => {
    const box = (node: Element) => {
      const r = node.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
    };
    const subject = el.querySelector('.sd-q-subject')!;
    const icon = el.querySelector('.sd-q-icon')!;
    const others = [...el.querySelectorAll('.sd-priority, [data-testid="sla-badge"], .sd-q-wait, .sd-q-why, .sd-q-who')]
      .filter((node) => node.getBoundingClientRect().width > 0)
      .map(box);
    const style = getComputedStyle(el);
    return { row: box(el), subject: box(subject), icon: box(icon), padRight: parseFloat(style.paddingRight), others };
  });
}

async function expectSubjectsOnTheirOwnLine(page: Page): Promise<void> {
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  const count = Math.min(await rows.count(), 8);
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const { row, subject, icon, padRight, others } = await rowBoxes(rows.nth(i));
    // From beside the channel icon to the row's right padding: the row's whole width but the icon.
    expect(subject.left).toBeGreaterThanOrEqual(icon.right);
    expect(Math.abs(row.right - padRight - subject.right)).toBeLessThanOrEqual(1);
    expect(subject.width).toBeGreaterThan((row.width - (icon.right - row.left)) * 0.9);
    // Nothing else of the row on the subject's line.
    for (const other of others) expect(other.top).toBeGreaterThanOrEqual(subject.bottom - 1);
  }
}

test('docked at 380 px, each subject has a line of its own, the width of its row', async ({ page, app }, testInfo) => {
  await page.setViewportSize({ width: 380, height: 700 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-list')).toHaveAttribute('data-density', 'compact');
  await expectSubjectsOnTheirOwnLine(page);
  await attachShot(page, testInfo, 'subject-380-all-open');

  // Further down, the voicemails and emails with their SLA badges.
  const email = page.locator('[data-testid="queue-row"][data-channel="email"]').first();
  await scrollQueueUntilDrawn(page, email, { x: 190, y: 500 });
  await email.scrollIntoViewIfNeeded();
  const { row, subject, icon } = await rowBoxes(email);
  expect(subject.width).toBeGreaterThan((row.width - (icon.right - row.left)) * 0.9);
  await attachShot(page, testInfo, 'subject-380-emails');
});

test('in a wide window too, the subject keeps its line when the SLA badge is long', async ({ page, app }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-list')).toHaveAttribute('data-density', 'regular');
  const email = page.locator('[data-testid="queue-row"][data-channel="email"]').first();
  await email.scrollIntoViewIfNeeded();
  await expectSubjectsOnTheirOwnLine(page);
  await attachShot(page, testInfo, 'subject-1280');
});
