import { CHANNELS } from '../../../shared/domain/vocab';
import { E2E_NOW, expect, test } from './fixtures';

const channelRank = (channel: string | null) => CHANNELS.indexOf(channel as (typeof CHANNELS)[number]);

test('a new workspace offers the sample shift, and the queue then runs calls > chats > voicemails > emails', async ({ page, app }) => {
  await page.goto(app.url);
  const firstRun = page.getByTestId('first-run');
  await expect(firstRun).toBeVisible();
  await expect(firstRun.getByRole('button', { name: /start empty/i })).toBeVisible();
  await expect(firstRun.getByRole('button', { name: /import/i })).toBeVisible();
  await firstRun.getByRole('button', { name: /sample shift/i }).click();
  await expect(firstRun).toBeHidden();

  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  const channels = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-channel')));
  expect(channels.length).toBeGreaterThan(10);
  const ranks = channels.map(channelRank);
  expect(ranks.every((r) => r >= 0)).toBe(true);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  // The sample shift has something waiting on every channel, so all four appear in the first screen.
  expect(new Set(channels)).toEqual(new Set(['phone', 'chat', 'voicemail', 'email']));
  // The navigation carries counts.
  await expect(page.getByTestId('nav-all')).toContainText(/\d+/);
});

test('opening a case row shows the case with its timeline', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  const emailRow = page.locator('[data-testid="queue-row"][data-channel="email"]').first();
  await expect(emailRow).toBeVisible();
  const key = await emailRow.getAttribute('data-key');
  expect(key).toMatch(/^C-\d+/);
  await emailRow.click();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText(key!);
  await expect(detail.getByText(/timeline/i).first()).toBeVisible();
});

test('a change made through the CLI on the same database appears in the open page without a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  // A marker on the page proves there was no reload.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  const since = new Date(E2E_NOW - 60_000).toISOString();
  const file = app.writeJson('live-call.json', {
    format: 'shiftdesk-workspace',
    version: 1,
    interactions: [
      { id: 'live-call-1', channel: 'phone', state: 'waiting', since, priority: 'P1', subject: 'Call from Dana Whitfield' },
    ],
  });
  const result = await app.cli(['import', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);

  const newRow = page.locator('[data-testid="queue-row"][data-channel="phone"]', { hasText: 'Dana Whitfield' });
  await expect(newRow).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
});
