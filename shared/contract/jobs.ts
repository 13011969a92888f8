import { z } from 'zod';
import { method } from './define';

/** The core's long jobs (decision D23): an import, an export, moving every deadline, rebuilding the queue. */
export const JOB_KINDS = ['import', 'export', 'saveSla', 'rebuild'] as const;

/** How far a long job is: sent as the `progress` event while it runs, and once more when it ends. */
export const jobProgressModel = z.object({
  id: z.number().int(),
  job: z.enum(JOB_KINDS),
  /** What the job does, as a person says it ("Importing a workspace"). */
  label: z.string(),
  /** The step it is at ("Reading the file", "Updating the queue"), null before the first. */
  phase: z.string().nullable(),
  done: z.number(),
  total: z.number(),
  state: z.enum(['running', 'done', 'failed']),
});
export type JobProgressEvent = z.infer<typeof jobProgressModel>;

export const jobMethods = {
  'jobs.current': method(
    z.object({}),
    z.object({ job: jobProgressModel.nullable() }),
    'the long job running now (a page opened while an import runs shows its progress at once), or null',
  ),
} as const;
