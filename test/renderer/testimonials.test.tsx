import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetTestimonialsStore } from '../../renderer/features/testimonials/testimonialsStore';
import type { FollowUpList, TestimonialFollowUp } from '../../shared/contract/closure';
import { renderApp, teardown } from './harness';

beforeEach(resetTestimonialsStore);
afterEach(teardown);

const followUp: TestimonialFollowUp = {
  id: 'k4',
  key: 'C-1010',
  subject: 'Report export',
  organization: { id: 'o1', name: 'Acme Solar' },
  reporter: { id: 'c1', name: 'Pat Doe', email: 'pat@example.com' },
  resolvedAt: '2026-11-17T17:00:00Z',
  dueAt: '2026-11-24T17:00:00Z',
  reason: 'happy_chat',
  reasonText: 'Customer chat: Answered - happy',
  drafts: [
    { template: 'testimonial-standard', title: 'Testimonial request: Standard', subject: 'A quick favor?', body: 'Would you share a few words? (C-1010)', missing: [] },
    { template: 'testimonial-google-apps', title: 'Testimonial request: Google Apps customer', subject: 'A review?', body: 'Review us here: […]', missing: ['link.googleApps'] },
    { template: 'review-request', title: 'Online review request', subject: 'A review?', body: 'Review us online: https://r.example', missing: [] },
  ],
};

function handlers(list: { current: FollowUpList }) {
  return {
    'testimonials.list': () => list.current,
    'testimonials.followUp': (input: { id: string; template: TestimonialFollowUp['drafts'][number]['template'] | null; body?: string }) => {
      list.current = { ...list.current, total: 0, followUps: [] };
      return { id: input.id, key: 'C-1010', status: 'closed' as const, template: input.template, body: input.body ?? null };
    },
  };
}

describe('the Testimonial follow-ups list', { timeout: 20_000 }, () => {
  it('is hidden while nothing is due', async () => {
    const { fake } = renderApp(handlers({ current: { at: '2026-11-25T10:00:00Z', total: 0, followUps: [] } }));
    await waitFor(() => expect(fake.callsOf('testimonials.list').length).toBeGreaterThan(0));
    expect(screen.queryByTestId('open-testimonials')).toBeNull();
  });

  it('previews the chosen request, sends the edited text, and the case leaves the list', async () => {
    const list = { current: { at: '2026-11-25T10:00:00Z', total: 1, followUps: [followUp] } };
    const { fake } = renderApp(handlers(list));
    fireEvent.click(await screen.findByRole('button', { name: 'Testimonial follow-ups: 1 due' }));
    const dialog = await screen.findByRole('dialog', { name: 'Testimonial follow-ups' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Follow up…' }));
    const form = await screen.findByRole('dialog', { name: 'Follow up C-1010' });
    const record = within(form).getByTestId('testimonial-record');
    expect((record as HTMLButtonElement).disabled).toBe(true);

    // A blank left: not recorded until written over.
    fireEvent.click(within(form).getByLabelText('Testimonial request: Google Apps customer'));
    expect((within(form).getByTestId('testimonial-body') as HTMLTextAreaElement).value).toBe('Review us here: […]');
    expect((record as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(form).getByLabelText('Testimonial request: Standard'));
    const body = within(form).getByTestId('testimonial-body');
    expect((body as HTMLTextAreaElement).value).toBe('Would you share a few words? (C-1010)');
    fireEvent.change(body, { target: { value: 'Would you share a few words? (C-1010) Thanks, Dana' } });
    fireEvent.click(record);
    await waitFor(() =>
      expect(fake.callsOf('testimonials.followUp')).toEqual([{ id: 'k4', template: 'testimonial-standard', body: 'Would you share a few words? (C-1010) Thanks, Dana' }]),
    );
    expect((await screen.findByTestId('testimonials-done')).textContent).toContain('C-1010 closed');
    expect(screen.getByTestId('testimonials-empty')).toBeTruthy();
  });

  it('"None" closes the case without a message', async () => {
    const list = { current: { at: '2026-11-25T10:00:00Z', total: 1, followUps: [followUp] } };
    const { fake } = renderApp(handlers(list));
    fireEvent.click(await screen.findByRole('button', { name: 'Testimonial follow-ups: 1 due' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Testimonial follow-ups' })).getByRole('button', { name: 'Follow up…' }));
    const form = await screen.findByRole('dialog', { name: 'Follow up C-1010' });
    fireEvent.click(within(form).getByLabelText('None: close without a request'));
    fireEvent.click(within(form).getByRole('button', { name: 'Close the case' }));
    await waitFor(() => expect(fake.callsOf('testimonials.followUp')).toEqual([{ id: 'k4', template: null }]));
  });
});
