import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { resetIntakeStore } from '../../renderer/features/intake/intakeStore';
import { emptyLogForm, logPayload, validateLogForm } from '../../renderer/features/intake/logForm';
import type { InteractionDetail } from '../../shared/contract/index';
import { renderApp, teardown } from './harness';
import { voicemailDetail } from './intakeFixtures';

beforeEach(resetIntakeStore);
afterEach(teardown);

describe('the log form’s checks', () => {
  it('names each field that is missing or malformed', () => {
    expect(validateLogForm(emptyLogForm())).toEqual({
      name: 'Enter the contact’s name',
      subject: 'Enter a subject: what the call or chat is about',
    });
    const errors = validateLogForm({ ...emptyLogForm(), name: 'Max', subject: 'x', phone: 'call me', email: 'max@' });
    expect(errors).toEqual({
      phone: 'Use digits, spaces, + ( ) - only, e.g. +1 312-555-0111',
      email: 'Enter an email address like name@example.com',
    });
    expect(validateLogForm({ ...emptyLogForm(), name: 'Max', subject: 's'.repeat(301) }).subject).toBe('At most 300 characters');
  });

  it('sends trimmed texts and leaves out what was not given', () => {
    expect(logPayload({ ...emptyLogForm(), name: ' Max ', subject: ' Login ', note: '  ' })).toEqual({
      channel: 'phone',
      contact: { name: 'Max' },
      subject: 'Login',
      priority: null,
      urgent: false,
      assignToMe: true,
    });
  });
});

describe('Log call / chat', { timeout: 20_000 }, () => {
  /** What the core answers: the chat recorded as done, by Dana, not in the queue. */
  function loggedChat(): InteractionDetail {
    return voicemailDetail({
      id: 'chat-1a2b3c4d',
      channel: 'chat',
      state: 'done',
      status: null,
      source: null,
      externalId: null,
      since: '2026-11-24T10:00:00Z',
      subject: 'Portal login fails',
      body: 'Customer cannot log in since the update',
      from: null,
      contact: { id: 'p1', name: 'Max Mustermann', email: 'max@acme.example', phone: null, organizationName: null },
      priority: 'P2',
      urgent: true,
      audioUrl: null,
      durationSeconds: null,
      assigneeId: 'a1',
      done: { at: '2026-11-24T10:00:00Z', by: { id: 'a1', name: 'Dana Reyes' }, how: 'logged' },
    });
  }

  it('checks each field, logs the chat with the right payload, and opens it as a record to file, not as a waiting chat', async () => {
    const detail = loggedChat();
    const { fake } = renderApp({ 'interactions.log': () => detail });

    fireEvent.click(await screen.findByRole('button', { name: 'Log call / chat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a call or chat' });
    expect(dialog.textContent).toContain('It is recorded as done, not put in the queue');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log call' }));
    expect(await within(dialog).findByText('Enter the contact’s name')).toBeTruthy();
    expect(within(dialog).getByText('Enter a subject: what the call or chat is about')).toBeTruthy();
    expect(fake.callsOf('interactions.log')).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Chat' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name/ }), { target: { value: 'Max Mustermann' } });
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    fireEvent.change(email, { target: { value: 'max@' } });
    fireEvent.blur(email);
    expect(await within(dialog).findByText('Enter an email address like name@example.com')).toBeTruthy();
    fireEvent.change(email, { target: { value: 'max@acme.example' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Subject/ }), { target: { value: 'Portal login fails' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), { target: { value: 'Customer cannot log in since the update' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Priority' }));
    fireEvent.click(await screen.findByRole('option', { name: 'P2 Blocker' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Urgent' }));
    expect(within(dialog).queryByText('Enter the contact’s name')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log chat' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('interactions.log')).toEqual([
      {
        channel: 'chat',
        contact: { name: 'Max Mustermann', email: 'max@acme.example' },
        subject: 'Portal login fails',
        note: 'Customer cannot log in since the update',
        priority: 'P2',
        urgent: true,
        assignToMe: true,
      },
    ]);
    // Opened at once in the detail panel, as the core answered (no second read): logged, ready to file, nothing to take or mark done.
    const panel = screen.getByTestId('case-detail');
    await within(panel).findByText('Customer cannot log in since the update');
    expect(within(panel).getByRole('heading', { name: 'Portal login fails' })).toBeTruthy();
    expect(within(panel).getByTestId('interaction-outcome').textContent).toMatch(/^Logged by Dana Reyes \(.+\): a chat that already happened, not in the queue\./);
    expect(within(panel).getByRole('button', { name: /File into case/ })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Mark done' })).toBeNull();
    expect(within(panel).queryByTestId('take-button')).toBeNull();
    expect(fake.callsOf('interactions.get')).toEqual([]);
    // The queue has no row for it.
    expect(screen.queryAllByTestId('queue-row')).toEqual([]);
  });

  it('keeps what was typed and shows the core’s refusal', async () => {
    renderApp({
      'interactions.log': () => {
        throw new ApiError('invalid_input', 'contact.email: expected an email address, got "max@acme"');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Log call / chat' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name/ }), { target: { value: 'Max' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Subject/ }), { target: { value: 'Callback' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log call' }));
    expect((await within(dialog).findByTestId('log-error')).textContent).toContain('Not logged: contact.email: expected an email address');
    expect((within(dialog).getByRole('textbox', { name: /Subject/ }) as HTMLInputElement).value).toBe('Callback');
  });

  it('can leave the item unassigned', async () => {
    const { fake } = renderApp({ 'interactions.log': () => ({ ...loggedChat(), channel: 'phone', assigneeId: null }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Log call / chat' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name/ }), { target: { value: 'Max' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Phone' }), { target: { value: '+49 30 1234567' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Subject/ }), { target: { value: 'Callback' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Assign to me' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log call' }));
    await waitFor(() => expect(fake.callsOf('interactions.log')).toHaveLength(1));
    expect(fake.callsOf('interactions.log')[0]).toEqual({
      channel: 'phone',
      contact: { name: 'Max', phone: '+49 30 1234567' },
      subject: 'Callback',
      priority: null,
      urgent: false,
      assignToMe: false,
    });
  });
});
