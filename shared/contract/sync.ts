import { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES, PRIORITIES } from '../domain/vocab';
import { method } from './define';

/**
 * Sync with the team's help desk (issue 13, docs/sync.md): the workspace as a local cache of a
 * Request Tracker 5 queue. What the agent does on a synced case goes, in the same transaction, to an
 * outbox that a sender delivers in order per case; pulls bring the team's changes in. The token is a
 * secret kept outside the workspace (desktop: Electron safeStorage; browser mode and the CLI: a file
 * readable only by its owner, or SHIFTDESK_RT_TOKEN): never in the database, logs or exports.
 */

const iso = z.string();

/**
 * How our vocabularies map to RT's (editable; docs/sync.md "The field mapping"). Statuses go to RT's
 * lifecycle and, exactly, to a custom field when one is named; types to a custom field; priorities to
 * RT's numeric Priority; people by RT user Name, matched to agents by email when not listed.
 */
export const rtMappingSchema = z.object({
  /** Our status -> RT lifecycle status. */
  statusToRt: z.record(z.enum(CASE_STATUSES), z.string().min(1)),
  /** RT lifecycle status -> our status, used when the status custom field is absent or empty. */
  statusFromRt: z.record(z.string().min(1), z.enum(CASE_STATUSES)),
  /** Custom field holding our exact status (null: none; the lifecycle alone). */
  statusField: z.string().min(1).nullable(),
  /** Custom field holding our type (null: none; new cases from RT get `defaultType`). */
  typeField: z.string().min(1).nullable(),
  defaultType: z.enum(CASE_TYPES),
  /** Custom field holding Shiftdesk's client id of a case created from Shiftdesk (null: none). */
  clientIdField: z.string().min(1).nullable(),
  /** Our priority -> RT Priority (a number); a pulled number maps to the nearest. */
  priorityToRt: z.record(z.enum(PRIORITIES), z.number().int()),
  /** RT user Name -> agent id, for staff whose email does not match an agent's. */
  people: z.record(z.string().min(1), z.string().min(1)),
});
export type RtMapping = z.infer<typeof rtMappingSchema>;

export const DEFAULT_RT_MAPPING: RtMapping = {
  statusToRt: {
    new: 'new',
    assigned: 'open',
    pending_input: 'stalled',
    pending_product: 'stalled',
    pending_development: 'stalled',
    pending_release: 'stalled',
    moved_to_staging: 'open',
    staging_pass: 'open',
    staging_fail: 'open',
    resolved: 'resolved',
    pending_closure: 'resolved',
    closed: 'resolved',
  },
  statusFromRt: { new: 'new', open: 'assigned', stalled: 'pending_input', resolved: 'resolved', rejected: 'closed', deleted: 'closed' },
  statusField: 'Shiftdesk Status',
  typeField: 'Shiftdesk Type',
  defaultType: 'request_for_service',
  clientIdField: 'Shiftdesk Client Id',
  priorityToRt: { P1: 90, P2: 70, P3: 50, P4: 30, P5: 10, P6: 0 },
  people: {},
};

export const syncConnectionModel = z.object({
  system: z.literal('rt'),
  /** RT's base URL (REST2 lives at `<url>/REST/2.0/`). */
  url: z.string(),
  /** RT queues whose tickets come into the workspace. */
  queues: z.array(z.string()),
  mapping: rtMappingSchema,
  /** A token file of the connection's own (the CLI's `--token-file`; read each time, refused unless only its owner may read it); null: the face's secret store. */
  tokenFile: z.string().nullable(),
  /** Pull every so many seconds while online (default 60). */
  pullEverySeconds: z.number().int(),
});
export type SyncConnection = z.infer<typeof syncConnectionModel>;

export const SYNC_STATES = ['not_connected', 'online', 'offline', 'needs_token', 'unauthorized'] as const;

export const syncStatusModel = z.object({
  state: z.enum(SYNC_STATES),
  connection: syncConnectionModel.nullable(),
  /** Where the token is read from, in words ("the file /home/…/rt-token", "the environment", "this computer's keychain"); never the token. */
  tokenSource: z.string().nullable(),
  /** Outbox entries not yet confirmed by RT, and those needing the agent (conflicts, refused). */
  waiting: z.number().int(),
  conflicts: z.number().int(),
  lastPullAt: iso.nullable(),
  lastPushAt: iso.nullable(),
  /** The last failure in words (e.g. "RT refused the token (401): check or replace it"); null when fine. */
  lastError: z.string().nullable(),
  /** When the sender or the puller tries again while offline. */
  nextAttemptAt: iso.nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusModel>;

export const OUTBOX_STATES = ['waiting', 'sent', 'conflict', 'refused', 'dismissed'] as const;

export const outboxEntryModel = z.object({
  id: z.number().int(),
  caseId: z.string(),
  caseKey: z.string(),
  subject: z.string(),
  /** What it does, in words: "Public reply", "Status: Pending Input → Resolved", "Owner: Maya Chen". */
  what: z.string(),
  state: z.enum(OUTBOX_STATES),
  createdAt: iso,
  attempts: z.number().int(),
  /** Why it needs the agent (a conflict: what RT holds now; refused: RT's reason). */
  problem: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof outboxEntryModel>;

const url = z.url({ protocol: /^https?$/, error: 'url: expected an http(s) URL such as https://rt.example.com' });

export const syncMethods = {
  'sync.status': method(z.object({}), syncStatusModel, 'the sync indicator: connected or not, online, entries waiting to send, conflicts, last pull'),
  'sync.connect': method(
    z.object({
      url,
      queues: z.array(z.string().trim().min(1, 'queues: a queue name')).min(1, 'queues: follow at least one RT queue'),
      /** The token, given once: stored by the face's secret store, never in the workspace. Omitted: keep the stored one. */
      token: z.string().trim().min(1, 'token: paste the RT auth token').optional(),
      /** Or a file holding it (mode 0600), read at each use; stored as a path. */
      tokenFile: z.string().min(1).optional(),
      mapping: rtMappingSchema.optional(),
      pullEverySeconds: z.number().int().min(15).max(3600).default(60),
    }),
    syncStatusModel,
    'connects the workspace to an RT queue (leads only; recorded): the first pull starts at once',
  ),
  'sync.test': method(
    z.object({ url: url.optional(), queues: z.array(z.string().trim().min(1)).optional(), token: z.string().trim().min(1).optional() }),
    z.object({ ok: z.boolean(), message: z.string() }),
    "Test connection: reaches RT with the token and checks the queues (the stored connection's values where not given); changes nothing",
  ),
  'sync.disconnect': method(z.object({}), syncStatusModel, 'stops syncing (leads only): cases pulled stay; entries not sent are kept until connected again'),
  'sync.setMapping': method(
    z.object({ mapping: rtMappingSchema }),
    syncStatusModel,
    "the connection's field mapping (leads only; recorded): used from the next pull and send; the cases already pulled are not read again. DEFAULT_RT_MAPPING resets it",
  ),
  'sync.now': method(z.object({}), syncStatusModel, 'pulls and sends now (also what the app does on resume)'),
  'sync.outbox': method(
    z.object({ caseId: z.string().optional(), states: z.array(z.enum(OUTBOX_STATES)).optional(), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ entries: z.array(outboxEntryModel) }),
    'outbox entries, oldest first (a case\u2019s "not sent yet" marks; the conflict list: states conflict and refused)',
  ),
  'sync.resolve': method(
    z.object({ id: z.number().int(), action: z.enum(['send_again', 'dismiss']) }),
    outboxEntryModel,
    'the agent resolves a conflict or a refused entry: send mine again (on the case as RT holds it now), or keep what RT holds (the entry is dismissed, kept in the history)',
  ),
} as const;
