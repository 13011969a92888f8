import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import type { ImportSummary } from '../../shared/contract/index';
import { workspaceStatus } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

const zero = { agents: 0, organizations: 0, contacts: 0, cases: 0, events: 0, interactions: 0 };
const summary: ImportSummary = { written: { ...zero, cases: 40 }, unchanged: zero };

describe('first run', () => {
  it('offers the three starts when the workspace is new, and loads the sample shift', async () => {
    let onboarded = false;
    const { fake } = renderApp({
      'workspace.status': () => workspaceStatus(onboarded),
      'workspace.loadSample': () => {
        onboarded = true;
        return summary;
      },
    });
    const dialog = await screen.findByTestId('first-run');
    expect(within(dialog).getByText(/a realistic live shift so you can try everything/i)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Start empty' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Import a workspace file' })).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Load the sample shift' }));
    await waitFor(() => expect(screen.queryByTestId('first-run')).toBeNull());
    expect(fake.callsOf('workspace.loadSample')).toEqual([{}]);
    expect(fake.callsOf('workspace.startEmpty')).toEqual([]);
  });

  it('does not appear once the workspace is set up', async () => {
    const { fake } = renderApp();
    await waitFor(() => expect(fake.callsOf('workspace.status')).toHaveLength(1));
    await screen.findByTestId('queue-empty');
    expect(screen.queryByTestId('first-run')).toBeNull();
  });

  it('imports the chosen file and shows the core message naming the bad record', async () => {
    const { fake } = renderApp({
      'workspace.status': () => workspaceStatus(false),
      'workspace.import': () => {
        throw new ApiError('invalid_input', 'cases[17].priority: expected P1..P6, got "urgent"');
      },
    });
    const dialog = await screen.findByTestId('first-run');
    const content = '{"format":"shiftdesk-workspace","version":1}';
    const input = within(dialog).getByTestId('import-file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([content], 'workspace.json', { type: 'application/json' })] } });

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('cases[17].priority: expected P1..P6, got "urgent"');
    expect(fake.callsOf('workspace.import')).toEqual([{ content }]);
    expect(screen.getByTestId('first-run')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Load the sample shift' }).hasAttribute('disabled')).toBe(false);
  });
});
