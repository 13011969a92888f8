import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { resetIntakeStore } from '../../renderer/features/intake/intakeStore';
import type { WorkItem } from '../../shared/contract/index';
import { caseDetail } from './fixtures';
import { renderApp, teardown } from './harness';
import { emailDetail, itemOf, searchHit, voicemailDetail } from './intakeFixtures';

beforeEach(resetIntakeStore);
afterEach(teardown);

function queueWith(...items: WorkItem[]) {
  return {
    'queue.list': () => ({ total: items.length, offset: 0, items }),
    'queue.counts': () => ({ all: items.length, my: 0, unassigned: items.length }),
  };
}

async function open(key: string) {
  await waitFor(() => expect(screen.getAllByTestId('queue-row').length).toBeGreaterThan(0));
  fireEvent.click(screen.getAllByTestId('queue-row').find((r) => r.getAttribute('data-key') === key)!);
  return screen.getByTestId('case-detail');
}

/** The case a filed voicemail lands in: its timeline shows the original with its recording. */
function filedCase(id: string, key: string, subject: string) {
  const vm = voicemailDetail();
  return caseDetail({
    id,
    key,
    subject,
    assignee: null,
    timeline: [
      {
        seq: 1,
        at: vm.since,
        kind: 'voicemail',
        byId: null,
        byName: 'Dana Whitaker',
        body: vm.body,
        from: null,
        to: null,
        original: {
          interactionId: vm.id,
          channel: 'voicemail',
          subject: vm.subject,
          from: vm.from,
          headers: null,
          audioUrl: vm.audioUrl,
          durationSeconds: 24,
          source: 'pbx',
          externalId: 'vm-5521',
        },
      },
    ],
  });
}

describe('a voicemail or email not yet in a case', { timeout: 20_000 }, () => {
  it('shows the sender, transcript and a player for the recording', async () => {
    const vm = voicemailDetail();
    const { fake } = renderApp({ ...queueWith(itemOf(vm)), 'interactions.get': () => vm });
    const panel = await open(vm.id);
    await within(panel).findByText(/inverter report is empty again/);
    expect(fake.callsOf('interactions.get')).toEqual([{ id: vm.id }]);
    expect(panel.textContent).toContain('Transcript');
    expect(within(panel).getByRole('link', { name: '+1 312-555-0111' }).getAttribute('href')).toBe('tel:+1 312-555-0111');
    expect(panel.textContent).toContain('Brightpath Solar');
    const audio = within(panel).getByTestId('voicemail-audio');
    expect(audio.tagName).toBe('AUDIO');
    expect(audio.getAttribute('src')).toBe('https://pbx.example.com/recordings/vm-5521.mp3');
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(panel.textContent).toContain('Recording (0:24)');
    expect(within(panel).getByRole('button', { name: /File into case/ })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Mark done' })).toBeTruthy();
  });

  it('shows no player without a recording, nor for an address the app may not play', async () => {
    for (const audioUrl of [null, 'http://pbx.lan/vm.mp3']) {
      resetIntakeStore();
      const vm = voicemailDetail({ audioUrl });
      renderApp({ ...queueWith(itemOf(vm)), 'interactions.get': () => vm });
      const panel = await open(vm.id);
      await within(panel).findByText(/inverter report is empty again/);
      expect(within(panel).queryByTestId('voicemail-audio')).toBeNull();
      expect(panel.querySelector('audio')).toBeNull();
      teardown();
    }
  });

  it('shows an email body with its headers collapsed', async () => {
    const mail = emailDetail();
    renderApp({ ...queueWith(itemOf(mail)), 'interactions.get': () => mail });
    const panel = await open(mail.id);
    await within(panel).findByText('Could you send last month’s invoice again?');
    const headers = within(panel).getByTestId('headers');
    expect(headers.tagName).toBe('DETAILS');
    expect(headers.hasAttribute('open')).toBe(false);
    expect(within(headers).getByText('Headers (2)')).toBeTruthy();
    expect(headers.textContent).toContain('<a1b2@example.com>');
    expect(within(panel).getByRole('link', { name: 'dana.whitaker@brightpath.example.com' })).toBeTruthy();
    expect(within(panel).queryByTestId('voicemail-audio')).toBeNull();
  });

  it('files into a new case with the subject, type and priority given, then opens the case and its original', async () => {
    const vm = voicemailDetail({ priority: 'P3' });
    const { fake } = renderApp({
      ...queueWith(itemOf(vm)),
      'interactions.get': () => vm,
      'interactions.file': () => filedCase('c77', 'C-1077', 'Inverter report empty'),
    });
    const panel = await open(vm.id);
    fireEvent.click(await within(panel).findByRole('button', { name: /File into case/ }));
    const dialog = await screen.findByRole('dialog', { name: 'File this voicemail into a case' });
    const subject = within(dialog).getByRole('textbox', { name: 'Subject' }) as HTMLInputElement;
    expect(subject.value).toBe('Voicemail from Dana Whitaker');
    expect(within(dialog).getByRole('combobox', { name: 'Priority' }).textContent).toContain('P3');
    expect(dialog.textContent).toContain('The reporter is Dana Whitaker');

    fireEvent.change(subject, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create case' }));
    expect(await within(dialog).findByText('Enter a subject for the new case')).toBeTruthy();
    expect(fake.callsOf('interactions.file')).toEqual([]);

    fireEvent.change(subject, { target: { value: '  Inverter report empty ' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Type' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Bug / Report a Problem' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Urgent' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create case' }));

    await screen.findByRole('heading', { name: 'Inverter report empty' });
    expect(fake.callsOf('interactions.file')).toEqual([
      { id: vm.id, newCase: { subject: 'Inverter report empty', type: 'bug', priority: 'P3', urgent: true, assignToMe: true } },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    const detail = screen.getByTestId('case-detail');
    expect(within(detail).getByTestId('case-key').textContent).toBe('C-1077');
    // The case came with the answer: no second read.
    expect(fake.callsOf('cases.get')).toEqual([]);
    const [entry] = within(detail).getAllByTestId('timeline-entry');
    expect(entry!.getAttribute('data-kind')).toBe('voicemail');
    expect(entry!.textContent).toContain('inverter report is empty again');
    const original = within(entry!).getByTestId('original');
    expect(original.textContent).toContain('From Dana Whitaker · +1 312-555-0111');
    expect(original.textContent).toContain('Subject Voicemail from Dana Whitaker');
    expect(within(original).getByTestId('voicemail-audio').getAttribute('src')).toBe('https://pbx.example.com/recordings/vm-5521.mp3');
  });

  it('adds to an existing case found by search, then opens that case', async () => {
    const mail = emailDetail();
    const hits = [searchHit(42, { subject: 'Invoices missing' }), searchHit(7, { status: 'closed', open: false, organizationName: null })];
    const { fake } = renderApp({
      ...queueWith(itemOf(mail)),
      'interactions.get': () => mail,
      'cases.search': ({ text }) => ({ cases: text === 'nothing' ? [] : hits }),
      'interactions.file': () => caseDetail({ id: 'c42', key: 'C-1042', subject: 'Invoices missing' }),
    });
    const panel = await open(mail.id);
    fireEvent.click(await within(panel).findByRole('button', { name: /File into case/ }));
    const dialog = await screen.findByRole('dialog', { name: 'File this email into a case' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to existing case' }));

    // Prefilled with the sender's address, so the sender's cases are listed at once.
    const box = within(dialog).getByRole('searchbox', { name: 'Search cases' }) as HTMLInputElement;
    expect(box.value).toBe('dana.whitaker@brightpath.example.com');
    const results = await within(dialog).findByRole('list', { name: 'Matching cases' });
    const rows = within(results).getAllByTestId('case-hit');
    expect(rows.map((r) => r.textContent)).toEqual([
      'C-1042Invoices missingDana Whitaker · Brightpath Solar — P3 · Assigned',
      'C-1007Case 7 subjectDana Whitaker — P3 · Closed',
    ]);
    expect(within(dialog).getByRole('status').textContent).toBe('2 cases found.');
    expect(within(dialog).getByRole('button', { name: 'Add to case' }).hasAttribute('disabled')).toBe(true);

    fireEvent.change(box, { target: { value: 'nothing' } });
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('No case matches “nothing”.'));
    expect(within(dialog).queryByRole('list', { name: 'Matching cases' })).toBeNull();

    fireEvent.change(box, { target: { value: 'C-1042' } });
    fireEvent.click(await within(dialog).findByRole('button', { name: /C-1042/ }));
    await waitFor(() => expect(fake.callsOf('cases.search').at(-1)).toEqual({ text: 'C-1042' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to C-1042' }));

    await screen.findByRole('heading', { name: 'Invoices missing' });
    expect(fake.callsOf('interactions.file')).toEqual([{ id: mail.id, caseId: 'c42' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps the dialog open with the core’s message when filing is refused', async () => {
    const mail = emailDetail();
    renderApp({
      ...queueWith(itemOf(mail)),
      'interactions.get': () => mail,
      'interactions.file': () => {
        throw new ApiError('conflict', `interactions.file: ${mail.id} is already filed into C-1042`);
      },
    });
    const panel = await open(mail.id);
    fireEvent.click(await within(panel).findByRole('button', { name: /File into case/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create case' }));
    expect((await within(dialog).findByTestId('file-error')).textContent).toContain('is already filed into C-1042');
  });

  it('marks a voicemail done, says who did it and when, and offers Undo, which puts it back', async () => {
    const vm = voicemailDetail();
    const done = { ...vm, state: 'done' as const, done: { at: '2026-11-24T09:58:00Z', by: { id: 'a1', name: 'Dana Reyes' }, how: 'marked_done' as const } };
    let current = vm;
    const { fake } = renderApp({
      ...queueWith(itemOf(vm)),
      'interactions.get': () => current,
      'interactions.markDone': () => (current = done),
      'interactions.undoDone': () => (current = { ...vm, item: itemOf(vm) }),
    });
    const panel = await open(vm.id);
    fireEvent.click(await within(panel).findByRole('button', { name: 'Mark done' }));
    expect((await within(panel).findByTestId('interaction-outcome')).textContent).toMatch(/^Marked done by Dana Reyes \(.+\): it has left the queue\.$/);
    expect(fake.callsOf('interactions.markDone')).toEqual([{ id: vm.id }]);
    expect(within(panel).queryByRole('button', { name: 'Mark done' })).toBeNull();
    // Still not in a case: it can be filed.
    expect(within(panel).getByRole('button', { name: /File into case/ })).toBeTruthy();

    const snackbar = await screen.findByTestId('marked-done');
    expect(snackbar.textContent).toContain('Marked done: Voicemail from Dana Whitaker');
    fireEvent.click(within(snackbar).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByTestId('marked-done')).toBeNull());
    expect(fake.callsOf('interactions.undoDone')).toEqual([{ id: vm.id }]);
    expect(await within(panel).findByRole('button', { name: 'Mark done' })).toBeTruthy();
    expect(within(panel).queryByTestId('interaction-outcome')).toBeNull();
  });

  it('keeps Undo offered after moving on to another item, and says why when undoing is refused', async () => {
    const vm = voicemailDetail();
    const mail = emailDetail();
    const { fake } = renderApp({
      ...queueWith(itemOf(vm), itemOf(mail)),
      'interactions.get': ({ id }) => (id === vm.id ? vm : mail),
      'interactions.markDone': () => ({ ...vm, state: 'done', done: { at: '2026-11-24T09:58:00Z', by: null, how: 'marked_done' } }),
      'interactions.undoDone': () => {
        throw new ApiError('conflict', `interactions.undoDone: ${vm.id} was filed into C-1042 since`);
      },
    });
    const panel = await open(vm.id);
    fireEvent.click(await within(panel).findByRole('button', { name: 'Mark done' }));
    await screen.findByTestId('marked-done');
    await open(mail.id);
    await within(screen.getByTestId('case-detail')).findByText('Could you send last month’s invoice again?');
    fireEvent.click(within(screen.getByTestId('marked-done')).getByRole('button', { name: 'Undo' }));
    expect((await screen.findByText(/^Not undone:/)).textContent).toBe(`Not undone: interactions.undoDone: ${vm.id} was filed into C-1042 since`);
    expect(fake.callsOf('interactions.undoDone')).toEqual([{ id: vm.id }]);
  });

  it('asks who called when an unknown caller’s voicemail becomes a new case, and sends the reporter', async () => {
    const vm = voicemailDetail({ contact: null, from: null, subject: null });
    const { fake } = renderApp({
      ...queueWith(itemOf(vm, { subject: 'Voicemail' })),
      'interactions.get': () => vm,
      'interactions.file': () => filedCase('c78', 'C-1078', 'Call back about the report'),
    });
    const panel = await open(vm.id);
    expect(panel.textContent).toContain('Unknown caller');
    fireEvent.click(await within(panel).findByRole('button', { name: /File into case/ }));
    const dialog = await screen.findByRole('dialog', { name: 'File this voicemail into a case' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Subject' }), { target: { value: 'Call back about the report' } });
    expect(within(dialog).getByRole('group', { name: 'Reporter' })).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reporter phone' }), { target: { value: 'call me' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create case' }));
    expect(await within(dialog).findByText('Enter the reporter’s name: who called or wrote')).toBeTruthy();
    expect(within(dialog).getByText('Use digits, spaces, + ( ) - only, e.g. +1 312-555-0111')).toBeTruthy();
    expect(fake.callsOf('interactions.file')).toEqual([]);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reporter name/ }), { target: { value: ' Lee Park ' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reporter phone' }), { target: { value: '+1 555 010 7777' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create case' }));
    await screen.findByRole('heading', { name: 'Call back about the report' });
    expect(fake.callsOf('interactions.file')).toEqual([
      {
        id: vm.id,
        newCase: {
          subject: 'Call back about the report',
          type: 'request_for_service',
          priority: 'P4',
          urgent: false,
          assignToMe: true,
          reporter: { name: 'Lee Park', phone: '+1 555 010 7777' },
        },
      },
    ]);
  });

  it('shows that somebody else filed it meanwhile, after a live update', async () => {
    let vm = voicemailDetail();
    const { fake } = renderApp({ ...queueWith(itemOf(vm)), 'interactions.get': () => vm });
    const panel = await open(vm.id);
    await within(panel).findByRole('button', { name: 'Mark done' });
    vm = { ...vm, state: 'done', case: { id: 'c42', key: 'C-1042', subject: 'Invoices missing' }, filedAt: '2026-11-24T09:50:00Z' };
    fake.emitChanged(['interactions', 'cases']);
    expect((await within(panel).findByTestId('interaction-outcome')).textContent).toContain('Filed into C-1042 · Invoices missing');
    expect(within(panel).getByRole('button', { name: 'Open C-1042' })).toBeTruthy();
  });
});
