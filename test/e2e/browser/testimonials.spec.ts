import { E2E_NOW, expect, test } from './fixtures';

/**
 * Issue 11 item 10 in browser mode (docs/closure.md): two cases got their resolution email 8 days ago.
 * The app's closure timer closes the one that is not a testimonial candidate; the one marked possible
 * testimonial waits in the Testimonial follow-ups list, where the agent previews the request, records
 * it, and the case closes.
 */
const DAY = 24 * 3600_000;
const resolvedAt = new Date(E2E_NOW - 8 * DAY).toISOString();

test('a due testimonial candidate is followed up from the list: the request previewed, recorded, the case closed', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  const caseFields = { type: 'request_for_service', status: 'pending_closure', priority: 'P4', channel: 'email', organizationId: 'org-harbor', reporterId: 'ct-mara', assigneeId: 'ag-riley', createdAt: new Date(E2E_NOW - 10 * DAY).toISOString(), resolvedAt };
  const file = app.writeJson('closure.json', {
    format: 'shiftdesk-workspace',
    version: 1,
    agents: [{ id: 'ag-riley', name: 'Riley Park', email: 'riley@example.com', role: 'agent', timeZone: 'America/Chicago', status: 'available' }],
    organizations: [{ id: 'org-harbor', name: 'Harbor Freight Lines' }],
    contacts: [{ id: 'ct-mara', name: 'Mara Jensen', email: 'mara@harbor.example', organizationId: 'org-harbor' }],
    cases: [
      { id: 'case-6001', key: 'C-6001', subject: 'Customs papers missing', possibleTestimonial: true, ...caseFields },
      { id: 'case-6002', key: 'C-6002', subject: 'Invoice address', ...caseFields },
    ],
  });
  const imported = await app.cli(['import', file]);
  expect(imported.stderr).toBe('');
  await expect(page.getByTestId('first-run')).toBeHidden();

  // The button in the app bar says one follow-up is due; the list shows why.
  const open = page.getByTestId('open-testimonials');
  await expect(open).toHaveAccessibleName('Testimonial follow-ups: 1 due');
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Testimonial follow-ups' });
  const row = dialog.getByTestId('testimonial-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('C-6001 · Customs papers missing');
  await expect(row).toContainText('Harbor Freight Lines · Mara Jensen');
  await expect(row).toContainText('Marked possible testimonial');
  await row.getByRole('button', { name: 'Follow up…' }).click();

  // The Google Apps request has a link no lead set: it cannot be recorded until written over.
  const form = page.getByRole('dialog', { name: 'Follow up C-6001' });
  await form.getByLabel('Testimonial request: Google Apps customer').check();
  await expect(form.getByText(/Write over the blank shown as \[…\] first/)).toBeVisible();
  await expect(form.getByTestId('testimonial-record')).toBeDisabled();

  // The Standard request, previewed filled from the case, edited, recorded.
  await form.getByLabel('Testimonial request: Standard').check();
  const body = form.getByTestId('testimonial-body');
  await expect(body).toHaveValue(/Thank you again for working with us on "Customs papers missing" \(C-6001\)/);
  const text = `${await body.inputValue()}\n\nRiley`;
  await body.fill(text);
  await form.getByRole('button', { name: 'Record and close' }).click();
  await expect(page.getByTestId('testimonials-done')).toContainText('C-6001 closed');
  await expect(page.getByTestId('testimonials-empty')).toBeVisible();

  // On the case: the request as a public reply, then the closure, both in Riley's name; the other case
  // was closed by the timer.
  const shown = JSON.parse((await app.cli(['case', 'show', 'C-6001', '--json'])).stdout) as { status: string; timeline: { kind: string; byId: string | null; body: string | null; to: string | null }[] };
  expect(shown.status).toBe('closed');
  expect(shown.timeline.slice(-2).map((e) => [e.kind, e.byId, e.to])).toEqual([
    ['public_reply', 'ag-riley', null],
    ['status', 'ag-riley', 'closed'],
  ]);
  expect(shown.timeline.at(-2)!.body).toBe(text.trim());
  const other = JSON.parse((await app.cli(['case', 'show', 'C-6002', '--json'])).stdout) as { status: string; timeline: { kind: string; byId: string | null; body: string | null }[] };
  expect(other.status).toBe('closed');
  expect(other.timeline.at(-1)).toMatchObject({ kind: 'status', byId: null, body: expect.stringContaining('Closed automatically 7 days after the resolution email') });

  // Closing the list: nothing is due any more, so the button goes.
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(open).toBeHidden();
});
