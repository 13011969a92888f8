import type { Handlers } from '../../../shared/contract/index';
import { WAITING_INTAKE_STATUSES, type ParsedIntakePush } from '../../../shared/contract/intake';
import { AppError } from '../../../shared/contract/result';
import type { Extra, InteractionRecord } from '../../../shared/interchange/schema';
import { parseIso, toIso } from '../../../shared/time/instant';
import { requireAssignable, whyNotAssignable } from './assignable';
import type { ServiceDeps } from './deps';
import { intakeEndpointSettings } from './intakeEndpoint';
import { nextIntakeProgress, type IntakeProgress } from './intakeEvents';
import { contactFor, interactionViews, metaOf, newId, pushedInteractionId, type IntakeMeta } from './interactionRecords';
import { sessionAgent } from './session';

type IntakeHandlers = Pick<
  Handlers,
  'interactions.log' | 'intake.push' | 'interactions.get' | 'interactions.markDone' | 'interactions.undoDone' | 'intake.info'
>;

/**
 * Intake (`docs/intake.md`): calls and chats logged by hand, and the events phone and chat systems
 * push to the local endpoint, each one unit of work. Filing into a case is `filing.ts`, the case
 * picker's search `caseSearch.ts`.
 */
export function intakeService(deps: ServiceDeps): IntakeHandlers {
  const { repos } = deps;
  const endpoint = intakeEndpointSettings(repos, deps.uow);
  const { itemOf, requireInteraction, detailOf } = interactionViews(deps);

  /** An agent by id or email (case-insensitive), or undefined. */
  const agentFor = (given: string) =>
    repos.agents.get(given) ?? repos.agents.list().find((a) => a.email !== '' && a.email.toLowerCase() === given.toLowerCase());

  /** Applies one pushed event in a unit of work; what it did. */
  const push = (event: ParsedIntakePush) => {
    const now = deps.clock.now();
    // A system whose clock runs ahead must not make a wait start in the future.
    const at = Math.min(event.at ?? now, now);
    const id = pushedInteractionId(event.source, event.channel, event.externalId);
    return deps.uow.run(() => {
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
      if (step.kind === 'ignore') return { interactionId: id, state: current!.state, status: meta!.intake!.status, changed: false, notRouted: null };
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
      // Routed to an agent who may be given work, else left as it was (the customer's call is never refused); the answer says why.
      let assigneeId = current?.assigneeId ?? null;
      let notRouted: string | null = null;
      if (event.agent !== undefined) {
        const agent = agentFor(event.agent);
        notRouted = !agent ? `no agent with id or email ${JSON.stringify(event.agent)}` : agent.id === assigneeId ? null : whyNotAssignable(agent, null);
        if (notRouted === null) {
          assigneeId = agent!.id;
          delete extra.givenAgent;
        } else extra.givenAgent = event.agent;
      }
      let contactId = current?.contactId ?? null;
      if (contactId === null && event.from) contactId = contactFor(repos, event.from);

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
      return { interactionId: id, state: record.state, status: next.status, changed, notRouted };
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
      // A call or chat the agent had: it already happened, so it is done at once (never a waiting call above ringing ones).
      const id = deps.uow.run(() => {
        if (input.assignToMe && me) requireAssignable(me, me.id);
        const record: InteractionRecord = {
          id: newId(input.channel === 'phone' ? 'call' : 'chat', (candidate) => repos.interactions.has(candidate)),
          channel: input.channel,
          state: 'done',
          since: Math.min(input.since ?? now, now),
          contactId: input.contact.id ?? contactFor(repos, input.contact),
          caseId: null,
          priority: input.priority,
          urgent: input.urgent,
          assigneeId: input.assignToMe ? (me?.id ?? null) : null,
          subject: input.subject,
          body: input.note || null,
          extra: { loggedBy: me?.id ?? null, done: { at: toIso(now), by: me?.id ?? null, how: 'logged' } } satisfies IntakeMeta,
        };
        repos.interactions.upsert(record);
        return record.id;
      });
      return detailOf(requireInteraction(id, 'interactions.log'));
    },

    'intake.push': (event) => {
      const result = push(event);
      return { ...result, item: itemOf(result.interactionId) };
    },

    'interactions.get': ({ id }) => detailOf(requireInteraction(id, 'interactions.get')),

    'interactions.markDone': ({ id }) => {
      requireInteraction(id, 'interactions.markDone');
      deps.uow.run(() => {
        const x = requireInteraction(id, 'interactions.markDone');
        if (x.state !== 'waiting') return;
        const by = sessionAgent(repos, deps.prefs)?.id ?? null;
        const extra: IntakeMeta & Extra = { ...x.extra, done: { at: toIso(deps.clock.now()), by, how: 'marked_done' } };
        repos.interactions.upsert({ ...x, state: 'done', extra });
      });
      return detailOf(requireInteraction(id, 'interactions.markDone'));
    },

    'interactions.undoDone': ({ id }) => {
      requireInteraction(id, 'interactions.undoDone');
      deps.uow.run(() => {
        const x = requireInteraction(id, 'interactions.undoDone');
        const meta = metaOf(x);
        if (x.state === 'waiting') return;
        if (meta.filed) throw new AppError('conflict', `interactions.undoDone: ${id} was filed into ${meta.filed.key} since`);
        if (!meta.done || (meta.done.how ?? 'marked_done') !== 'marked_done') throw new AppError('conflict', `interactions.undoDone: ${id} was not marked done`);
        const status = meta.intake?.status;
        if (status !== undefined && !WAITING_INTAKE_STATUSES.includes(status)) {
          throw new AppError('conflict', `interactions.undoDone: ${id} was ${status} since (its system said so): it stays done`);
        }
        const { done: _done, ...extra } = x.extra as IntakeMeta & Extra;
        repos.interactions.upsert({ ...x, state: 'waiting', extra });
      });
      return detailOf(requireInteraction(id, 'interactions.undoDone'));
    },

    'intake.info': () => endpoint.info(),
  };
}
