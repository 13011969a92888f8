import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../shared/contract/index';
import { DANA, caseItem } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

const LEE: Agent = { ...DANA, id: 'a2', name: 'Lee Park', email: 'lee@example.com' };

describe('app bar', () => {
  it('shows the agent and status, and changes the status from its menu', async () => {
    const { fake } = renderApp({
      'agents.list': () => [DANA, LEE],
      'agents.setStatus': (input) => ({ ...DANA, status: input.status }),
    });
    const button = await screen.findByRole('button', { name: /Dana Reyes · Available/ });
    fireEvent.click(button);
    expect((await screen.findByRole('menuitemradio', { name: 'Available' })).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'In a meeting' }));
    await screen.findByRole('button', { name: /Dana Reyes · In a meeting/ });
    expect(fake.callsOf('agents.setStatus')).toEqual([{ agentId: 'a1', status: 'in_a_meeting' }]);
  });

  it('lets the agent say who they are when this device has nobody', async () => {
    let agent: Agent | null = null;
    const { fake } = renderApp({
      'session.get': () => ({ agent }),
      'agents.list': () => [DANA, LEE],
      'session.setAgent': (input) => {
        agent = [DANA, LEE].find((a) => a.id === input.agentId)!;
        return { agent };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Choose who you are/ }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByRole('menuitemradio', { name: 'Available' })).toBeNull();
    fireEvent.click(await within(menu).findByRole('menuitem', { name: /Lee Park/ }));
    await screen.findByRole('button', { name: /Lee Park · Available/ });
    expect(fake.callsOf('session.setAgent')).toEqual([{ agentId: 'a2' }]);
  });
});

describe('navigation', () => {
  it('shows each view with its count and switches the list to the chosen view', async () => {
    const mine = caseItem(7, { subject: 'Mine only' });
    const { fake } = renderApp({
      'queue.counts': () => ({ all: 12, my: 1, unassigned: 4 }),
      'queue.list': (input) =>
        input.view === 'my' ? { total: 1, offset: 0, items: [mine] } : { total: 1, offset: 0, items: [caseItem(1)] },
    });
    await waitFor(() => expect(screen.getByTestId('nav-all').textContent).toBe('All open12'));
    expect(screen.getByTestId('nav-my').textContent).toBe('My queue1');
    expect(screen.getByTestId('nav-unassigned').textContent).toBe('Unassigned4');

    fireEvent.click(screen.getByTestId('nav-my'));
    await waitFor(() => expect(screen.getAllByTestId('queue-row').map((r) => r.getAttribute('data-key'))).toEqual(['C-1007']));
    expect(screen.getByTestId('nav-my').getAttribute('aria-selected')).toBe('true');
    expect(fake.callsOf('queue.list').at(-1)).toEqual({ view: 'my', offset: 0, limit: 100 });
  });
});

describe('connection', () => {
  it('says when browser mode is reconnecting, and stops saying it once connected', async () => {
    const { fake } = renderApp();
    await screen.findByTestId('queue-empty');
    expect(screen.queryByTestId('connection-notice')).toBeNull();
    act(() => fake.setConnection('reconnecting'));
    expect(screen.getByTestId('connection-notice').textContent).toContain('Reconnecting');
    act(() => fake.setConnection('open'));
    expect(screen.queryByTestId('connection-notice')).toBeNull();
  });
});
