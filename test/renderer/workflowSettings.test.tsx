import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetWorkflowStore } from '../../renderer/features/settings/workflowStore';
import type { Agent } from '../../shared/contract/index';
import type { WorkflowSettings } from '../../shared/contract/workflowSettings';
import { DEFAULT_RULES } from '../../shared/rules/defaultRules';
import { DEFAULT_TEMPLATES } from '../../shared/templates/defaultTemplates';
import { DANA } from './fixtures';
import { renderApp, teardown } from './harness';

/** The workflow settings screen: leads edit the rules (order, switch, JSON), others only see them. */
const LEAD: Agent = { ...DANA, role: 'lead' };

const settings = (canEdit: boolean): WorkflowSettings => ({
  canEdit,
  rules: DEFAULT_RULES.slice(0, 2).map((r) => structuredClone(r)),
  defaultRules: true,
  templates: DEFAULT_TEMPLATES.map((t) => ({ ...t, edited: false, defaultSubject: t.subject, defaultBody: t.body })),
  templateLinks: {},
  teams: [{ id: 'support', name: 'Support team', members: [] }],
  releases: [],
});

beforeEach(resetWorkflowStore);
afterEach(() => {
  teardown();
  resetWorkflowStore();
});

async function openRules(agent: Agent, canEdit: boolean) {
  const app = renderApp({
    'session.get': () => ({ agent }),
    'agents.list': () => [agent],
    'workflow.get': () => settings(canEdit),
    'workflow.saveRules': (input) => ({ ...settings(true), rules: input.rules as WorkflowSettings['rules'], defaultRules: false }),
  });
  fireEvent.click(await screen.findByTestId('agent-menu'));
  fireEvent.click(await screen.findByTestId('open-workflow-settings'));
  const dialog = await screen.findByTestId('workflow-settings');
  fireEvent.click(await within(dialog).findByTestId('workflow-tab-rules'));
  await within(dialog).findByText(/1\. Priority organization/);
  return { ...app, dialog };
}

describe('workflow settings: rules', { timeout: 20_000 }, () => {
  it('a lead moves a rule, switches one off and saves the list in that order', async () => {
    const { fake, dialog } = await openRules(LEAD, true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move needs-config-link up' }));
    fireEvent.click(within(dialog).getByRole('switch', { name: 'priority-organization enabled' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save rules' }));
    await waitFor(() => expect(fake.callsOf('workflow.saveRules')).toHaveLength(1));
    const [{ rules }] = fake.callsOf('workflow.saveRules') as [{ rules: { id: string; enabled: boolean }[] }];
    expect(rules.map((r) => [r.id, r.enabled])).toEqual([
      ['needs-config-link', true],
      ['priority-organization', false],
    ]);
    expect((await within(dialog).findByTestId('workflow-saved')).textContent).toContain('Rules saved');
  });

  it('names the path of a mistake in a rule edited as JSON, and will not apply it', async () => {
    const { dialog } = await openRules(LEAD, true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit needs-config-link' }));
    const text = within(dialog).getByTestId('rule-json');
    fireEvent.change(text, { target: { value: (text as HTMLTextAreaElement).value.replace('"P4"', '"P7"') } });
    expect(within(dialog).getByText(/rules\[1\]\.actions\[0\]\.atLeast: expected P1\.\.P6, got "P7"/)).not.toBeNull();
    expect((within(dialog).getByRole('button', { name: 'Apply to the list' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('an agent who is not a lead sees the rules read-only', async () => {
    const { dialog } = await openRules(DANA, false);
    expect(within(dialog).getByTestId('workflow-read-only')).not.toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Save rules' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /^Edit / })).toBeNull();
    expect((within(dialog).getByRole('switch', { name: 'priority-organization enabled' }) as HTMLInputElement).disabled).toBe(true);
  });
});
