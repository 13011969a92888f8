import type { Handlers } from '../../../shared/contract/index';
import { checkTransition } from '../../../shared/domain/caseStatus';
import { AppError } from '../../../shared/contract/result';
import type { Channel, EventKind } from '../../../shared/domain/vocab';
import type { CaseRecord, EventRecord, Extra, InteractionRecord } from '../../../shared/interchange/schema';
import { toIso } from '../../../shared/time/instant';
import type { Repositories } from '../db/repositories/types';
import { requireAssignable } from './assignable';
import { applyRules } from './caseRules';
import { casesService } from './cases';
import type { ServiceDeps } from './deps';
import { appendEvents } from './fingerprint';
import { contactFor, interactionViews, metaOf, newId, originalOf, type IntakeMeta } from './interactionRecords';
import { sessionAgent } from './session';

/** The timeline kind a filed interaction becomes (`interchange.md` event kinds). */
const EVENT_KIND_OF: Record<Channel, EventKind> = { phone: 'call', chat: 'chat', voicemail: 'voicemail', email: 'inbound' };
/** Kinds that are a conversation with an agent (their author is that agent); a voicemail or email is the customer's alone. */
const WITH_AN_AGENT: ReadonlySet<Channel> = new Set(['phone', 'chat']);
/** Kinds that are the customer's own message (a call is the agent's conversation). */
const FROM_THE_CUSTOMER: ReadonlySet<Channel> = new Set(['email', 'voicemail', 'chat']);

/** The next case key: the prefix of the newest case's key (else `C-`) and one more than the highest number with it. */
export function nextCaseKey(repos: Repositories): string {
  const latest = repos.intake.latestKey();
  const prefix = latest?.match(/^(.*?)\d+$/)?.[1] || 'C-';
  let n = Math.max(repos.intake.maxKeyNumber(prefix), 1000) + 1;
  while (repos.cases.idsWhere('key', [`${prefix}${n}`]).length > 0) n++;
  return `${prefix}${n}`;
}

/**
 * Files interaction `x` into case `c` (already written) inside the caller's unit of work: its original,
 * as it arrived, goes first on the timeline, then `events` (e.g. an assignment); the interaction is done
 * and names the case. Used by `interactions.file` and `cases.create` from an interaction.
 */
export function recordFiling(
  repos: Repositories,
  x: InteractionRecord,
  c: CaseRecord,
  events: EventRecord[],
  { meId, now, reporterId }: { meId: string | null; now: number; reporterId: string | null },
): void {
  // The original, as it arrived: the customer's words at the time they were said.
  const all: EventRecord[] = [
    {
      caseId: c.id,
      at: x.since,
      kind: EVENT_KIND_OF[x.channel],
      // A call or chat is the agent's conversation: whoever logged it, else whoever files it.
      by: WITH_AN_AGENT.has(x.channel) ? (metaOf(x).loggedBy ?? meId) : null,
      body: x.body,
      from: null,
      to: null,
      extra: { original: originalOf(x) },
    },
    ...events,
  ];
  appendEvents(repos.events, all);
  const extra: IntakeMeta & Extra = { ...x.extra, filed: { caseId: c.id, key: c.key, at: toIso(now), by: meId } };
  repos.interactions.upsert({ ...x, state: 'done', caseId: c.id, contactId: x.contactId ?? reporterId, extra });
}

/**
 * Filing a call, chat, voicemail or email into a case (`docs/intake.md` "Filing"): a new case from
 * it, or an existing one; the original goes on the case's timeline as it arrived, and the interaction
 * leaves the queue. One unit of work.
 */
export function filingService(deps: ServiceDeps): Pick<Handlers, 'interactions.file'> {
  const { repos } = deps;
  const cases = casesService(deps);
  const { requireInteraction } = interactionViews(deps);

  return {
    'interactions.file': ({ id, caseId, newCase }) => {
      requireInteraction(id, 'interactions.file');
      const target = caseId === undefined ? undefined : repos.cases.get(caseId);
      if (caseId !== undefined && !target) throw new AppError('not_found', `interactions.file: caseId: no case with id ${JSON.stringify(caseId)}`);
      const me = sessionAgent(repos, deps.prefs);
      const now = deps.clock.now();

      const filedInto = deps.uow.run(() => {
        // Read under the write lock: of two agents filing it at once, the second sees the first's filing.
        const x = requireInteraction(id, 'interactions.file');
        const filed = metaOf(x).filed;
        if (filed) throw new AppError('conflict', `interactions.file: ${id} is already filed into ${filed.key}`);
        let c: CaseRecord;
        const events: EventRecord[] = [];
        let reporterId = x.contactId;
        if (target) {
          // The channels the case was reached by (an empty list means just its first channel).
          const channels = new Set(target.channels.length > 0 ? target.channels : [target.channel]);
          c = channels.has(x.channel) ? target : { ...target, channels: [...channels, x.channel] };
          // The customer writing on a case that waits for them or is due to close brings it back to Assigned
          // (the transition table's `customer_message`); recorded on the timeline, by no agent.
          if (FROM_THE_CUSTOMER.has(x.channel) && checkTransition(c.status, 'assigned', 'customer_message').ok) {
            events.push({ caseId: c.id, at: now, kind: 'status', by: null, body: null, from: c.status, to: 'assigned', extra: {} });
            c = { ...c, status: 'assigned', resolvedAt: null };
          }
        } else {
          const spec = newCase!;
          const assigneeId = spec.assignToMe ? (me?.id ?? null) : x.assigneeId;
          const assignee = assigneeId ? repos.agents.get(assigneeId) : undefined;
          if (assignee) requireAssignable(assignee, me?.id);
          // An unknown caller: the reporter the agent typed becomes (or finds) a contact, and the interaction's too.
          if (spec.reporter) reporterId = contactFor(repos, spec.reporter);
          const reporter = reporterId ? repos.contacts.get(reporterId) : undefined;
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
            urgency: spec.urgent ? 'urgent' : 'none',
            agreedUpdateAt: null,
            extra: { filedFrom: x.id },
          };
          if (assigneeId) {
            events.push({ caseId: c.id, at: now, kind: 'assignment', by: me?.id ?? null, body: null, from: null, to: assigneeId, extra: {} });
          }
        }
        repos.cases.upsert(c);
        recordFiling(repos, x, c, events, { meId: me?.id ?? null, now, reporterId });
        // A new case gets the rules as cases.create gives them (their firings after the filing).
        if (newCase) applyRules(repos, c, now);
        return c.id;
      });
      return cases['cases.get']({ id: filedInto });
    },
  };
}
