import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MINUTE = 60_000;
const iso = (at: number) => new Date(at).toISOString();

/**
 * How far after "now" the case's warning instant lies: far enough that the import and the first queue
 * read land while the case is still `ok` however slow the machine. Nothing waits for it in real time:
 * the test moves the server's clock (its `--test-clock`) and the page's (`page.clock`) past it. Both
 * start at E2E_NOW and run on in real time, so they agree to within the second or so between the two
 * fixtures starting; the move goes a minute past the instant to cover that.
 */
const WARNING_IN_MS = 10 * MINUTE;
const MOVE_CLOCKS_MS = WARNING_IN_MS + MINUTE;

/** A stand-in for the web Notification API (granted), recording what the app shows. */
async function recordWebNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '' });
      }
      close() {}
    }
    Object.assign(window, { __notifications: shown });
    Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true, writable: true });
  });
}

const notificationsShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notifications: { title: string; body: string }[] }).__notifications);

test('an item crossing into warning shows the badge change live and a notification-centre entry; clicking it opens the case', async ({ page, app }) => {
  test.setTimeout(60_000);
  await recordWebNotifications(page);
  await page.goto(app.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  // A marker on the page proves there was no reload.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  // An emergency (P1: 1 hour on the calendar clock, warning once 45 min are used) opened 45 min
  // before the warning instant we want; a second, quiet case stays ok throughout. Both are Dana's (the
  // workspace's first agent, so the page's): the unassigned sweep, which the clock's move also brings
  // round, has nothing to say about them.
  const now = await page.evaluate(() => Date.now());
  const warningAt = now + WARNING_IN_MS;
  const file = app.writeJson('sla-alert.json', {
    format: 'shiftdesk-workspace',
    version: 1,
    calendar: {
      timeZone: 'America/Chicago',
      week: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']], wed: [['08:00', '17:00']], thu: [['08:00', '17:00']], fri: [['08:00', '17:00']] },
    },
    agents: [{ id: 'ag-dana', name: 'Dana Whitfield', email: 'dana@shiftdesk.example', role: 'agent', timeZone: 'America/Chicago', status: 'available' }],
    organizations: [{ id: 'org-harbor', name: 'Harbor Freight Lines' }],
    contacts: [{ id: 'ct-mara', name: 'Mara Jensen', email: 'mara@harbor.example', organizationId: 'org-harbor' }],
    cases: [
      {
        id: 'case-4100',
        key: 'C-4100',
        subject: 'Dispatch board shows no trucks',
        type: 'bug',
        status: 'assigned',
        priority: 'P1',
        channel: 'email',
        organizationId: 'org-harbor',
        reporterId: 'ct-mara',
        assigneeId: 'ag-dana',
        createdAt: iso(warningAt - 45 * MINUTE),
      },
      {
        id: 'case-4101',
        key: 'C-4101',
        subject: 'Invoice PDF has the old logo',
        type: 'request_for_service',
        status: 'assigned',
        priority: 'P4',
        channel: 'email',
        organizationId: 'org-harbor',
        reporterId: 'ct-mara',
        assigneeId: 'ag-dana',
        createdAt: iso(now - 5 * MINUTE),
      },
    ],
    events: [
      { caseId: 'case-4100', at: iso(warningAt - 45 * MINUTE), kind: 'inbound', by: 'ct-mara', body: 'Since this morning the dispatch board is empty for all our depots.' },
      { caseId: 'case-4101', at: iso(now - 5 * MINUTE), kind: 'inbound', by: 'ct-mara', body: 'Our invoices still carry the 2024 logo.' },
    ],
  });
  const result = await app.cli(['import', file, '--at', iso(now)]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);

  // The import reaches the open page (the first-run choice is made), the case still ok.
  await expect(page.getByTestId('first-run')).toBeHidden();
  const row = page.locator('[data-testid="queue-row"][data-key="C-4100"]');
  const badge = row.getByTestId('sla-badge');
  await expect(badge).toHaveAttribute('data-state', 'ok');
  await expect(badge).toHaveAttribute('data-class', 'emergency');
  const bell = page.getByTestId('alerts-bell');
  await expect(bell).toHaveAccessibleName(/none unread/);

  // Eleven minutes pass on the server's clock: its scheduler fires the warning at once; the `changed`
  // event makes the open queue re-read and the badge turns amber. (The page's clock has not moved
  // yet, and on its own would still say ok: this is the server's alert reaching the open page.)
  await app.advanceClock(MOVE_CLOCKS_MS);
  await expect(badge).toHaveAttribute('data-state', 'warning');
  // The page's clock follows, so the two agree again on the time left.
  await page.clock.fastForward(MOVE_CLOCKS_MS);
  await expect(row).toContainText(/left/);
  await expect(page.locator('[data-testid="queue-row"][data-key="C-4101"]').getByTestId('sla-badge')).toHaveAttribute('data-state', 'ok');
  await expect(bell).toHaveAccessibleName(/1 unread/);
  await expect(bell).toContainText('1');
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  // Browser mode showed a web notification naming the case, the customer and the subject.
  await expect.poll(() => notificationsShown(page)).toHaveLength(1);
  const [shown] = await notificationsShown(page);
  expect(shown!.title).toMatch(/^Due soon: C-4100 · \d+ min left$/);
  expect(shown!.body).toContain('Mara Jensen (Harbor Freight Lines) — Dispatch board shows no trucks');

  // The notification centre lists it, unread; clicking it opens the case and marks it read.
  await bell.click();
  const centre = page.getByTestId('alerts-centre');
  await expect(centre).toBeVisible();
  const entries = centre.getByTestId('alert-entry');
  await expect(entries).toHaveCount(1);
  const entry = entries.first();
  await expect(entry).toHaveAttribute('data-kind', 'warning');
  await expect(entry).toHaveAttribute('data-read', 'false');
  await expect(entry).toContainText('C-4100');
  await expect(entry).toContainText('Due soon');
  await expect(entry).toContainText(/\d+ min left/);
  await expect(entry).toContainText('Mara Jensen (Harbor Freight Lines) — Dispatch board shows no trucks');
  await entry.click();

  await expect(centre).toBeHidden();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('C-4100');
  await expect(detail).toContainText('Dispatch board shows no trucks');
  await expect(detail.getByTestId('sla-badge')).toHaveAttribute('data-state', 'warning');
  await expect(detail.getByTestId('sla-explainer')).toBeVisible();
  await expect(bell).toHaveAccessibleName(/none unread/);

  // Opened once, it stays read; the scheduler does not raise the same warning again.
  await bell.click();
  await expect(centre.getByTestId('alert-entry')).toHaveCount(1);
  await expect(centre.getByTestId('alert-entry').first()).toHaveAttribute('data-read', 'true');
  expect(await notificationsShown(page)).toHaveLength(1);
});
