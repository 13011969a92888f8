import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Set SHOTS_DIR to keep screenshots of a worked case (1440 and 380 px wide). */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/**
 * Issue 11, working a case in browser mode: a field edited in place shows on the timeline, two
 * cases linked (the link with its status, the reminder on the configuration case), a case split, a
 * misfiled message moved to another case.
 */
test('edit in place, link, split and re-file on the case view', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  const caseRows = page.locator('[data-testid="queue-row"][data-channel="email"]');
  await expect(caseRows.nth(1)).toBeVisible();
  const otherKey = (await caseRows.nth(1).getAttribute('data-key'))!;
  await caseRows.first().click();
  const detail = page.getByTestId('case-detail');
  const entries = detail.getByTestId('timeline-entry');
  await expect(entries.first()).toBeVisible();
  const key = (await detail.getByTestId('case-key').textContent())!;

  // The priority, in place: the type's priorities with their meaning; Enter saves; the timeline says so.
  await detail.getByRole('button', { name: 'Edit priority' }).click();
  const priority = detail.getByRole('combobox', { name: 'Priority' });
  const current = await priority.inputValue();
  const values = await priority.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const next = values.find((v) => v !== current)!;
  await priority.selectOption(next);
  await expect(detail.getByTestId('field-help')).toContainText(`${next} `);
  await priority.press('Enter');
  await expect(priority).toBeHidden();
  await expect(detail.getByTestId('case-key').locator('..')).toContainText(next);
  const changed = entries.filter({ hasText: new RegExp(`Priority: ${current} \\w+ -> ${next} \\w+`) });
  await expect(changed).toHaveCount(1);
  await expect(changed).toHaveAttribute('data-kind', 'field');

  // Link the other case as the configuration case this one needs: listed with its status.
  await detail.getByRole('button', { name: 'Link a case' }).click();
  let dialog = page.getByRole('dialog', { name: `Link a case to ${key}` });
  await dialog.getByRole('searchbox', { name: 'Find the case' }).fill(otherKey);
  await dialog.locator(`[data-testid="case-hit"][data-key="${otherKey}"]`).click();
  await dialog.getByRole('radio', { name: /The configuration case this one needs/ }).check();
  await dialog.getByRole('button', { name: `Link ${otherKey}` }).click();
  await expect(dialog).toBeHidden();
  const link = detail.locator(`[data-testid="case-link"][data-key="${otherKey}"]`);
  await expect(link).toContainText('Needs config');
  await expect(link.getByTestId('link-status')).toBeVisible();
  await expect(entries.last()).toHaveAttribute('data-kind', /link|rule/);

  // Re-file the customer's first message into the other case: marked moved, the move on the timeline.
  const inbound = entries.filter({ has: page.getByRole('button', { name: /^Move to another case/ }) }).first();
  await inbound.getByRole('button', { name: /^Move to another case/ }).click();
  dialog = page.getByRole('dialog', { name: /^Move this .* to another case$/ });
  await dialog.getByRole('searchbox', { name: 'Find the case' }).fill(otherKey);
  await dialog.locator(`[data-testid="case-hit"][data-key="${otherKey}"]`).click();
  await dialog.getByRole('button', { name: `Move to ${otherKey}` }).click();
  await expect(dialog).toBeHidden();
  await expect(detail.getByTestId('moved-to').first()).toContainText(`Moved to ${otherKey}`);
  await expect(entries.last()).toHaveAttribute('data-kind', 'refile');
  await expect(entries.last()).toContainText(`moved to ${otherKey}`);

  // Split a second request off: the new key is shown, this case stays open.
  await detail.getByRole('button', { name: 'Split' }).click();
  dialog = page.getByRole('dialog', { name: `Split a new case off ${key}` });
  await dialog.getByRole('textbox', { name: /Subject of the new case/ }).fill('Second request: export the invoices as CSV');
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption('enhancement');
  await expect(dialog.getByTestId('split-priority-help')).not.toBeEmpty();
  await dialog.getByRole('button', { name: 'Create the new case' }).click();
  const made = dialog.getByTestId('split-made');
  await expect(made).toContainText(/C-\d+ created, a child of/);
  const newKey = /(C-\d+) created/.exec((await made.textContent())!)![1]!;
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(detail.getByTestId('case-key')).toHaveText(key);
  await expect(detail.locator(`[data-testid="case-link"][data-key="${newKey}"]`)).toContainText('Parent of');

  // The other case: the link seen from its side, the rule's reminder on top; watch it.
  await link.getByRole('button', { name: otherKey }).click();
  await expect(detail.getByTestId('case-key')).toHaveText(otherKey);
  await expect(detail.locator(`[data-testid="case-link"][data-key="${key}"]`)).toContainText('Configuration case for');
  await expect(detail.getByTestId('case-reminders')).toBeVisible();
  await detail.getByRole('button', { name: 'Watch' }).click();
  await expect(detail.getByTestId('watchers')).not.toContainText('Nobody');
  await expect(entries.filter({ hasText: /moved here from/ })).toHaveCount(1);
  await shot(page, 'case-worked-1440');
  const linksHeading = detail.getByRole('heading', { name: /^Linked cases/ });
  await linksHeading.scrollIntoViewIfNeeded();
  await shot(page, 'case-worked-1440-links');
  await page.setViewportSize({ width: 380, height: 800 });
  await detail.getByTestId('case-reminders').scrollIntoViewIfNeeded();
  await expect(detail.getByTestId('case-reminders')).toBeVisible();
  await shot(page, 'case-worked-380');
  await detail.getByTestId('watchers').scrollIntoViewIfNeeded();
  await shot(page, 'case-worked-380-fields');
  await linksHeading.scrollIntoViewIfNeeded();
  await shot(page, 'case-worked-380-links');
  await entries.filter({ hasText: /moved here from/ }).scrollIntoViewIfNeeded();
  await shot(page, 'case-worked-380-timeline');
  // At 380 px the editors still fit: the priority, in place.
  await detail.getByRole('button', { name: 'Edit priority' }).scrollIntoViewIfNeeded();
  await detail.getByRole('button', { name: 'Edit priority' }).click();
  await expect(detail.getByTestId('field-help')).toBeVisible();
  await shot(page, 'case-worked-380-editing');
  await detail.getByRole('combobox', { name: 'Priority' }).press('Escape');
  await expect(detail.getByRole('combobox', { name: 'Priority' })).toBeHidden();
});
