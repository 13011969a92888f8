import type { Migration } from './types';

/**
 * The splits waiting for a lead's approval (docs/roles.md "Splits"; the team board's *Splits waiting for
 * your approval*): an agent's split keeps its approval in the case's `extra` (JSON) under
 * `splitApproval`. A partial index on the JSON state, in the order of the request, so the board reads
 * only the waiting ones, oldest first, never the whole cases table (a case leaves the index when a
 * lead approves it).
 */
export const splitApprovals: Migration = {
  version: 14,
  name: 'split_approvals',
  up(db) {
    db.exec(
      `CREATE INDEX cases_split_pending ON cases (json_extract(extra, '$.splitApproval.requestedAt'), id) WHERE json_extract(extra, '$.splitApproval.state') = 'pending'`,
    );
  },
};
