import type { Page } from '@playwright/test';
import { E2E_NOW, expect, scrollQueueUntilDrawn, test, type ServedApp } from './fixtures';

const MINUTE = 60_000;
/** Set SHOTS_DIR to keep screenshots of these screens (1280x800 and 380x700). */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

async function pushTo(app: ServedApp, event: Record<string, unknown>): Promise<void> {
  const info = await app.cli(['intake-info', '--json']);
  const { url, token } = JSON.parse(info.stdout) as { url: string; token: string };
  const res = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(event) });
  expect(res.status).toBe(200);
}

const voicemail = {
  source: 'pbx',
  externalId: 'vm-e2e-1',
  channel: 'voicemail',
  status: 'received',
  at: new Date(E2E_NOW - 20 * MINUTE).toISOString(),
  from: { name: 'Rosa Delgado', phone: '+1 312 555 0199' },
  subject: 'Voicemail from Rosa Delgado',
  transcript: 'Hi, this is Rosa. The inverter report is empty again since this morning. Please call me back.',
  audioUrl: 'https://pbx.example.com/recordings/vm-e2e-1.mp3',
  durationSeconds: 24,
};

const rowOf = (page: Page, text: string) => page.getByTestId('queue-row').filter({ hasText: text });

test('a pushed voicemail shows its transcript and player, files into a new case, and the case shows the original', async ({ page, app }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await pushTo(app, voicemail);

  await rowOf(page, 'Rosa Delgado').click();
  const panel = page.getByTestId('case-detail');
  await expect(panel.getByText(/inverter report is empty again/)).toBeVisible();
  await expect(panel.locator('audio[controls]')).toHaveAttribute('src', voicemail.audioUrl);
  await expect(panel.getByRole('button', { name: 'Take this voicemail' })).toBeVisible();
  await shot(page, 'voicemail-1280');

  await panel.getByRole('button', { name: /File into case/ }).click();
  const dialog = page.getByRole('dialog', { name: 'File this voicemail into a case' });
  await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue('Voicemail from Rosa Delgado');
  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Inverter report empty');
  await shot(page, 'file-new-1280');
  await dialog.getByRole('button', { name: 'Create case' }).click();

  await expect(panel.getByRole('heading', { name: 'Inverter report empty' })).toBeVisible();
  const entry = panel.getByTestId('timeline-entry').filter({ has: page.getByTestId('original') });
  await expect(entry).toContainText('From Rosa Delgado · +1 312 555 0199');
  await expect(entry.locator('audio[controls]')).toHaveAttribute('src', voicemail.audioUrl);
  // It left the queue as a voicemail; its case is there instead.
  await expect(page.getByTestId('queue-row').filter({ hasText: 'Voicemail from Rosa Delgado' })).toHaveCount(0);
  await shot(page, 'filed-case-1280');
});

test('at 380 px: log a call in a full-screen form, then file an email into an existing case', async ({ page, app }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 380, height: 700 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  await page.getByRole('button', { name: 'Log call / chat' }).click();
  const form = page.getByRole('dialog', { name: 'Log a call or chat' });
  await form.getByRole('button', { name: 'Log call' }).click();
  await expect(form.getByText('Enter the contact’s name')).toBeVisible();
  const box = await form.boundingBox();
  expect(box?.width).toBe(380);
  await shot(page, 'log-errors-380');
  await form.getByRole('textbox', { name: /Name/ }).fill('Tomás Herrera');
  await form.getByRole('textbox', { name: 'Phone' }).fill('+1 312 555 0142');
  await form.getByRole('textbox', { name: /Subject/ }).fill('Cannot reset password');
  await form.getByRole('checkbox', { name: 'Urgent' }).check();
  await form.getByRole('button', { name: 'Log call' }).click();
  await expect(form).toHaveCount(0);
  const panel = page.getByTestId('case-detail');
  await expect(panel.getByRole('heading', { name: 'Cannot reset password' })).toBeVisible();
  // A call the agent had is a record, done at once, ready to file: not a waiting call among the ringing ones.
  await expect(panel.getByTestId('interaction-outcome')).toContainText('Logged by Maya Okafor');
  await expect(panel.getByRole('button', { name: /File into case/ })).toBeVisible();
  await shot(page, 'logged-call-380');
  await panel.getByRole('button', { name: 'Back to the queue' }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(rowOf(page, 'Cannot reset password')).toHaveCount(0);

  await pushTo(app, {
    source: 'mailbox',
    externalId: '<e2e-1@example.com>',
    channel: 'email',
    status: 'received',
    from: { name: 'Tomás Herrera', email: 'tomas@example.com' },
    subject: 'Password reset, again',
    body: 'The reset link still does not arrive.',
    headers: { 'Message-ID': '<e2e-1@example.com>', Date: 'Tue, 3 Mar 2026 09:40:00 -0600' },
  });
  // Emails come last in the queue: scroll the list until its row is drawn.
  const emailRow = rowOf(page, 'Password reset, again');
  await scrollQueueUntilDrawn(page, emailRow, { x: 190, y: 400 }, 800);
  await emailRow.click();
  await expect(panel.getByText('The reset link still does not arrive.')).toBeVisible();
  await shot(page, 'email-380');
  await panel.getByRole('button', { name: /File into case/ }).click();
  const dialog = page.getByRole('dialog', { name: 'File this email into a case' });
  await dialog.getByRole('button', { name: 'Add to existing case' }).click();
  const search = dialog.getByRole('searchbox', { name: 'Search cases' });
  await search.fill('C-');
  const hits = dialog.getByTestId('case-hit');
  await expect(hits.first()).toBeVisible();
  const key = (await hits.first().getAttribute('data-key'))!;
  await hits.first().click();
  await shot(page, 'file-existing-380');
  await dialog.getByRole('button', { name: `Add to ${key}` }).click();
  await expect(panel.getByTestId('case-key')).toHaveText(key);
  await expect(panel.getByTestId('timeline-entry').filter({ hasText: 'The reset link still does not arrive.' })).toHaveCount(1);
  await shot(page, 'filed-existing-380');
});

test('Mark done takes a voicemail out of the queue, says who did it; Undo puts it back', async ({ page, app }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await pushTo(app, { ...voicemail, externalId: 'vm-e2e-2' });

  await rowOf(page, 'Rosa Delgado').click();
  const panel = page.getByTestId('case-detail');
  await panel.getByRole('button', { name: 'Mark done' }).click();
  await expect(panel.getByTestId('interaction-outcome')).toContainText('Marked done by Maya Okafor');
  await expect(rowOf(page, 'Rosa Delgado')).toHaveCount(0);
  const message = page.getByTestId('marked-done');
  await expect(message).toContainText('Marked done: Voicemail from Rosa Delgado');
  await shot(page, 'marked-done-1280');

  await message.getByRole('button', { name: 'Undo' }).click();
  await expect(message).toHaveCount(0);
  await expect(rowOf(page, 'Rosa Delgado')).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'Mark done' })).toBeVisible();
  await expect(panel.getByTestId('interaction-outcome')).toHaveCount(0);
});
