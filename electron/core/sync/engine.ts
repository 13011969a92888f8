import { performance } from 'node:perf_hooks';
import { DEFAULT_RT_MAPPING, type SyncConnection, type SyncStatus } from '../../../shared/contract/sync';
import type { Clock, TimerHandle } from '../../../shared/time/clock';
import type { Repositories } from '../db/repositories/types';
import type { OutboxRow } from '../db/repositories/sync';
import type { UnitOfWork } from '../db/unitOfWork';
import { applyRemoteCase, type ApplyContext } from './applyPull';
import { RETRYABLE, SyncError, type ConnectionCheck, type Connector, type PushChange, type RemoteCase } from './connector';
import { remoteUserFor } from './people';
import { randomUUID } from 'node:crypto';
import { SETTING_CLIENT_TAG, SETTING_CONNECTION, SETTING_STATE } from './settings';
import { resolveToken, type SecretStore } from './secrets';

/**
 * The sync engine (docs/sync.md): pulls the followed queues into the workspace, page by page, each
 * page applied in short units of work (the app stays responsive), and delivers the outbox in order
 * per case. Offline (the help desk unreachable) it waits and tries again with backoff; a refused
 * token stops it until the connection is fixed; a change someone else made first (412) is re-pulled
 * and re-applied when it still makes sense, else left to the agent as a conflict. Time comes from the
 * injected clock; one pass runs at a time.
 */

/** What the engine remembers between passes (a workspace setting; never the token). */
export interface SyncState {
  cursor: string | null;
  lastPullAt: number | null;
  lastPushAt: number | null;
  lastError: { code: string; message: string; at: number } | null;
  /** Failed attempts in a row (the backoff). */
  failures: number;
}
const FRESH: SyncState = { cursor: null, lastPullAt: null, lastPushAt: null, lastError: null, failures: 0 };

export type ConnectorFactory = (connection: SyncConnection, token: string) => Connector;

export interface SyncEngineDeps {
  repos: Repositories;
  uow: UnitOfWork;
  clock: Clock;
  secrets: SecretStore;
  connector: ConnectorFactory;
  /** Run passes on a schedule (the desktop and browser mode); off, a pass runs only when asked (the CLI, tests). */
  schedule: boolean;
  env?: NodeJS.ProcessEnv;
  /** Told how long each slice of a pull held the thread (the benchmark). */
  onSlice?: (ms: number, cases: number) => void;
}

export interface PassSummary {
  pulled: number;
  created: number;
  events: number;
  sent: number;
  requests: number;
  error: string | null;
}

/** Cases applied per unit of work during a pull (each a short write; the app answers in between). */
const SLICE = 10;
const BACKOFF_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000];
/** A change found stale is re-applied at most this many times in one pass. */
const STALE_TRIES = 3;

export function createSyncEngine(deps: SyncEngineDeps) {
  const { repos, uow, clock } = deps;
  const connection = () => repos.settings.get<SyncConnection>(SETTING_CONNECTION) ?? null;
  const state = (): SyncState => ({ ...FRESH, ...repos.settings.get<SyncState>(SETTING_STATE) });
  const saveState = (patch: Partial<SyncState>) => repos.settings.set(SETTING_STATE, { ...state(), ...patch });
  const token = (c: SyncConnection) => resolveToken(deps.secrets, c.tokenFile, deps.env);
  /** The workspace's tag in client ids, made at the first send. */
  const clientTag = (): string =>
    repos.settings.get<string>(SETTING_CLIENT_TAG) ??
    uow.run(() => {
      const tag = randomUUID().slice(0, 8);
      repos.settings.set(SETTING_CLIENT_TAG, tag);
      return tag;
    });

  let running: Promise<PassSummary> | null = null;
  /** Cases to read again whole at the next pass (a conflict dismissed: take what the help desk holds). */
  const refresh = new Set<string>();
  let timer: TimerHandle | null = null;
  let stopped = true;

  const status = (): SyncStatus => {
    const c = connection();
    const s = state();
    const t = c ? token(c) : null;
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    const next = s.failures > 0 && s.lastError ? s.lastError.at + backoff(s.failures) : null;
    return {
      state: !c ? 'not_connected' : !t?.token ? 'needs_token' : s.lastError?.code === 'unauthorized' ? 'unauthorized' : s.lastError?.code === 'unreachable' ? 'offline' : 'online',
      connection: c,
      tokenSource: t?.where ?? null,
      waiting: repos.sync.count(['waiting']),
      conflicts: repos.sync.count(['conflict', 'refused']),
      lastPullAt: iso(s.lastPullAt),
      lastPushAt: iso(s.lastPushAt),
      lastError: t?.problem ?? s.lastError?.message ?? null,
      nextAttemptAt: iso(next),
    };
  };

  /** One pass: pull, then send. Concurrent callers share the pass under way. */
  const pass = (): Promise<PassSummary> => {
    if (running) return running;
    running = (async () => {
      try {
        return await runPass();
      } finally {
        running = null;
        plan();
      }
    })();
    return running;
  };

  async function runPass(): Promise<PassSummary> {
    const summary: PassSummary = { pulled: 0, created: 0, events: 0, sent: 0, requests: 0, error: null };
    const c = connection();
    if (!c) return { ...summary, error: 'not connected to a help desk' };
    const t = token(c);
    if (!t.token) return { ...summary, error: t.problem };
    const connector = deps.connector(c, t.token);
    try {
      for (const caseId of [...refresh]) {
        const link = repos.sync.link(caseId);
        refresh.delete(caseId);
        if (!link?.remoteId) continue;
        const rc = await connector.fetchCase(link.remoteId, link.lastEvent);
        uow.run(() => applyRemoteCase(applyContext(c), rc));
      }
      // Send first: a change goes with the version it was made on, so a change made in the help desk
      // meanwhile shows as stale (a conflict to weigh), and a retry after a lost answer finds its
      // change there before a pull could take it for someone else's.
      await send(c, connector, summary);
      await pull(c, connector, summary);
      uow.run(() => saveState({ lastError: null, failures: 0 }));
    } catch (err) {
      if (!(err instanceof SyncError)) throw err;
      summary.error = err.message;
      uow.run(() => saveState({ lastError: { code: err.code, message: err.message, at: clock.now() }, failures: state().failures + 1 }));
    }
    summary.requests = connector.requests();
    return summary;
  }

  const applyContext = (c: SyncConnection): ApplyContext => ({ repos, system: c.system, mapping: c.mapping, now: clock.now() });

  async function pull(c: SyncConnection, connector: Connector, summary: PassSummary) {
    const linked = repos.sync.linkedRemoteIds(c.system);
    const pages = connector.pull({ cursor: state().cursor, knownEvent: (id) => repos.sync.linkByRemote(c.system, id)?.lastEvent ?? null, linked });
    for await (const page of pages) {
      for (let i = 0; i < page.cases.length || i === 0; i += SLICE) {
        const slice = page.cases.slice(i, i + SLICE);
        const last = i + SLICE >= page.cases.length;
        const started = performance.now();
        uow.run(() => {
          const ctx = applyContext(c);
          for (const rc of slice) {
            const r = applyRemoteCase(ctx, rc);
            summary.pulled++;
            if (r.created) summary.created++;
            summary.events += r.events;
          }
          // The cursor moves only when the whole page is in.
          if (last) saveState({ cursor: page.cursor, lastPullAt: clock.now() });
        });
        deps.onSlice?.(performance.now() - started, slice.length);
        await yieldTurn();
      }
    }
  }

  async function send(c: SyncConnection, connector: Connector, summary: PassSummary) {
    for (;;) {
      const heads = repos.sync.heads(50).filter((e) => e.state === 'waiting');
      let moved = false;
      for (const entry of heads) {
        const done = await deliver(c, connector, entry);
        if (done === 'sent') summary.sent++;
        if (done !== 'later') moved = true;
      }
      // Only entries waiting for another case's creation are left (it failed or waits for the agent).
      if (!moved) return;
    }
  }

  /**
   * Delivers one entry: `sent` when confirmed, `held` when it now needs the agent (a conflict, a
   * refusal), `later` when it waits for another case to be created first. Throws a retryable or token
   * error (the pass stops).
   */
  async function deliver(c: SyncConnection, connector: Connector, entry: OutboxRow): Promise<'sent' | 'held' | 'later'> {
    const link = repos.sync.link(entry.caseId);
    if (!link) return refuse(entry, 'this case is not linked to a case in the help desk');
    if (link.remoteId === null && entry.change.kind !== 'create') return refuse(entry, 'this case was not created in the help desk');
    let change: PushChange | 'later';
    try {
      change = remoteChange(c, entry.change);
    } catch (err) {
      return refuse(entry, (err as Error).message);
    }
    if (change === 'later') return 'later';
    let version = link.version;
    let retry = entry.attempts > 0;
    for (let tries = 0; tries < STALE_TRIES; tries++) {
      uow.run(() => repos.sync.attempted(entry.id));
      let outcome;
      try {
        outcome = await connector.push({ remoteCaseId: link.remoteId ?? '', clientId: `shiftdesk-${clientTag()}-${entry.id}`, change, version, retry });
      } catch (err) {
        if (err instanceof SyncError && !RETRYABLE.has(err.code) && err.code !== 'unauthorized') return refuse(entry, err.message);
        throw err;
      }
      if (outcome.state === 'done') {
        const rc = outcome.case;
        uow.run(() => {
          // A case made here now has its remote id: the link says which, before the pull's code reads it.
          if (link.remoteId === null) repos.sync.putLink({ ...repos.sync.link(entry.caseId)!, remoteId: rc.remoteId });
          repos.sync.markPushed(entry.caseId, outcome.remoteEventIds);
          repos.sync.setState(entry.id, 'sent', null, clock.now());
          applyRemoteCase(applyContext(c), rc, { takeVersion: true });
          saveState({ lastPushAt: clock.now() });
        });
        return 'sent';
      }
      // Stale: someone changed the case first. Take in what they did, then see whether ours still applies.
      const rc = outcome.case;
      // Seen and weighed: a change sent again (now or at the agent's word) goes on this version.
      uow.run(() => applyRemoteCase(applyContext(c), rc, { takeVersion: true }));
      const verdict = stillApplies(c, change, rc);
      if (verdict === 'already') {
        uow.run(() => repos.sync.setState(entry.id, 'sent', null, clock.now()));
        return 'sent';
      }
      if (verdict !== 'yes') {
        uow.run(() => repos.sync.setState(entry.id, 'conflict', verdict, null));
        return 'held';
      }
      version = rc.version;
      retry = true;
    }
    uow.run(() => repos.sync.setState(entry.id, 'conflict', 'the case kept changing in the help desk while this was sent: send it again', null));
    return 'held';
  }

  const refuse = (entry: OutboxRow, problem: string): 'held' => {
    uow.run(() => repos.sync.setState(entry.id, 'refused', problem, null));
    return 'held';
  };

  /** A change in the help desk's names: agents as its users, our cases as its ids ('later': that case is not created there yet). */
  function remoteChange(c: SyncConnection, change: PushChange): PushChange | 'later' {
    const people = { repos, system: c.system, mapping: c.mapping };
    const user = (agentId: string | null, required: boolean) => (agentId === null ? null : remoteUserFor(people, agentId, required));
    if (change.kind === 'create') return { ...change, case: { ...change.case, owner: user(change.case.owner, true) } };
    if (change.kind === 'link') {
      const other = repos.sync.link(change.other);
      if (!other) throw new Error(`${repos.cases.get(change.other)?.key ?? change.other} is not in the help desk`);
      if (other.remoteId === null) return 'later';
      return { ...change, other: other.remoteId };
    }
    if (change.kind !== 'set' || change.field !== 'owner') return change;
    return { ...change, from: user(change.from, false), to: user(change.to, true) };
  }

  /** Whether a change found stale still makes sense on the case as the help desk holds it now. */
  function stillApplies(c: SyncConnection, change: PushChange, rc: RemoteCase): 'yes' | 'already' | string {
    if (change.kind !== 'set') return 'yes'; // a message or a link adds to the case whatever happened meanwhile
    const now = change.field === 'status' ? rc.status : change.field === 'priority' ? rc.priority : change.field === 'type' ? rc.type : (rc.owner?.remoteId ?? null);
    if (now === change.to) return 'already';
    if (change.from === null || now === change.from) return 'yes';
    const shown = (v: string | null) => (v === null ? 'nobody' : v);
    return `${c.system.toUpperCase()} now has ${change.field} ${shown(now)} (changed there meanwhile); you set ${shown(change.to)}`;
  }

  /** The next pass: after the backoff when failing, else at the pull interval; none when stopped. */
  function plan() {
    timer?.cancel();
    timer = null;
    if (stopped) return;
    const c = connection();
    if (!c) return;
    const s = state();
    const wait = s.failures > 0 ? backoff(s.failures) : c.pullEverySeconds * 1000;
    timer = clock.setTimeout(() => void pass().catch(onUnexpected), wait);
  }

  const onUnexpected = (err: unknown) => console.error('shiftdesk: sync failed unexpectedly', err);

  return {
    status,
    connection,
    pass,
    /** Test connection: the stored connection with what the lead typed instead; changes nothing. */
    async test(typed: { url?: string; queues?: string[]; token?: string }): Promise<ConnectionCheck> {
      const stored = connection();
      const url = typed.url ?? stored?.url;
      const queues = typed.queues ?? stored?.queues;
      if (!url || !queues || queues.length === 0) throw new SyncError('rejected', 'not connected yet; give the RT URL and the queues to follow');
      const t = typed.token ?? resolveToken(deps.secrets, stored?.tokenFile ?? null, deps.env).token;
      if (!t) throw new SyncError('unauthorized', 'No token: paste the RT auth token (RT: Logged in as → Settings → Auth Tokens)');
      const c: SyncConnection = { system: 'rt', url: baseUrl(url), queues, mapping: stored?.mapping ?? DEFAULT_RT_MAPPING, tokenFile: null, pullEverySeconds: 60 };
      return deps.connector(c, t).test();
    },
    /** Runs the pass now when there is something to send (after a commit that queued one) and no backoff holds it. */
    kick() {
      if (stopped || running || !connection()) return;
      const s = state();
      if (s.failures > 0) return;
      if (repos.sync.count(['waiting']) === 0) return;
      void pass().catch(onUnexpected);
    },
    start() {
      if (!deps.schedule) return;
      stopped = false;
      if (connection()) void pass().catch(onUnexpected);
    },
    /** Reads a case again whole at the next pass, which starts now. */
    refresh(caseId: string) {
      refresh.add(caseId);
      return pass();
    },
    /** On resume and on (re)connect: at once. */
    now: () => pass(),
    stop() {
      stopped = true;
      timer?.cancel();
      timer = null;
    },
    idle: () => running ?? Promise.resolve(null),
    saveState,
    fresh: FRESH,
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

/** A help desk's base URL as stored: without trailing slashes. */
export const baseUrl = (url: string) => url.replace(/\/+$/, '');

export function backoff(failures: number): number {
  return BACKOFF_MS[Math.min(failures, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0]!;
}

/** Lets the event loop answer other requests between slices of a pull. */
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
