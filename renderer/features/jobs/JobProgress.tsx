import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { getApiClient } from '../../api';
import { useClock } from '../../lib/clock';
import { followJobs, jobText, useJobStore } from './jobStore';

/** A job shorter than this never shows the bar (a small import finishes before it would be read). */
export const JOB_BAR_DELAY_MS = 400;

/**
 * The progress of the core's long job, across the top of the window and above any dialog (an import
 * starts from the first-run dialog; saving SLA settings from theirs): what it does, the step and how
 * far, and that changes made meanwhile wait for it.
 */
export function JobProgress() {
  useEffect(() => followJobs(getApiClient()), []);
  const job = useJobStore((s) => s.job);
  const clock = useClock();
  const [shownId, setShownId] = useState<number | null>(null);
  const id = job?.id ?? null;
  useEffect(() => {
    if (id === null) return;
    const timer = clock.setTimeout(() => setShownId(id), JOB_BAR_DELAY_MS);
    return () => timer.cancel();
  }, [id, clock]);
  if (job === null || shownId !== job.id) return null;
  const value = job.total > 0 ? Math.min(100, (100 * job.done) / job.total) : null;
  return (
    <Box role="status" aria-live="polite" aria-label="Work in progress" sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: (t) => t.zIndex.tooltip + 1 }}>
      <LinearProgress variant={value === null ? 'indeterminate' : 'determinate'} {...(value !== null && { value })} aria-label={job.label} />
      <Paper square elevation={3} sx={{ px: 2, py: 0.75, display: 'flex', flexWrap: 'wrap', columnGap: 1.5, alignItems: 'baseline' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {jobText(job)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          Changes you make meanwhile are saved when it is done.
        </Typography>
      </Paper>
    </Box>
  );
}
