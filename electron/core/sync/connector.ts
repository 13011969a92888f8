import type { CaseStatus, CaseType, LinkKind, Priority } from '../../../shared/domain/vocab';

/**
 * The help-desk connector interface (issue 13, docs/sync.md): what the sync engine asks of a team's
 * help desk, in the core's own words. Request Tracker 5 is the first implementation (`rt/`); Zendesk,
 * Jira Service Management and HubSpot map onto the same calls (docs/decisions.md D28).
 *
 * A connector speaks HTTP and maps the help desk's vocabulary (statuses, types, priorities, people,
 * transactions) to ours through the workspace's mapping; the engine (`engine.ts`) owns everything
 * local: records, timeline, outbox, conflicts. Instants are epoch ms. Every failure is a `SyncError`.
 */

/** A person as the help desk names them. `remoteId` is stable (RT: the user's Name). */
export interface RemotePerson {
  remoteId: string;
  name: string;
  email: string | null;
  /** Staff (may own cases) rather than a customer. */
  staff: boolean;
}

/** What happened on a remote case, mapped to our timeline's kinds. */
export type RemoteEventKind = 'inbound' | 'public_reply' | 'internal_note' | 'status' | 'assignment' | 'field' | 'link';

export interface RemoteEvent {
  /** The help desk's id of the change (RT: the transaction id), unique within the case. */
  remoteId: string;
  at: number;
  kind: RemoteEventKind;
  /** Who did it; null for the help desk itself (RT_System). */
  by: RemotePerson | null;
  /** Message text of inbound / public_reply / internal_note. */
  body: string | null;
  /** status: our statuses; assignment: the owners' `remoteId`s (null = nobody); field: values as text. */
  from: string | null;
  to: string | null;
  /** For `field`: which one (`priority`, `type`, `queue`, `subject`); for `link`: the other case's remote id. */
  field?: string;
  /** For `link`: what the other case is to this one (a link added; one removed is not reported). */
  link?: LinkKind;
}

/** A case as the help desk holds it now, with the changes newer than what the engine already has. */
export interface RemoteCase {
  remoteId: string;
  /** Where a person opens it in the help desk's own UI. */
  url: string;
  queue: string;
  /** The queue is one the workspace follows. */
  followed: boolean;
  subject: string;
  status: CaseStatus;
  /** The help desk's own status word (RT: `open`, `stalled`...), for the UI and conflicts. */
  remoteStatus: string;
  type: CaseType | null;
  priority: Priority;
  owner: RemotePerson | null;
  requestor: RemotePerson | null;
  createdAt: number;
  updatedAt: number;
  /** The version to send with the next change (RT: the ETag, the newest transaction id). */
  version: string;
  /** Our client id on the case, when it was created from Shiftdesk. */
  clientId: string | null;
  /** Changes after `since` of the pull, oldest first (all of them on a first pull). */
  events: RemoteEvent[];
}

/** One page of a pull: apply it, then store `cursor` (opaque) and ask for the next while `more`. */
export interface PullPage {
  cases: RemoteCase[];
  cursor: string;
  more: boolean;
  /** HTTP requests made for this page (the benchmark prints the total). */
  requests: number;
}

export interface PullOptions {
  /** The cursor of the last completed pull; null: a full pull of the followed queues. */
  cursor: string | null;
  /** The newest remote event id the engine holds for a case (events up to it are not fetched again), or null. */
  knownEvent(remoteCaseId: string): string | null;
  /** Cases the engine holds from this help desk: a pull also reports those that left the followed queues. */
  linked: readonly string[];
}

/** A change to deliver: one outbox entry. `clientId` is unique per entry and stable across retries. */
export type PushChange =
  | { kind: 'reply'; body: string }
  | { kind: 'note'; body: string }
  | { kind: 'set'; field: 'status'; from: CaseStatus | null; to: CaseStatus }
  | { kind: 'set'; field: 'owner'; from: string | null; to: string | null }
  | { kind: 'set'; field: 'priority'; from: Priority | null; to: Priority }
  | { kind: 'set'; field: 'type'; from: CaseType | null; to: CaseType }
  /** This case gets a link to `other` (in the outbox: our case id; to the connector: its remote id). `link`: what the other is to this case. */
  | { kind: 'link'; link: PushedLink; other: string }
  /** A case made here: created in the help desk as it was made (what changed after goes as changes of its own). */
  | { kind: 'create'; case: NewRemoteCase };

/** The sides of a link that are sent (the other side is the same link seen from the other case). */
export type PushedLink = Extract<LinkKind, 'child' | 'waits_on_config' | 'related'>;

export interface NewRemoteCase {
  subject: string;
  /** The first message (the case's description). */
  body: string;
  status: CaseStatus;
  priority: Priority;
  type: CaseType;
  /** The owner (an agent id in the outbox; to the connector: the help desk's user), or nobody. */
  owner: string | null;
  requestor: { name: string; email: string } | null;
}

export interface PushRequest {
  /** The case in the help desk; empty for `create`. */
  remoteCaseId: string;
  clientId: string;
  change: PushChange;
  /** The version last seen (sent as a precondition: RT `If-Match`). */
  version: string | null;
  /**
   * A previous attempt of this entry may have reached the help desk (its answer was lost): the
   * connector first checks whether the change is already there and does not send it twice.
   */
  retry: boolean;
}

export type PushOutcome =
  /** Confirmed by the help desk (re-read after the change). `remoteEventIds`: the remote events this change made, which a pull must not add again. */
  | { state: 'done'; case: RemoteCase; remoteEventIds: string[]; alreadyThere: boolean }
  /** The precondition failed (RT 412): someone changed the case meanwhile. `case` is it as it is now. */
  | { state: 'stale'; case: RemoteCase };

export type SyncErrorCode =
  /** Network down, connection refused, timeout, 5xx: retry later, the entry waits. */
  | 'unreachable'
  /** 401: wrong or revoked token; the outbox waits until the connection is fixed. */
  | 'unauthorized'
  /** 403 / no right for this case or queue. */
  | 'forbidden'
  | 'not_found'
  /** The help desk answered something we do not understand (the message names the path). Nothing is written. */
  | 'malformed'
  /** The help desk refused this change (RT: a 200 whose messages say it failed, or a 400): not retried. */
  | 'rejected';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** Whether a later attempt may succeed without anyone changing anything. */
export const RETRYABLE: ReadonlySet<SyncErrorCode> = new Set(['unreachable']);

export interface ConnectionCheck {
  /** The help desk's name for the token's user. */
  user: string;
  /** The followed queues found; `missing`: followed queues the user cannot see. */
  queues: string[];
  missing: string[];
}

export interface Connector {
  readonly system: string;
  /** Checks the URL, the token and the followed queues. */
  test(): Promise<ConnectionCheck>;
  /** Pages of changed cases since the cursor (a full pull when it is null). */
  pull(options: PullOptions): AsyncIterable<PullPage>;
  /** One case as it is now, with its events after `since` (null: all). */
  fetchCase(remoteCaseId: string, since: string | null): Promise<RemoteCase>;
  /** Delivers one change; throws `SyncError` when it could not. */
  push(request: PushRequest): Promise<PushOutcome>;
  /** HTTP requests made so far (for the benchmark). */
  requests(): number;
}
