import type { Page } from '@playwright/test';
import { E2E_NOW, expect, test } from './fixtures';

const MINUTE = 60_000;
const iso = (at: number) => new Date(at).toISOString();

/** A stand-in for the web Notification API (granted) that records what the app shows and can click it. */
async function recordWebNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: { title: string; body: string; click: () => void }[] = [];
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '', click: () => this.onclick?.() });
      }
      close() {}
    }
    Object.assign(window, { __notifications: shown });
    Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true, writable: true });
  });
}

type Recorded = { title: string; body: string; click: () => void }[];
const notificationsShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notifications: Recorded }).__notifications.map(({ title, body }) => ({ title, body })));

test('the sweep notifies once about a new unassigned case; clicking the notification opens Unassigned', async ({ page, app }, testInfo) => {
  await recordWebNotifications(page);
  await page.goto(app.url);
  await expect(page.getByTestId('first-run')).toBeVisible();

  // A workspace with one agent, an Available lead (only a lead changes the sweep interval, below), and
  // one unassigned case that came in 20 minutes ago.
  const file = app.writeJson('sweep.json', {
    format: 'shiftdesk-workspace',
    version: 1,
    agents: [{ id: 'a-lee', name: 'Lee Park', role: 'lead', status: 'available', timeZone: 'America/Chicago' }],
    organizations: [{ id: 'org-harbor', name: 'Harbor Freight Lines' }],
    contacts: [{ id: 'ct-mara', name: 'Mara Jensen', email: 'mara@harbor.example', organizationId: 'org-harbor' }],
    cases: [
      {
        id: 'case-5100',
        key: 'C-5100',
        subject: 'Customs papers missing on the Rotterdam load',
        type: 'request_for_service',
        status: 'new',
        priority: 'P3',
        channel: 'email',
        organizationId: 'org-harbor',
        reporterId: 'ct-mara',
        createdAt: iso(E2E_NOW - 20 * MINUTE),
      },
    ],
    events: [{ caseId: 'case-5100', at: iso(E2E_NOW - 20 * MINUTE), kind: 'inbound', by: 'ct-mara', body: 'The customs papers are not in the portal.' }],
  });
  const result = await app.cli(['import', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  await expect(page.getByTestId('first-run')).toBeHidden();

  // The Unassigned view shows the case and the sweep's line. The first sweep of a new workspace
  // comes at the core's next periodic check (within a minute); changing the interval re-plans at
  // once, and a sweep that is already due runs then.
  await page.getByTestId('nav-unassigned').click();
  await expect(page.locator('[data-testid="queue-row"][data-key="C-5100"]')).toBeVisible();
  const line = page.getByTestId('sweep-line');
  await expect(line).toBeVisible();
  await expect(line).toContainText(/every 15 min/);
  await line.getByRole('button', { name: 'Change' }).click();
  const input = page.getByTestId('sweep-interval-input');

  // The core refuses an interval outside 5-60 and says why; nothing changes.
  await input.fill('3');
  await page.getByTestId('sweep-interval-save').click();
  await expect(page.getByTestId('sweep-interval-form')).toContainText('5 is the shortest');
  await input.fill('5');
  await page.getByTestId('sweep-interval-save').click();
  await expect(page.getByTestId('sweep-interval-form')).toBeHidden();

  // One grouped notification: "1 new unassigned case, waiting 20 min", naming the case.
  await expect.poll(() => notificationsShown(page), { timeout: 15_000 }).toHaveLength(1);
  const [shown] = await notificationsShown(page);
  expect(shown!.title).toMatch(/^1 new unassigned case, waiting \d+ min$/);
  expect(`${shown!.title}\n${shown!.body}`).toContain('C-5100');
  await expect(line).toContainText(/Next sweep in [45] min · every 5 min/);

  // The agent is elsewhere when it arrives; clicking it brings Unassigned back.
  await page.getByTestId('nav-all').click();
  await expect(line).toBeHidden();
  await page.evaluate(() => (window as unknown as { __notifications: Recorded }).__notifications[0]!.click());
  await expect(page.getByTestId('nav-unassigned')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('sweep-line')).toBeVisible();
  await expect(page.locator('[data-testid="queue-row"][data-key="C-5100"]')).toBeVisible();

  // The sweep log lists it: notified, one new, its key.
  await page.getByTestId('sweep-log-open').click();
  const log = page.getByTestId('sweep-log');
  await expect(log).toBeVisible();
  const entry = log.getByTestId('sweep-log-entry').first();
  await expect(entry).toHaveAttribute('data-outcome', 'notified');
  await expect(entry).toContainText('1 waiting · 1 new');
  await expect(entry).toContainText('New: C-5100');
  const shot = await page.screenshot();
  await testInfo.attach('sweep-log-1280', { body: shot, contentType: 'image/png' });
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/sweep-log-1280.png` });
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(log).toBeHidden();
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/unassigned-1280.png` });
  expect(await notificationsShown(page)).toHaveLength(1);
});
