import { E2E_NOW, expect, test } from './fixtures';

const MINUTE = 60_000;

interface IntakeInfo {
  url: string | null;
  token: string;
  running: boolean;
}

test('a call pushed to the intake endpoint jumps to the top of the open queue live (after a priority organization\'s emergency), and leaves it when answered', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const before = await rows.first().textContent();
  expect(before).not.toContain('Rosa Delgado');

  // The phone system asks the workspace where to send and with which token.
  const info = await app.cli(['intake-info', '--json']);
  expect(info.code).toBe(0);
  const { url, token, running } = JSON.parse(info.stdout) as IntakeInfo;
  expect(running).toBe(true);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/intake$/);

  const push = (event: Record<string, unknown>) =>
    fetch(url!, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(event) });

  // An urgent call that has been ringing (held in the phone menu) longer than anything in the sample:
  // urgent first, then priority organizations, then the longest waiting (queue.md Order), so it comes
  // right after the sample's emergency call from a priority organization, above every other item.
  const call = {
    source: 'pbx',
    externalId: 'call-e2e-1',
    channel: 'phone',
    status: 'ringing',
    at: new Date(E2E_NOW - 3 * 60 * MINUTE).toISOString(),
    urgent: true,
    priority: 'P1',
    from: { name: 'Rosa Delgado', phone: '+1 312 555 0199' },
    subject: 'Call from Rosa Delgado',
  };
  const ringing = await push(call);
  expect(ringing.status).toBe(200);
  const answer = (await ringing.json()) as { state: string; changed: boolean };
  expect(answer).toMatchObject({ state: 'waiting', changed: true });

  await expect(rows.first()).toContainText('priority org');
  const first = rows.nth(1);
  await expect(first).toContainText('Rosa Delgado');
  await expect(first).toHaveAttribute('data-channel', 'phone');
  await expect(first).toContainText(/emergency/i);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  // Answered at the desk phone: it leaves the queue, still without a reload.
  const answered = await push({ ...call, status: 'answered', at: new Date(E2E_NOW).toISOString() });
  expect(answered.status).toBe(200);
  expect(await answered.json()).toMatchObject({ state: 'done', item: null });
  await expect(page.getByTestId('queue-row').filter({ hasText: 'Rosa Delgado' })).toHaveCount(0);
  await expect(rows.nth(1)).not.toContainText('Rosa Delgado');
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
});
