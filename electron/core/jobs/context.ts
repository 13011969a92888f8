import type { Clock } from '../../../shared/time/clock';
import type { ReportProgress } from '../db/unitOfWork';
import type { Store } from '../store';

/**
 * What a long job runs on (decision D23): a store (its own connection in the worker thread, the
 * core's when it runs inline) and a clock reading the instant the job was asked for.
 */
export interface JobContext extends Pick<Store, 'db' | 'repos' | 'uow' | 'sla'> {
  clock: Pick<Clock, 'now'>;
}

/** Calls `report` at most every `everyMs` of wall time (a job reports from tight loops), and always for the last step. */
export function throttled(report: ReportProgress, now: () => number, everyMs = 100): ReportProgress {
  let last = -Infinity;
  let phase = '';
  return (p) => {
    const t = now();
    if (p.phase !== phase || p.done >= p.total || t - last >= everyMs) {
      phase = p.phase;
      last = t;
      report(p);
    }
  };
}
