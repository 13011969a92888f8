import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 12 item 4 in browser mode (docs/checklist.md): Maya starts her day on the sample shift with
 * the daily checklist open. As she triages (every waiting chat and voicemail marked done, Unassigned
 * opened after the sweep) the start-of-day items tick themselves, with the time and the evidence; she
 * ticks "Clock in" by hand. Screenshots at 1440 and 380 px with SHOTS_DIR.
 */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const rowOf = (page: Page, text: string) => page.getByTestId('queue-row').filter({ hasText: text });

const CHATS = ['Change the default module in templates', 'Production estimate mismatch follow-up', 'Proposal will not send', 'Invite a business partner'];
const VOICEMAILS = ['Voicemail from Robert Yoon', 'Voicemail from Beth Carlson', 'Voicemail from an unknown caller'];

async function markDone(page: Page, subject: string): Promise<void> {
  await rowOf(page, subject).first().click();
  const panel = page.getByTestId('case-detail');
  await panel.getByRole('button', { name: 'Mark done' }).click();
  await expect(rowOf(page, subject)).toHaveCount(0);
}

test('the start-of-day checklist ticks itself as the agent triages, with the time and the evidence', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  // 10:00 in Chicago: chats, voicemails and emails wait; nothing is done yet.
  const ring = page.getByTestId('open-checklist');
  await expect(ring).toHaveAccessibleName('Daily checklist: 0 of 16 done');
  await ring.click();
  const dialog = page.getByRole('dialog', { name: 'Daily checklist' });
  await expect(dialog.getByTestId('checklist-summary')).toContainText('Maya Okafor · 2026-03-03 · 0 of 16 done');
  const chats = dialog.getByTestId('checklist-item-answer-waiting-chats');
  await expect(chats).toHaveAttribute('data-done', 'false');
  await expect(chats).toContainText('Ticks itself: No chat waiting');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Triage: every waiting chat answered (marked done here), then every voicemail.
  for (const subject of CHATS) await markDone(page, subject);
  await expect(ring).toHaveAccessibleName('Daily checklist: 1 of 16 done');
  for (const subject of VOICEMAILS) await markDone(page, subject);
  await expect(ring).toHaveAccessibleName('Daily checklist: 2 of 16 done');

  // The sweep runs; then Maya opens Unassigned.
  await app.advanceClock(2 * 60_000);
  await page.getByTestId('nav-unassigned').click();
  await expect(ring).toHaveAccessibleName('Daily checklist: 3 of 16 done');

  await ring.click();
  await expect(chats).toHaveAttribute('data-done', 'true');
  await expect(chats).toHaveAttribute('data-how', 'auto');
  await expect(chats).toContainText(/10:0\d · No chat waiting at 10:0\d/);
  await expect(dialog.getByTestId('checklist-item-file-voicemail')).toContainText(/Every voicemail filed at 10:0\d/);
  await expect(dialog.getByTestId('checklist-item-take-unassigned')).toContainText(/Unassigned opened 10:0\d, after the 10:0\d sweep/);
  // Email still waits: that item is open.
  await expect(dialog.getByTestId('checklist-item-file-email')).toHaveAttribute('data-done', 'false');

  // "Clock in" by hand.
  await dialog.getByRole('checkbox', { name: 'Clock in' }).check();
  await expect(dialog.getByTestId('checklist-item-clock-in')).toContainText('ticked by hand');
  await expect(dialog.getByTestId('checklist-summary')).toContainText('4 of 16 done');
  await shot(page, 'checklist-1440');

  // The same list from the command line, kept as the day's.
  const cli = JSON.parse((await app.cli(['checklist', '--agent', 'a1', '--day', '2026-03-03', '--json'])).stdout) as { day: string; done: number };
  expect(cli).toMatchObject({ day: '2026-03-03', done: 4 });

  // A phone beside the help desk: the checklist fills the screen.
  await page.setViewportSize({ width: 380, height: 800 });
  await expect(dialog.getByTestId('checklist-item-take-unassigned')).toBeVisible();
  await shot(page, 'checklist-380');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(ring).toHaveAccessibleName('Daily checklist: 4 of 16 done');
  await shot(page, 'checklist-ring-380');
});
