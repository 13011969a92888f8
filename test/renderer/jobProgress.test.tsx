import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobProgressEvent } from '../../shared/contract/index';
import { setApiClient } from '../../renderer/api';
import { JOB_BAR_DELAY_MS, JobProgress } from '../../renderer/features/jobs/JobProgress';
import { useJobStore } from '../../renderer/features/jobs/jobStore';
import { ClockProvider } from '../../renderer/lib/clock';
import { createFakeClock } from '../support/fakeClock';
import { createFakeClient } from './fakeClient';

const running = (over: Partial<JobProgressEvent> = {}): JobProgressEvent => ({
  id: 7,
  job: 'import',
  label: 'Importing a workspace',
  phase: 'Reading the file',
  done: 42,
  total: 100,
  state: 'running',
  ...over,
});

afterEach(() => {
  cleanup();
  useJobStore.setState({ job: null });
});

const bar = () => screen.getByRole('status').textContent;

function setup(current: JobProgressEvent | null = null) {
  const fake = createFakeClient({ 'jobs.current': () => ({ job: current }) });
  setApiClient(fake.client);
  const clock = createFakeClock();
  render(
    <ClockProvider clock={clock}>
      <JobProgress />
    </ClockProvider>,
  );
  return { fake, clock };
}

describe('the progress of a long job', () => {
  it('shows what runs, the step and how far, once it has run a moment, and goes when it is done', async () => {
    const { fake, clock } = setup();
    await act(async () => fake.emit('progress', running({ phase: null, done: 0, total: 0 })));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => clock.advance(JOB_BAR_DELAY_MS));
    expect(bar()).toContain('Importing a workspace');
    await act(async () => fake.emit('progress', running()));
    expect(bar()).toContain('Importing a workspace · Reading the file · 42 %');
    expect(screen.getByRole('progressbar', { name: 'Importing a workspace' }).getAttribute('aria-valuenow')).toBe('42');
    await act(async () => fake.emit('progress', running({ phase: 'Rebuilding the queue', done: 10, total: 40 })));
    expect(bar()).toContain('Rebuilding the queue · 25 %');
    await act(async () => fake.emit('progress', running({ phase: null, done: 0, total: 0, state: 'done' })));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('never shows for a job over before it would be read', async () => {
    const { fake, clock } = setup();
    await act(async () => fake.emit('progress', running({ id: 8 })));
    await act(async () => fake.emit('progress', running({ id: 8, state: 'done' })));
    act(() => clock.advance(JOB_BAR_DELAY_MS * 2));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a page opened while a job runs shows it at once it has asked', async () => {
    const { clock } = setup(running({ job: 'saveSla', label: 'Moving every deadline to the new SLA settings', phase: 'Moving deadlines' }));
    await act(async () => undefined);
    act(() => clock.advance(JOB_BAR_DELAY_MS));
    expect(bar()).toContain('Moving every deadline to the new SLA settings · Moving deadlines · 42 %');
  });
});
