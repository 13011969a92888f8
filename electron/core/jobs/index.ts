import { exportJob } from './exportJob';
import { importJob } from './importJob';
import { rebuildJob, saveSlaJob } from './projectionJobs';

/**
 * The long jobs (decision D23): each runs on a `JobContext`, in the core's worker thread when it is
 * large (the window and the core's queries stay free meanwhile) and inline when it is small.
 */
export const JOBS = {
  import: importJob,
  export: exportJob,
  saveSla: saveSlaJob,
  rebuild: rebuildJob,
} as const;

export type JobName = keyof typeof JOBS;
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[1];
export type JobOutput<N extends JobName> = ReturnType<(typeof JOBS)[N]>;

/** What the progress bar says while each job runs. */
export const JOB_LABELS: Record<JobName, string> = {
  import: 'Importing a workspace',
  export: 'Exporting the workspace',
  saveSla: 'Moving every deadline to the new SLA settings',
  rebuild: 'Rebuilding the queue',
};

export function runJob<N extends JobName>(name: N, ...args: Parameters<(typeof JOBS)[N]>): JobOutput<N> {
  return (JOBS[name] as (...a: unknown[]) => JobOutput<N>)(...args);
}
