import type { Page } from '@playwright/test';
import { E2E_NOW, expect, test, type ServedApp } from './fixtures';

/**
 * Issue 11, in browser mode: a case created from a waiting chat (prefilled from it), a reply written
 * from a template through the proofread step, and the bulk check-in from the Aging view. Screens are
 * kept at 1440 and 380 px wide when SHOTS_DIR is set.
 */

const MINUTE = 60_000;
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
};

async function pushTo(app: ServedApp, event: Record<string, unknown>): Promise<void> {
  const info = await app.cli(['intake-info', '--json']);
  expect(info.code, info.stderr).toBe(0);
  const { url, token } = JSON.parse(info.stdout) as { url: string; token: string };
  const res = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(event) });
  expect(res.status).toBe(200);
}

const chat = {
  source: 'chatdesk',
  externalId: 'chat-e2e-1',
  channel: 'chat',
  status: 'waiting',
  at: new Date(E2E_NOW - 4 * MINUTE).toISOString(),
  from: { name: 'Nora Quinn', email: 'nora.quinn@example.com' },
  subject: 'Payroll export stops at 50 rows',
  body: 'Hi, the payroll export only gives me the first 50 rows since the update.',
};

async function openSample(page: Page, app: ServedApp, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 760 : 900 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
}

for (const width of [1440, 380]) {
  test(`at ${width} px: create a case from a waiting chat, then reply with a template through the proofread`, async ({ page, app }) => {
    test.setTimeout(90_000);
    await openSample(page, app, width);
    await pushTo(app, chat);

    await page.getByTestId('queue-row').filter({ hasText: 'Nora Quinn' }).click();
    const panel = page.getByTestId('case-detail');
    await panel.getByTestId('create-case-from-item').click();
    const dialog = page.getByRole('dialog', { name: 'Create a case from this chat' });
    await expect(dialog.getByTestId('case-create-from')).toContainText('Nora Quinn');
    await expect(dialog.getByTestId('case-create-subject')).toHaveValue('Payroll export stops at 50 rows');
    // A Bug: its priorities with their meaning; P3 is not an escalation.
    await dialog.getByTestId('case-create-type').click();
    await page.getByRole('option', { name: 'Bug' }).click();
    await dialog.getByTestId('case-create-priority').click();
    await page.getByRole('option', { name: /^P3 / }).click();
    await expect(dialog.getByTestId('case-create-priority-meaning')).not.toHaveText(/^\s*$/);
    await shot(page, `create-case-${width}`);
    await dialog.getByTestId('case-create-submit').click();
    await expect(dialog).toBeHidden();

    // The new case opens, the chat filed into it.
    await expect(panel.getByRole('heading', { name: 'Payroll export stops at 50 rows' })).toBeVisible();
    const entries = panel.getByTestId('timeline-entry');
    await expect(entries.first()).toContainText('only gives me the first 50 rows');
    const before = await entries.count();

    // A reply from the quick check-in: pick the phrase; a blank left blocks the proofread until written over.
    const composer = panel.getByTestId('composer');
    await composer.getByTestId('composer-template').click();
    await page.getByRole('option', { name: 'Check-in: still working on it' }).click();
    const text = composer.getByTestId('composer-text');
    await expect(text).toHaveValue(/still working on getting \[…\] for you/);
    await expect(composer.getByTestId('composer-blanks')).toContainText('what we are still working on getting');
    await expect(composer.getByRole('button', { name: 'Review reply…' })).toBeDisabled();
    await shot(page, `composer-blank-${width}`);

    await composer.getByTestId('composer-template').click();
    await page.getByRole('option', { name: 'Check-in: quick update' }).click();
    await expect(text).toHaveValue(/look forward to \[…\]/);
    await composer.getByTestId('composer-phrase').click();
    await page.getByRole('option', { name: 'squashing this bug for good!' }).click();
    await expect(text).toHaveValue(/look forward to squashing this bug for good!/);
    await expect(text).toHaveValue(/^Hi Nora,/);
    await expect(composer.getByTestId('composer-subject')).toHaveValue(/^Payroll export stops at 50 rows \[C-\d+\]$/);
    // The draft is editable.
    const body = (await text.inputValue()).replace('This is a quick update', 'This is a quick update from the support team');
    await text.fill(body);
    await expect(composer.getByTestId('clock-preview')).toContainText(/^After this reply: /);
    await composer.getByRole('button', { name: 'Review reply…' }).click();
    await expect(composer.getByTestId('proofread-body')).toHaveText(body.trim());
    await expect(composer.getByTestId('proofread-subject')).toContainText('Payroll export stops at 50 rows');
    await shot(page, `composer-proofread-${width}`);
    await composer.getByRole('button', { name: 'Record reply' }).click();
    await expect(composer.getByTestId('composer-recorded')).toContainText('Reply recorded');
    await expect(entries).toHaveCount(before + 1);
    await expect(entries.last()).toHaveAttribute('data-kind', 'public_reply');
    await expect(entries.last()).toContainText('from the support team');
  });

  test(`at ${width} px: the bulk check-in from Aging records one reply per ticked case`, async ({ page, app }) => {
    test.setTimeout(90_000);
    await openSample(page, app, width);
    await page.getByTestId('nav-aging').click();
    const rows = page.getByTestId('queue-row');
    await expect(rows.first().getByTestId('queue-row-check')).toBeVisible();
    const keys: string[] = [];
    for (const i of [0, 1]) {
      keys.push((await rows.nth(i).getAttribute('data-key'))!);
      await rows.nth(i).getByTestId('queue-row-check').check();
    }
    await expect(page.getByTestId('check-in-bar')).toContainText('2 cases ticked');
    // Ticking does not open the case.
    await expect(page.getByTestId('case-detail').getByTestId('composer')).toHaveCount(0);
    await shot(page, `aging-ticked-${width}`);

    await page.getByTestId('check-in-open').click();
    const dialog = page.getByRole('dialog', { name: 'Check in on 2 cases' });
    await dialog.getByTestId('check-in-check-in-still-working').click();
    await dialog.getByTestId('check-in-item').fill('the fix released');
    await dialog.getByTestId('check-in-preview').click();
    const replies = dialog.getByTestId('check-in-reply');
    await expect(replies).toHaveCount(2);
    for (const [i, key] of keys.entries()) {
      await expect(replies.nth(i)).toHaveAttribute('data-key', key);
      await expect(replies.nth(i).getByTestId('check-in-body')).toHaveValue(/still working on getting the fix released for you/);
    }
    // Each reply is editable; a blank written in holds the recording back.
    const second = replies.nth(1).getByTestId('check-in-body');
    await second.fill(`${await second.inputValue()}\n\nP.S. […]`);
    await expect(dialog.getByTestId('check-in-record')).toBeDisabled();
    await second.fill((await second.inputValue()).replace('\n\nP.S. […]', '\n\nP.S. We will call you tomorrow.'));
    await shot(page, `check-in-preview-${width}`);
    await dialog.getByTestId('check-in-record').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('check-in-done')).toContainText(`recorded on ${keys.join(', ')}`);
    await expect(page.getByTestId('check-in-bar')).toContainText('Tick cases');

    // One public reply on each case, in the agent's name, with the text as edited.
    for (const [i, key] of keys.entries()) {
      const shown = await app.cli(['case', 'show', key]);
      const replyLines = shown.stdout.split('\n').filter((l) => l.includes('2026-03-03T16:') && l.includes('Public reply'));
      expect(replyLines, `${key}: ${shown.stdout} ${shown.stderr}`).toHaveLength(1);
      expect(shown.stdout).toContain('still working on getting the fix released for you');
      if (i === 1) expect(shown.stdout).toContain('P.S. We will call you tomorrow.');
    }
  });
}

test('New case from the app bar: a P1 bug offers the dev team and opens the composer with the acknowledgement', async ({ page, app }) => {
  test.setTimeout(90_000);
  await openSample(page, app, 1440);
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  // The subject is required: nothing is created without it.
  await dialog.getByTestId('case-create-submit').click();
  await expect(dialog.getByText('Enter a short summary of the request')).toBeVisible();
  await dialog.getByTestId('case-create-type').click();
  await page.getByRole('option', { name: 'Bug' }).click();
  await dialog.getByTestId('case-create-subject').fill('Every proposal PDF is blank');
  await dialog.getByTestId('case-create-priority').click();
  await page.getByRole('option', { name: /^P1 / }).click();
  await dialog.getByTestId('case-create-submit').click();

  const steps = page.getByTestId('case-create-escalation');
  await expect(steps).toBeVisible();
  // A bug goes to the dev team by default: the first step is done already.
  await expect(steps.getByTestId('escalation-team-done')).toContainText('Dev team');
  await shot(page, 'create-case-escalation-1440');
  await steps.getByTestId('escalation-acknowledge').click();
  await expect(steps).toBeHidden();

  const panel = page.getByTestId('case-detail');
  await expect(panel.getByRole('heading', { name: 'Every proposal PDF is blank' })).toBeVisible();
  const composer = panel.getByTestId('composer');
  await expect(composer.getByTestId('composer-template')).toHaveText('Acknowledgement (P1/P2)');
  await expect(composer.getByTestId('composer-text')).toHaveValue(/logged this as case C-\d+ with priority P1/);
});
