import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../shared/contract/index';
import type { AuditEntry } from '../../shared/contract/team';
import { AUDIT_PAGE, useAuditStore } from '../../renderer/features/audit/auditStore';
import { DANA } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(() => {
  teardown();
  useAuditStore.setState({ open: false, entries: null });
});

const LEAD: Agent = { ...DANA, id: 'a2', name: 'Jordan Pike', role: 'lead', timeZone: 'America/New_York' };
const LUIS: Agent = { ...DANA, id: 'a3', name: 'Luis Ortega' };

const entry = (seq: number, e: Partial<AuditEntry>): AuditEntry => ({ seq, at: '2026-11-24T09:30:00Z', by: LEAD.id, byName: LEAD.name, action: 'settings.sla', subject: null, detail: {}, ...e });

/** The newest page: a reassignment by the lead, the app's status change, then filler down to a full page. */
const NEWEST: AuditEntry[] = [
  entry(100, { action: 'case.reassign', subject: 'c12', detail: { key: 'SD-12', from: DANA.id, to: LUIS.id, teamId: null } }),
  entry(99, { at: '2026-11-24T08:00:00Z', by: null, byName: null, action: 'agent.status', subject: DANA.id, detail: { from: 'available', to: 'in_a_meeting', reason: 'SLA upkeep block started' } }),
  ...Array.from({ length: AUDIT_PAGE - 2 }, (_, i) => entry(98 - i, { at: '2026-11-23T09:00:00Z' })),
];
const OLDER: AuditEntry[] = [entry(10, { at: '2026-11-20T09:00:00Z', by: DANA.id, byName: DANA.name, action: 'agent.status', subject: DANA.id, detail: { from: 'available', to: 'unavailable', endOfDay: true } })];

async function openAuditList(agent: Agent) {
  const { fake } = renderApp({
    'session.get': () => ({ agent }),
    'agents.list': () => [DANA, LEAD, LUIS],
    'audit.list': (input) => ({ entries: input.before === undefined ? NEWEST : OLDER }),
  });
  fireEvent.click(await screen.findByTestId('agent-menu'));
  const menu = await screen.findByRole('menu');
  return { fake, menu };
}

describe('the audit list', () => {
  it('is in the agent menu for leads only', async () => {
    const { menu } = await openAuditList(DANA);
    await within(menu).findByText('Jordan Pike');
    expect(within(menu).queryByText('Audit list…')).toBeNull();
  });

  it("says each action in plain words, newest first, with who and when in the lead's time zone; the app's own as by the app", async () => {
    const { menu } = await openAuditList(LEAD);
    fireEvent.click(within(menu).getByText('Audit list…'));
    const dialog = await screen.findByRole('dialog', { name: 'Audit list' });
    await waitFor(() => expect(within(dialog).getAllByTestId('audit-entry')).toHaveLength(AUDIT_PAGE));
    const [first, second] = within(dialog).getAllByTestId('audit-entry');
    expect(first!.textContent).toContain('Jordan Pike reassigned SD-12 from Dana Reyes to Luis Ortega');
    // 09:30 UTC is 04:30 in New York, the lead's zone.
    expect(first!.textContent).toContain('04:30');
    expect(first!.textContent).toContain('by Jordan Pike');
    expect(second!.textContent).toContain("The app set Dana Reyes's status to In a meeting (SLA upkeep block started)");
    expect(second!.textContent).toContain('by the app');
  });

  it('pages back with Show older, from the oldest entry read, and offers no more after a short page', async () => {
    const { menu, fake } = await openAuditList(LEAD);
    fireEvent.click(within(menu).getByText('Audit list…'));
    const dialog = await screen.findByRole('dialog', { name: 'Audit list' });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(within(dialog).getAllByTestId('audit-entry')).toHaveLength(AUDIT_PAGE + 1));
    expect(within(dialog).getAllByTestId('audit-entry').at(-1)!.textContent).toContain('Dana Reyes set their status to Unavailable (end of day)');
    expect(fake.callsOf('audit.list').at(-1)).toEqual({ limit: AUDIT_PAGE, before: NEWEST.at(-1)!.seq });
    expect(within(dialog).queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  it('shows a new recorded action at the top while open, keeping what was read', async () => {
    let newest = NEWEST;
    const { fake } = renderApp({
      'session.get': () => ({ agent: LEAD }),
      'agents.list': () => [DANA, LEAD, LUIS],
      'audit.list': (input) => ({ entries: input.before === undefined ? newest : OLDER }),
    });
    fireEvent.click(await screen.findByTestId('agent-menu'));
    fireEvent.click(within(await screen.findByRole('menu')).getByText('Audit list…'));
    const dialog = await screen.findByRole('dialog', { name: 'Audit list' });
    await waitFor(() => expect(within(dialog).getAllByTestId('audit-entry')).toHaveLength(AUDIT_PAGE));
    newest = [entry(101, { action: 'team.offQueue', subject: DANA.id, detail: { until: '2026-11-24T22:00:00Z', reason: 'Dentist', from: 'available' } }), ...NEWEST.slice(0, -1)];
    fake.emitChanged(['audit']);
    await waitFor(() => expect(within(dialog).getAllByTestId('audit-entry')).toHaveLength(AUDIT_PAGE + 1));
    expect(within(dialog).getAllByTestId('audit-entry')[0]!.textContent).toContain('Jordan Pike approved off-queue time for Dana Reyes until Tue 17:00: Dentist');
  });
});
