import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The key of the row under the keyboard cursor. */
async function cursorKey(page: Page): Promise<string | null> {
  const id = await page.getByTestId('queue-list').getAttribute('aria-activedescendant');
  return id ? page.locator(`[id="${id}"]`).getAttribute('data-key') : null;
}

async function count(page: Page, view: string): Promise<number> {
  const text = (await page.getByTestId(`nav-count-${view}`).textContent()) ?? '';
  return Number(text.trim());
}

test('keyboard-only triage of the sample shift: move, open, take, search', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('first-run')).toBeHidden();
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('nav-count-my')).toHaveText(/^\d+$/);
  const myBefore = await count(page, 'my');

  // g u: Unassigned.
  await page.keyboard.press('g');
  await page.keyboard.press('u');
  await expect(page.getByRole('tab', { selected: true })).toContainText('Unassigned');
  await expect(rows.first()).toBeVisible();
  const keys = await rows.evaluateAll((els) => els.slice(0, 3).map((el) => el.getAttribute('data-key')));

  // j / k move the cursor (from anywhere: the list takes the focus).
  await page.keyboard.press('j');
  await expect.poll(() => cursorKey(page)).toBe(keys[0]);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect.poll(() => cursorKey(page)).toBe(keys[2]);
  await page.keyboard.press('k');
  await expect.poll(() => cursorKey(page)).toBe(keys[1]);
  const target = keys[1]!;
  const row = page.locator(`[data-testid="queue-row"][data-key="${target}"]`);
  const subject = await subjectOf(row);

  // Enter opens it.
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('case-detail')).toContainText(subject);

  // t takes it: a confirmation, it leaves Unassigned and My queue grows by one.
  await page.keyboard.press('t');
  await expect(page.getByTestId('take-done')).toContainText('is yours');
  await expect(page.getByTestId('nav-count-my')).toHaveText(String(myBefore + 1));
  await expect(row).toBeHidden();
  await page.keyboard.press('g');
  await page.keyboard.press('m');
  await expect(page.getByRole('tab', { selected: true })).toContainText('My queue');
  await expect(row).toBeVisible();

  // / then a word: the list narrows to the matching rows.
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(page.getByRole('tab', { selected: true })).toContainText('All open');
  await expect(rows.first()).toBeVisible();
  const allTotal = await count(page, 'all');
  const word = await firstWordOfAnEmailSubject(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the queue' })).toBeFocused();
  await page.keyboard.type(word);
  await expect(page.getByTestId('match-count')).toHaveText(/^\d+ match(es)?$/);
  const matches = Number((await page.getByTestId('match-count').textContent())!.split(' ')[0]);
  expect(matches).toBeGreaterThan(0);
  expect(matches).toBeLessThan(allTotal);
  await expect(rows).toHaveCount(matches);
  // The counts in the navigation stay those of the whole view.
  expect(await count(page, 'all')).toBe(allTotal);

  // Esc clears the search; Enter goes down to the results.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('match-count')).toBeHidden();
  await expect.poll(() => rows.count()).toBeGreaterThan(matches);
});

/** A row's subject (titled in full, as it may be cut short on screen). */
async function subjectOf(row: Locator): Promise<string> {
  return (await row.locator('[class*="subject"][title]').getAttribute('title')) ?? '';
}

/** A distinctive word (6+ letters) of an email row's subject in the sample, to search for. */
async function firstWordOfAnEmailSubject(page: Page): Promise<string> {
  const subjects: string[] = [];
  for (const row of await page.locator('[data-testid="queue-row"][data-channel="email"]').all()) subjects.push(await subjectOf(row));
  for (const subject of subjects) {
    const word = subject.split(/[^A-Za-z]+/).find((w) => w.length >= 6);
    if (word) return word.toLowerCase();
  }
  throw new Error('no email subject with a long word');
}
