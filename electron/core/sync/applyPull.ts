import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import type { RtMapping } from '../../../shared/contract/sync';
import type { Repositories } from '../db/repositories/types';
import type { RemoteCase, RemoteEvent } from './connector';
import { agentFor, contactFor, uniqueId } from './people';
import { LINK_INVERSE, LINK_KIND_LABELS } from '../../../shared/domain/vocab';

/**
 * Brings one remote case into the workspace (docs/sync.md "What comes in"), inside the caller's
 * unit of work: the case record (created on first sight, else the fields the help desk owns
 * updated), its people (agents by mapping or email, contacts by email, created when new), and its
 * remote events appended to the timeline once each (fingerprint `<system>:<case>:<event>`), except
 * those our own pushes made. A field with a local change not yet confirmed keeps its local value: the
 * outbox is about to send it. The SLA clocks, the queue, alerts and the sweep then run on it as on
 * any case. Returns whether anything changed.
 */
export interface ApplyContext {
  repos: Repositories;
  system: string;
  mapping: RtMapping;
  now: number;
}

export const remoteCaseId = (system: string, remoteId: string) => `${system}-${remoteId}`;
export const remoteCaseKey = (system: string, remoteId: string) => `${system.toUpperCase()}-${remoteId}`;

export function applyRemoteCase(ctx: ApplyContext, rc: RemoteCase, options: { takeVersion?: boolean } = {}): { created: boolean; events: number } {
  const { repos, system } = ctx;
  const link = repos.sync.linkByRemote(system, rc.remoteId);
  if (!link && !rc.followed) return { created: false, events: 0 };
  const caseId = link?.caseId ?? uniqueCaseId(repos, remoteCaseId(system, rc.remoteId));
  const before = repos.cases.get(caseId);
  const pending = link ? repos.sync.pendingFields(caseId) : new Set<string>();
  const owner = rc.owner ? agentFor(ctx, rc.owner) : null;
  const requestor = rc.requestor ? contactFor(ctx, rc.requestor) : null;
  const firstMessage = rc.events.find((e) => e.kind === 'inbound' || e.kind === 'public_reply')?.body ?? '';
  const remote = { system, id: rc.remoteId, queue: rc.queue, url: rc.url, followed: rc.followed, status: rc.remoteStatus };

  const next: CaseRecord = before
    ? {
        ...before,
        subject: rc.subject || before.subject,
        status: pending.has('status') ? before.status : rc.status,
        priority: pending.has('priority') ? before.priority : rc.priority,
        type: pending.has('type') ? before.type : (rc.type ?? before.type),
        assigneeId: pending.has('owner') ? before.assigneeId : owner,
        teamId: pending.has('owner') ? (before.teamId ?? null) : owner ? null : (before.teamId ?? null),
        extra: { ...before.extra, remote },
      }
    : {
        id: caseId,
        key: uniqueKey(repos, remoteCaseKey(system, rc.remoteId)),
        subject: rc.subject || `(no subject) #${rc.remoteId}`,
        description: firstMessage,
        type: rc.type ?? ctx.mapping.defaultType,
        status: rc.status,
        priority: rc.priority,
        channel: 'email',
        channels: ['email'],
        organizationId: requestor ? (repos.contacts.get(requestor)?.organizationId ?? null) : null,
        reporterId: requestor,
        assigneeId: owner,
        labels: [],
        createdAt: rc.createdAt,
        urgency: 'none',
        agreedUpdateAt: null,
        extra: { remote },
      };
  if (next.status === 'resolved' && (before?.status !== 'resolved' || next.resolvedAt == null)) next.resolvedAt = rc.updatedAt;
  repos.cases.upsert(next);

  let appended = 0;
  let lastEvent = link?.lastEvent ?? null;
  for (const e of rc.events) {
    if (newer(e.remoteId, lastEvent)) lastEvent = e.remoteId;
    if (repos.sync.isPushed(caseId, e.remoteId)) continue;
    const other = e.kind === 'link' ? otherCase(ctx, e) : undefined;
    if (e.kind === 'link' && !applyLink(ctx, caseId, e, other)) continue;
    const record = eventRecord(ctx, caseId, requestor, e, other);
    if (repos.events.append(record, `${system}:${rc.remoteId}:${e.remoteId}`)) appended++;
  }
  repos.sync.putLink({
    caseId,
    system,
    remoteId: rc.remoteId,
    // While changes of this case wait, they keep the version they were made on (a change made in the
    // help desk meanwhile then shows as stale), unless the sender read it for a change of its own.
    version: options.takeVersion || !link || !repos.sync.hasOpen(caseId) ? rc.version : link.version,
    lastEvent,
    // Pulled events are never sent back (`capture.ts` skips `extra.remote`); the capture reads on from here.
    capturedSeq: link?.capturedSeq ?? 0,
    pulledAt: ctx.now,
  });
  if (link && before && before.extra.remote && (before.extra.remote as { followed?: boolean }).followed !== false && !rc.followed) {
    repos.events.append(
      {
        caseId,
        at: ctx.now,
        kind: 'internal_note',
        by: null,
        body: `Moved in ${system.toUpperCase()} to the queue ${rc.queue}, which this workspace does not follow: it left the queue here.`,
        from: null,
        to: null,
        extra: { localOnly: true },
      },
      `${system}:${rc.remoteId}:moved:${rc.version}`,
    );
  }
  return { created: !before, events: appended };
}

/** Remote event ids are numbers in RT; compared as numbers when they are. */
function newer(id: string, than: string | null): boolean {
  if (than === null) return true;
  const a = Number(id);
  const b = Number(than);
  return Number.isFinite(a) && Number.isFinite(b) ? a > b : id > than;
}

function eventRecord(ctx: ApplyContext, caseId: string, requestor: string | null, e: RemoteEvent, other: CaseRecord | undefined): EventRecord {
  const by = e.by === null ? null : e.by.staff ? agentFor(ctx, e.by) : (contactFor(ctx, e.by) ?? requestor);
  const remote = { system: ctx.system, id: e.remoteId };
  if (e.kind === 'assignment') {
    const person = (name: string | null) => (name === null ? null : agentFor(ctx, { remoteId: name, name, email: null, staff: true }));
    return { caseId, at: e.at, kind: 'assignment', by, body: e.to === null ? 'Unassigned' : null, from: person(e.from), to: person(e.to), extra: { remote } };
  }
  if (e.kind === 'field') {
    const label = e.field ? e.field[0]!.toUpperCase() + e.field.slice(1) : 'Field';
    return { caseId, at: e.at, kind: 'field', by, body: `${label}: ${e.from ?? '—'} -> ${e.to ?? '—'}`, from: e.from, to: e.to, extra: { remote, field: e.field ?? null, value: e.to } };
  }
  if (e.kind === 'link' && e.link) {
    const named = other?.key ?? remoteCaseKey(ctx.system, e.field ?? '?');
    const link = other ? { link: { caseId: other.id, kind: e.link, how: 'by_hand' } } : {};
    return { caseId, at: e.at, kind: 'link', by, body: `${LINK_KIND_LABELS[e.link]} ${named}`, from: null, to: other?.id ?? null, extra: { remote, ...link } };
  }
  return { caseId, at: e.at, kind: e.kind, by, body: e.body, from: e.from, to: e.to, extra: { remote } };
}

const otherCase = (ctx: ApplyContext, e: RemoteEvent) => {
  const link = e.field ? ctx.repos.sync.linkByRemote(ctx.system, e.field) : undefined;
  return link ? ctx.repos.cases.get(link.caseId) : undefined;
};

/**
 * A link made in the help desk: kept on both cases (each from its own side) when the other is here.
 * False when the two are linked already (made here and sent, or seen from the other ticket first):
 * nothing to record.
 */
function applyLink(ctx: ApplyContext, caseId: string, e: RemoteEvent, other: CaseRecord | undefined): boolean {
  const { repos } = ctx;
  const self = repos.cases.get(caseId);
  if (!other || !self || !e.link) return true;
  if ((self.links ?? []).some((l) => l.caseId === other.id)) return false;
  repos.cases.upsert({ ...self, links: [...(self.links ?? []), { caseId: other.id, kind: e.link, how: 'by_hand', extra: {} }] });
  if (!(other.links ?? []).some((l) => l.caseId === self.id)) {
    repos.cases.upsert({ ...other, links: [...(other.links ?? []), { caseId: self.id, kind: LINK_INVERSE[e.link], how: 'by_hand', extra: {} }] });
  }
  return true;
}

const uniqueCaseId = (repos: Repositories, base: string) => uniqueId((id) => repos.cases.has(id), base);

function uniqueKey(repos: Repositories, base: string): string {
  return uniqueId((key) => repos.cases.idsWhere('key', [key]).length > 0, base);
}
