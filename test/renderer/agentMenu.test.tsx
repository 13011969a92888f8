import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../shared/contract/index';
import { DANA } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

const MAYA: Agent = { ...DANA, id: 'a2', name: 'Maya Okafor', email: 'maya@example.com', role: 'lead' };

describe('agent menu', () => {
  it('says beside the profiles that choosing one is not a sign-in', async () => {
    renderApp({ 'agents.list': () => [DANA, MAYA] });
    fireEvent.click(await screen.findByTestId('agent-menu'));
    const menu = await screen.findByRole('menu');
    await within(menu).findByText('Maya Okafor');
    expect(within(menu).getByTestId('profile-not-sign-in').textContent).toMatch(/not a sign-in/i);
  });

  it('says it also before anyone is chosen', async () => {
    renderApp({ 'session.get': () => ({ agent: null }), 'agents.list': () => [DANA, MAYA] });
    fireEvent.click(await screen.findByTestId('agent-menu'));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('Who are you?')).toBeTruthy();
    expect(within(menu).getByTestId('profile-not-sign-in').textContent).toMatch(/not a sign-in/i);
  });
});
