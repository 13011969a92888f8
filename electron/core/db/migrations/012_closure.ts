import type { Migration } from './types';

/**
 * Closure and testimonial follow-ups (`sla.md` section 6): the Pending Closure cases by their
 * resolution email's instant, so the scheduler's "due by now" and "next due" reads walk only those
 * cases (a partial index: a case leaves it when its status changes), never the whole cases table.
 *
 * "Closed exactly once" needs no table of its own: a closure is the case's status moving from Pending
 * Closure to Closed, written in one unit of work that reads the status again under the write lock, so
 * a second pass, a restart or a second process on the file finds the case Closed and leaves it.
 */
export const closure: Migration = {
  version: 12,
  name: 'closure',
  up(db) {
    db.exec(`CREATE INDEX cases_pending_closure ON cases (resolved_at, id) WHERE status = 'pending_closure'`);
  },
};
