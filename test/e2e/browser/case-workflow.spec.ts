import { expect, test } from './fixtures';

/**
 * Issue 11 (first steps), in browser mode: a public reply through its proofread step, an internal
 * note, a status change whose clock preview comes true.
 */
test('reply through the proofread, add a note, move the status: each preview comes true', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  const emailRow = page.locator('[data-testid="queue-row"][data-channel="email"]').first();
  await expect(emailRow).toBeVisible();
  await emailRow.click();
  const detail = page.getByTestId('case-detail');
  const composer = detail.getByTestId('composer');
  await expect(composer).toBeVisible();
  const entries = detail.getByTestId('timeline-entry');
  const before = await entries.count();

  // A public reply: the proofread shows exactly the text, and the preview says what the clock will do.
  const text = 'Thanks for your patience: the upload limit is raised to 25 MB. Could you try again?';
  await composer.getByTestId('composer-text').fill(text);
  await expect(composer.getByTestId('clock-preview')).toContainText(/^After this reply: /);
  const promised = (await composer.getByTestId('clock-preview').textContent())!;
  await composer.getByRole('button', { name: 'Review reply…' }).click();
  await expect(composer.getByTestId('proofread-body')).toHaveText(text);
  await composer.getByRole('button', { name: 'Record reply' }).click();
  await expect(composer.getByTestId('composer-recorded')).toContainText('Reply recorded');
  await expect(entries).toHaveCount(before + 1);
  await expect(entries.last()).toHaveAttribute('data-kind', 'public_reply');
  await expect(entries.last()).toContainText(text);
  // The preview came true: the case's badge now says the deadline the preview promised (the time left
  // moves on with the page's clock, the deadline does not).
  const due = /· (due [^·]+?) ·/.exec(promised)![1]!;
  await expect(detail.getByText(new RegExp(`^${due} · `)).first()).toBeVisible();

  // An internal note: never sent, the clock does not move.
  await composer.getByRole('button', { name: 'Internal note' }).click();
  await composer.getByTestId('composer-text').fill('Customer prefers a call after 3 pm.');
  await expect(composer.getByTestId('clock-preview')).toContainText('the timer does not move');
  await composer.getByRole('button', { name: 'Add note' }).click();
  await expect(entries).toHaveCount(before + 2);
  await expect(entries.last()).toHaveAttribute('data-kind', 'internal_note');

  // A status change from the menu, with its preview first.
  await detail.getByRole('button', { name: /^Status: .*Change status$/ }).click();
  const moves = page.getByRole('menuitem');
  await expect(moves.first()).toBeVisible();
  const target = (await moves.first().textContent())!;
  await moves.first().click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`to ${target}\\?$`) });
  await expect(dialog.getByTestId('clock-preview')).toContainText(/^After this change: /);
  await dialog.getByRole('button', { name: `Move to ${target}` }).click();
  await expect(dialog).toBeHidden();
  await expect(detail.getByRole('button', { name: `Status: ${target}. Change status` })).toBeVisible();
  await expect(entries.last()).toHaveAttribute('data-kind', 'status');
});
