import { randomUUID } from 'node:crypto';
import type { Handlers, InteractionDetail, WorkItem } from '../../../shared/contract/index';
import { CASE_SEARCH_LIMIT, type IntakeStatus, type ParsedIntakePush } from '../../../shared/contract/intake';
import type { OriginalContent } from '../../../shared/contract/models';
import { AppError } from '../../../shared/contract/result';
import { isOpenStatus, type Channel, type EventKind } from '../../../shared/domain/vocab';
import type { CaseRecord, ContactRecord, EventRecord, Extra, InteractionRecord } from '../../../shared/interchange/schema';
import { parseIso, toIso } from '../../../shared/time/instant';
import type { Repositories } from '../db/repositories/types';
import { casesService } from './cases';
import type { ServiceDeps } from './deps';
import { eventFingerprints } from './fingerprint';
import { intakeEndpointSettings } from './intakeEndpoint';
import { nextIntakeProgress, type IntakeProgress } from './intakeEvents';
import { sessionAgent } from './session';
import { interactionItemId, rebuildWorkItems, toWorkItem } from './workItems';

type IntakeHandlers = Pick<
  Handlers,
  'interactions.log' | 'intake.push' | 'interactions.get' | 'interactions.markDone' | 'interactions.file' | 'cases.search' | 'intake.info'
>;

/**
 * What intake keeps on an interaction beyond its columns, in its `extra` bag (so export writes it
 * and import keeps it): instants as ISO text, like the rest of the interchange format.
 */
interface IntakeMeta {
  /** The system that pushed it, its id there, the last status applied and when. */
  intake?: { source: string; externalId: string; status: IntakeStatus; lastAt: string };
  from?: { name: string | null; phone: string | null; email: string | null };
  headers?: Record<string, string>;
  audioUrl?: string;
  durationSeconds?: number;
  /** A case key or agent the system gave that matched nothing (kept for the agent to see). */
  givenCaseKey?: string;
  givenAgent?: string;
  /** Logged by hand: by whom. */
  loggedBy?: string | null;
  /** Taken out of the queue without a case (`interactions.markDone`). */
  done?: { at: string; by: string | null };
  /** Filed into a case (`interactions.file`). */
  filed?: { caseId: string; key: string; at: string; by: string | null };
}

const metaOf = (x: InteractionRecord): IntakeMeta => x.extra as IntakeMeta;

/** The timeline kind a filed interaction becomes (`interchange.md` event kinds). */
const EVENT_KIND_OF: Record<Channel, EventKind> = { phone: 'call', chat: 'chat', voicemail: 'voicemail', email: 'inbound' };

/** The id of the interaction a system's event is about: readable, and one per system, channel and id. */
export const pushedInteractionId = (source: string, channel: Channel, externalId: string) => `${source}:${channel}:${externalId}`;

/** A short random id with a prefix, not yet used in `table`. */
function newId(prefix: string, taken: (id: string) => boolean): string {
  for (;;) {
    const id = `${prefix}-${randomUUID().slice(0, 8)}`;
    if (!taken(id)) return id;
  }
}

/** The next case key: the prefix of the newest case's key (else `C-`) and one more than the highest number with it. */
function nextCaseKey(repos: Repositories): string {
  const latest = repos.intake.latestKey();
  const prefix = latest?.match(/^(.*?)\d+$/)?.[1] || 'C-';
  let n = Math.max(repos.intake.maxKeyNumber(prefix), 1000) + 1;
  while (repos.cases.idsWhere('key', [`${prefix}${n}`]).length > 0) n++;
  return `${prefix}${n}`;
}

/** What a filed interaction brings to the timeline, from its record (`TimelineEntry.original`). */
function originalOf(x: InteractionRecord): OriginalContent {
  const meta = metaOf(x);
  return {
    interactionId: x.id,
    channel: x.channel,
    subject: x.subject,
    from: meta.from ?? null,
    headers: meta.headers ?? null,
    audioUrl: meta.audioUrl ?? null,
    durationSeconds: meta.durationSeconds ?? null,
    source: meta.intake?.source ?? null,
    externalId: meta.intake?.externalId ?? null,
  };
}

export function intakeService(deps: ServiceDeps): IntakeHandlers {
  const { repos } = deps;
  const cases = casesService(deps);
  const endpoint = intakeEndpointSettings(repos);

  const itemOf = (interactionId: string): WorkItem | null => {
    const row = repos.workItems.get(interactionItemId(interactionId));
    return row ? toWorkItem(row, deps.clock.now(), deps.sla.setup(), deps.sla.timeZone()) : null;
  };

  const requireInteraction = (id: string, method: string): InteractionRecord => {
    const x = repos.interactions.get(id);
    if (!x) throw new AppError('not_found', `${method}: no interaction with id ${JSON.stringify(id)}`);
    return x;
  };

  /** An existing contact with this email or phone, else a new one (when there is anything to name it by); null for nobody. */
  const contactFor = (who: { name?: string; phone?: string; email?: string; organizationId?: string }): string | null => {
    const existing = repos.intake.findContact(who);
    if (existing !== undefined) return existing;
    const name = who.name || who.email || who.phone;
    if (!name) return null;
    const contact: ContactRecord = {
      id: newId('contact', (id) => repos.contacts.has(id)),
      name,
      email: who.email || null,
      phone: who.phone || null,
      organizationId: who.organizationId ?? null,
      extra: {},
    };
    repos.contacts.upsert(contact);
    return contact.id;
  };

  /** An agent by id or email (case-insensitive), or undefined. */
  const agentFor = (given: string) =>
    repos.agents.get(given) ?? repos.agents.list().find((a) => a.email !== '' && a.email.toLowerCase() === given.toLowerCase());

  const rebuild = (target: { caseIds?: string[]; interactionIds?: string[] }) =>
    rebuildWorkItems(repos, { caseIds: target.caseIds ?? [], interactionIds: target.interactionIds ?? [] }, deps.sla.setup());

  const detailOf = (x: InteractionRecord): InteractionDetail => {
    const meta = metaOf(x);
    const contact = x.contactId ? repos.contacts.get(x.contactId) : undefined;
    const organization = contact?.organizationId ? repos.organizations.get(contact.organizationId) : undefined;
    const linked = x.caseId ? repos.cases.get(x.caseId) : undefined;
    return {
      id: x.id,
      channel: x.channel,
      state: x.state,
      since: toIso(x.since),
      status: meta.intake?.status ?? null,
      source: meta.intake?.source ?? null,
      externalId: meta.intake?.externalId ?? null,
      subject: x.subject,
      body: x.body,
      from: meta.from ?? null,
      contact: contact
        ? { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone, organizationName: organization?.name ?? null }
        : null,
      priority: x.priority,
      urgent: x.urgent,
      assigneeId: x.assigneeId,
      headers: meta.headers ?? null,
      audioUrl: meta.audioUrl ?? null,
      durationSeconds: meta.durationSeconds ?? null,
      case: linked ? { id: linked.id, key: linked.key, subject: linked.subject } : null,
      filedAt: meta.filed?.at ?? null,
      item: itemOf(x.id),
    };
  };

  const push = (event: ParsedIntakePush) => {
    const now = deps.clock.now();
    // A system whose clock runs ahead must not make a wait start in the future.
    const at = Math.min(event.at ?? now, now);
    const id = pushedInteractionId(event.source, event.channel, event.externalId);
    return repos.transaction(() => {
      const current = repos.interactions.get(id);
      const meta = current ? metaOf(current) : undefined;
      if (current && !meta?.intake) {
        throw new AppError('conflict', `intake.push: interaction ${JSON.stringify(id)} exists and did not come from ${event.source}`);
      }
      const progress: (IntakeProgress & { filed: boolean }) | null =
        current && meta?.intake
          ? { status: meta.intake.status, lastAt: parseIso(meta.intake.lastAt), state: current.state, since: current.since, filed: meta.filed !== undefined }
          : null;
      const step = nextIntakeProgress(progress, { channel: event.channel, status: event.status, at });
      if (step.kind === 'ignore') {
        return { interactionId: id, state: current!.state, status: meta!.intake!.status, changed: false, item: itemOf(id) };
      }
      const next = step.progress;
      const extra: IntakeMeta & Extra = {
        ...(current?.extra ?? {}),
        intake: { source: event.source, externalId: event.externalId, status: next.status, lastAt: toIso(next.lastAt) },
      };
      // Content the event carries replaces what was known; what it leaves out stays.
      if (event.from && (event.from.name || event.from.phone || event.from.email)) {
        extra.from = { name: event.from.name || null, phone: event.from.phone || null, email: event.from.email || null };
      }
      let body = current?.body ?? null;
      if (event.channel === 'voicemail') {
        if (event.transcript !== undefined) body = event.transcript;
        if (event.audioUrl !== undefined) extra.audioUrl = event.audioUrl;
        if (event.durationSeconds !== undefined) extra.durationSeconds = event.durationSeconds;
      } else if (event.body !== undefined) {
        body = event.body;
      }
      if (event.channel === 'email' && event.headers !== undefined) extra.headers = event.headers;

      let caseId = current?.caseId ?? null;
      if (event.caseKey !== undefined) {
        const found = repos.cases.idsWhere('key', [event.caseKey])[0];
        if (found !== undefined) {
          caseId = found;
          delete extra.givenCaseKey;
        } else extra.givenCaseKey = event.caseKey;
      }
      let assigneeId = current?.assigneeId ?? null;
      if (event.agent !== undefined) {
        const agent = agentFor(event.agent);
        if (agent) {
          assigneeId = agent.id;
          delete extra.givenAgent;
        } else extra.givenAgent = event.agent;
      }
      let contactId = current?.contactId ?? null;
      if (contactId === null && event.from) contactId = contactFor(event.from);

      const record: InteractionRecord = {
        id,
        channel: event.channel,
        state: next.state,
        since: next.since,
        contactId,
        caseId,
        priority: event.priority ?? current?.priority ?? null,
        urgent: event.urgent ?? current?.urgent ?? false,
        assigneeId,
        subject: event.subject ?? current?.subject ?? null,
        body,
        extra,
      };
      const changed = repos.interactions.upsert(record);
      if (changed) rebuild({ interactionIds: [id] });
      return { interactionId: id, state: record.state, status: next.status, changed, item: itemOf(id) };
    });
  };

  return {
    'interactions.log': (input) => {
      const now = deps.clock.now();
      const me = sessionAgent(repos, deps.prefs);
      if (input.contact.id !== undefined && !repos.contacts.has(input.contact.id)) {
        throw new AppError('invalid_input', `interactions.log: contact.id: no contact with id ${JSON.stringify(input.contact.id)}`);
      }
      if (input.contact.organizationId !== undefined && !repos.organizations.has(input.contact.organizationId)) {
        throw new AppError('invalid_input', `interactions.log: contact.organizationId: no organization with id ${JSON.stringify(input.contact.organizationId)}`);
      }
      const id = repos.transaction(() => {
        const contactId = input.contact.id ?? contactFor(input.contact);
        const record: InteractionRecord = {
          id: newId(input.channel === 'phone' ? 'call' : 'chat', (candidate) => repos.interactions.has(candidate)),
          channel: input.channel,
          state: 'waiting',
          since: Math.min(input.since ?? now, now),
          contactId,
          caseId: null,
          priority: input.priority,
          urgent: input.urgent,
          assigneeId: input.assignToMe ? (me?.id ?? null) : null,
          subject: input.subject,
          body: input.note || null,
          extra: { loggedBy: me?.id ?? null } satisfies IntakeMeta,
        };
        repos.interactions.upsert(record);
        rebuild({ interactionIds: [record.id] });
        return record.id;
      });
      deps.emit(['interactions']);
      return itemOf(id)!;
    },

    'intake.push': (event) => {
      const result = push(event);
      if (result.changed) deps.emit(['interactions']);
      return result;
    },

    'interactions.get': ({ id }) => detailOf(requireInteraction(id, 'interactions.get')),

    'interactions.markDone': ({ id }) => {
      const x = requireInteraction(id, 'interactions.markDone');
      if (x.state === 'waiting') {
        const by = sessionAgent(repos, deps.prefs)?.id ?? null;
        const extra: IntakeMeta & Extra = { ...x.extra, done: { at: toIso(deps.clock.now()), by } };
        repos.transaction(() => {
          repos.interactions.upsert({ ...x, state: 'done', extra });
          rebuild({ interactionIds: [id] });
        });
        deps.emit(['interactions']);
      }
      return detailOf(requireInteraction(id, 'interactions.markDone'));
    },

    'interactions.file': ({ id, caseId, newCase }) => {
      const x = requireInteraction(id, 'interactions.file');
      const filed = metaOf(x).filed;
      if (filed) throw new AppError('conflict', `interactions.file: ${id} is already filed into ${filed.key}`);
      const target = caseId === undefined ? undefined : repos.cases.get(caseId);
      if (caseId !== undefined && !target) throw new AppError('not_found', `interactions.file: caseId: no case with id ${JSON.stringify(caseId)}`);
      const me = sessionAgent(repos, deps.prefs);
      const now = deps.clock.now();

      const filedInto = repos.transaction(() => {
        let c: CaseRecord;
        const events: EventRecord[] = [];
        if (target) {
          // The channels the case was reached by (an empty list means just its first channel).
          const channels = new Set(target.channels.length > 0 ? target.channels : [target.channel]);
          c = channels.has(x.channel) ? target : { ...target, channels: [...channels, x.channel] };
        } else {
          const spec = newCase!;
          const assigneeId = spec.assignToMe ? (me?.id ?? null) : x.assigneeId;
          const reporter = x.contactId ? repos.contacts.get(x.contactId) : undefined;
          c = {
            id: newId('case', (candidate) => repos.cases.has(candidate)),
            key: nextCaseKey(repos),
            subject: spec.subject,
            description: x.body ?? '',
            type: spec.type,
            status: assigneeId ? 'assigned' : 'new',
            priority: spec.priority,
            channel: x.channel,
            channels: [x.channel],
            organizationId: reporter?.organizationId ?? null,
            reporterId: reporter?.id ?? null,
            assigneeId,
            labels: [],
            // The customer has waited since it arrived: filing does not restart the first-response clock.
            createdAt: x.since,
            urgent: spec.urgent,
            agreedUpdateAt: null,
            extra: { filedFrom: x.id },
          };
          if (assigneeId) {
            events.push({ caseId: c.id, at: now, kind: 'assignment', by: me?.id ?? null, body: null, from: null, to: assigneeId, extra: {} });
          }
        }
        repos.cases.upsert(c);
        // The original, as it arrived: the customer's words at the time they were said.
        events.unshift({
          caseId: c.id,
          at: x.since,
          kind: EVENT_KIND_OF[x.channel],
          by: null,
          body: x.body,
          from: null,
          to: null,
          extra: { original: originalOf(x) },
        });
        const prints = eventFingerprints(events);
        events.forEach((e, i) => repos.events.append(e, prints[i]!));
        const extra: IntakeMeta & Extra = { ...x.extra, filed: { caseId: c.id, key: c.key, at: toIso(now), by: me?.id ?? null } };
        repos.interactions.upsert({ ...x, state: 'done', caseId: c.id, extra });
        rebuild({ caseIds: [c.id], interactionIds: [...new Set([x.id, ...repos.interactions.idsWhere('case_id', [c.id])])] });
        return c.id;
      });
      deps.emit(['cases', 'interactions']);
      return cases['cases.get']({ id: filedInto });
    },

    'cases.search': ({ text }) => ({
      cases: repos.intake.searchCases(text, CASE_SEARCH_LIMIT).map((c) => ({
        id: c.id,
        key: c.key,
        subject: c.subject,
        status: c.status,
        priority: c.priority,
        open: isOpenStatus(c.status),
        createdAt: toIso(c.createdAt),
        organizationName: c.organizationName,
        contactName: c.contactName,
        contactEmail: c.contactEmail,
      })),
    }),

    'intake.info': () => endpoint.info(),
  };
}
