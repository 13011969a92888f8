import type { Database } from 'better-sqlite3';
import type { PushChange } from '../../sync/connector';
import type { Writes } from '../writes';

/** Which local case is which remote case (migration 015). */
export interface SyncLink {
  caseId: string;
  system: string;
  /** Null while the case made here is being created in the help desk. */
  remoteId: string | null;
  /** The version last seen (RT: the ETag), sent as the precondition of the next change. */
  version: string | null;
  /** The newest remote event held (RT: transaction id). */
  lastEvent: string | null;
  /** The outbox has read the case's timeline up to this event seq. */
  capturedSeq: number;
  pulledAt: number | null;
}

export type OutboxState = 'waiting' | 'sent' | 'conflict' | 'refused' | 'dismissed';

/** A local change waiting for (or done with) the help desk. `change` holds agent ids, not remote names. */
export interface OutboxRow {
  id: number;
  caseId: string;
  eventSeq: number;
  change: PushChange;
  state: OutboxState;
  createdAt: number;
  attempts: number;
  sentAt: number | null;
  problem: string | null;
}

export interface SyncRepository {
  link(caseId: string): SyncLink | undefined;
  linkByRemote(system: string, remoteId: string): SyncLink | undefined;
  /** Inserts or replaces the link. */
  putLink(link: SyncLink): void;
  /** The case stays here only: its link goes, its entries not sent are dismissed (a creation the agent gave up). */
  forget(caseId: string): void;
  /** Remote ids of every linked case of a system. */
  linkedRemoteIds(system: string): string[];
  /** Whether any case is linked (the outbox capture's quick way out). */
  hasLinks(): boolean;
  enqueue(row: Omit<OutboxRow, 'id' | 'attempts' | 'sentAt' | 'problem' | 'state'>): void;
  /** The first entry not yet sent of each case that has one (waiting, conflict or refused), oldest first. */
  heads(limit: number): OutboxRow[];
  entry(id: number): OutboxRow | undefined;
  setState(id: number, state: OutboxState, problem: string | null, sentAt: number | null): void;
  /** Counts an attempt before the request leaves (so a lost answer is retried as a retry). */
  attempted(id: number): void;
  /** Entries in these states (all when empty), of one case or all, oldest first. */
  entries(filter: { caseId?: string; states?: readonly OutboxState[]; limit: number }): OutboxRow[];
  count(states: readonly OutboxState[]): number;
  /** Whether the case has an entry not yet sent (waiting, conflict or refused). */
  hasOpen(caseId: string): boolean;
  /** Fields with a change not yet confirmed on this case (the pull keeps the local value of those). */
  pendingFields(caseId: string): Set<string>;
  markPushed(caseId: string, remoteIds: readonly string[]): void;
  isPushed(caseId: string, remoteId: string): boolean;
}

interface LinkRow {
  case_id: string;
  system: string;
  remote_id: string | null;
  version: string | null;
  last_event: string | null;
  captured_seq: number;
  pulled_at: number | null;
}
const linkFrom = (r: LinkRow): SyncLink => ({
  caseId: r.case_id,
  system: r.system,
  remoteId: r.remote_id,
  version: r.version,
  lastEvent: r.last_event,
  capturedSeq: r.captured_seq,
  pulledAt: r.pulled_at,
});

interface EntryRow {
  id: number;
  case_id: string;
  event_seq: number;
  change: string;
  state: OutboxState;
  created_at: number;
  attempts: number;
  sent_at: number | null;
  problem: string | null;
}
const entryFrom = (r: EntryRow): OutboxRow => ({
  id: r.id,
  caseId: r.case_id,
  eventSeq: r.event_seq,
  change: JSON.parse(r.change) as PushChange,
  state: r.state,
  createdAt: r.created_at,
  attempts: r.attempts,
  sentAt: r.sent_at,
  problem: r.problem,
});

/** What a change sets, for `pendingFields`: the field's name, or null for messages. */
export const changedField = (c: PushChange): string | null => (c.kind === 'set' ? c.field : null);

const OPEN = "('waiting', 'conflict', 'refused')";

export function syncRepository(db: Database, writes: Writes): SyncRepository {
  const link = db.prepare('SELECT * FROM sync_links WHERE case_id = ?');
  const byRemote = db.prepare('SELECT * FROM sync_links WHERE system = ? AND remote_id = ?');
  const put = db.prepare(
    `INSERT INTO sync_links (case_id, system, remote_id, version, last_event, captured_seq, pulled_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET system = excluded.system, remote_id = excluded.remote_id, version = excluded.version,
       last_event = excluded.last_event, captured_seq = excluded.captured_seq, pulled_at = excluded.pulled_at`,
  );
  const linked = db.prepare('SELECT remote_id FROM sync_links WHERE system = ? AND remote_id IS NOT NULL ORDER BY rowid').pluck();
  const unlink = db.prepare('DELETE FROM sync_links WHERE case_id = ?');
  const dismissOpen = db.prepare(`UPDATE outbox SET state = 'dismissed' WHERE case_id = ? AND state IN ${OPEN}`);
  const hasLinks = db.prepare('SELECT EXISTS (SELECT 1 FROM sync_links)').pluck();
  const enqueue = db.prepare("INSERT INTO outbox (case_id, event_seq, change, state, created_at) VALUES (?, ?, ?, 'waiting', ?) ON CONFLICT (event_seq) DO NOTHING");
  const heads = db.prepare(
    `SELECT o.* FROM outbox o WHERE o.id IN (SELECT min(id) FROM outbox WHERE state IN ${OPEN} GROUP BY case_id) ORDER BY o.id LIMIT ?`,
  );
  const entry = db.prepare('SELECT * FROM outbox WHERE id = ?');
  const setState = db.prepare('UPDATE outbox SET state = ?, problem = ?, sent_at = ? WHERE id = ?');
  const attempted = db.prepare('UPDATE outbox SET attempts = attempts + 1 WHERE id = ?');
  const hasOpen = db.prepare(`SELECT 1 FROM outbox WHERE case_id = ? AND state IN ${OPEN} LIMIT 1`);
  const pending = db.prepare(`SELECT change FROM outbox WHERE case_id = ? AND state IN ${OPEN}`).pluck();
  const markPushed = db.prepare('INSERT INTO sync_pushed (case_id, remote_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const isPushed = db.prepare('SELECT 1 FROM sync_pushed WHERE case_id = ? AND remote_id = ?');
  const table = (what: string) => {
    writes.require(what);
    writes.table('sync');
  };
  return {
    link: (caseId) => {
      const r = link.get(caseId) as LinkRow | undefined;
      return r && linkFrom(r);
    },
    linkByRemote: (system, remoteId) => {
      const r = byRemote.get(system, remoteId) as LinkRow | undefined;
      return r && linkFrom(r);
    },
    putLink: (l) => {
      table('sync_links write');
      put.run(l.caseId, l.system, l.remoteId, l.version, l.lastEvent, l.capturedSeq, l.pulledAt);
    },
    forget: (caseId) => {
      table('sync_links write');
      unlink.run(caseId);
      dismissOpen.run(caseId);
    },
    linkedRemoteIds: (system) => linked.all(system) as string[],
    hasLinks: () => hasLinks.get() === 1,
    enqueue: (row) => {
      table('outbox write');
      enqueue.run(row.caseId, row.eventSeq, JSON.stringify(row.change), row.createdAt);
    },
    heads: (limit) => (heads.all(limit) as EntryRow[]).map(entryFrom),
    entry: (id) => {
      const r = entry.get(id) as EntryRow | undefined;
      return r && entryFrom(r);
    },
    setState: (id, state, problem, sentAt) => {
      table('outbox write');
      setState.run(state, problem, sentAt, id);
    },
    attempted: (id) => {
      table('outbox write');
      attempted.run(id);
    },
    entries: ({ caseId, states, limit }) => {
      const where: string[] = [];
      const args: unknown[] = [];
      if (caseId !== undefined) {
        where.push('case_id = ?');
        args.push(caseId);
      }
      if (states && states.length > 0) {
        where.push(`state IN (${states.map(() => '?').join(', ')})`);
        args.push(...states);
      }
      const sql = `SELECT * FROM outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT ?`;
      return (db.prepare(sql).all(...args, limit) as EntryRow[]).map(entryFrom);
    },
    count: (states) =>
      states.length === 0 ? 0 : (db.prepare(`SELECT count(*) FROM outbox WHERE state IN (${states.map(() => '?').join(', ')})`).pluck().get(...states) as number),
    hasOpen: (caseId) => hasOpen.get(caseId) !== undefined,
    pendingFields: (caseId) => {
      const out = new Set<string>();
      for (const text of pending.all(caseId) as string[]) {
        const f = changedField(JSON.parse(text) as PushChange);
        if (f) out.add(f);
      }
      return out;
    },
    markPushed: (caseId, remoteIds) => {
      table('sync_pushed write');
      for (const id of remoteIds) markPushed.run(caseId, id);
    },
    isPushed: (caseId, remoteId) => isPushed.get(caseId, remoteId) !== undefined,
  };
}
