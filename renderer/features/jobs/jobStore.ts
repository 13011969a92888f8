import { create } from 'zustand';
import type { JobProgressEvent } from '../../../shared/contract/index';
import type { ApiClient } from '../../api';

/**
 * The core's long job now running (an import, an export, moving every deadline, rebuilding the queue),
 * as its `progress` events say, or null. A page opened while one runs asks `jobs.current` once.
 */
interface JobState {
  job: JobProgressEvent | null;
}

export const useJobStore = create<JobState>()(() => ({ job: null }));

/** Follows the core's jobs; returns the unsubscribe function. */
export function followJobs(client: ApiClient): () => void {
  let heard = false;
  const stop = client.on('progress', (event) => {
    heard = true;
    useJobStore.setState({ job: event.state === 'running' ? event : null });
  });
  void client.call('jobs.current', {}).then(
    ({ job }) => {
      // An event heard meanwhile is newer than this answer.
      if (!heard) useJobStore.setState({ job });
    },
    () => undefined,
  );
  return stop;
}

/** "Importing a workspace · Reading the file · 42 %": what the bar says. */
export function jobText(job: JobProgressEvent): string {
  const share = job.total > 0 ? `${Math.floor((100 * job.done) / job.total)} %` : null;
  return [job.label, job.phase, share].filter((part): part is string => part !== null).join(' · ');
}
