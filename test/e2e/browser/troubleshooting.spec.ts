import { expect, test } from './fixtures';

/**
 * Issue 11 (troubleshooting), in browser mode: the guided check on a case stops at the first "No" and
 * its answers land on the timeline as an internal note.
 */
test('troubleshoot a case: the first No is the scope, saved as an internal note', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  const emailRow = page.locator('[data-testid="queue-row"][data-channel="email"]').first();
  await expect(emailRow).toBeVisible();
  await emailRow.click();
  const detail = page.getByTestId('case-detail');
  const entries = detail.getByTestId('timeline-entry');
  await expect(detail.getByTestId('composer')).toBeVisible();
  const before = await entries.count();

  await detail.getByTestId('troubleshoot').click();
  const dialog = page.getByRole('dialog', { name: /^Troubleshoot C-\d+/ });
  await dialog.getByRole('group', { name: /different web browser/ }).getByRole('button', { name: 'Yes', exact: true }).click();
  await dialog.getByRole('group', { name: /different computer/ }).getByRole('button', { name: 'Skip: no access' }).click();
  await dialog.getByRole('group', { name: /anyone else in their business/ }).getByRole('button', { name: 'Yes', exact: true }).click();
  await dialog.getByRole('group', { name: /test firm/ }).getByRole('button', { name: 'No', exact: true }).click();
  await expect(dialog.getByTestId('troubleshoot-scope')).toContainText('the problem only affects a specific firm');
  await expect(dialog.getByRole('group', { name: /ISP/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save as internal note' }).click();
  await expect(dialog).toBeHidden();

  await expect(entries).toHaveCount(before + 1);
  const note = entries.last();
  await expect(note).toHaveAttribute('data-kind', 'internal_note');
  await expect(note).toContainText('2. Computer: Ask the user to try a different computer. Does the problem happen there too? Skipped (the user has no access to this)');
  await expect(note).toContainText('Scope: only affects a specific firm (Firm).');
});
