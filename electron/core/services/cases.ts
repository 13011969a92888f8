import type { CaseDetail, Handlers, SlaDetail } from '../../../shared/contract/index';
import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import { AppError } from '../../../shared/contract/result';
import { checkTransition } from '../../../shared/domain/caseStatus';
import { countingEntries, movedKey, movedOutTo } from '../../../shared/domain/refile';
import { caseWaitingSince } from '../../../shared/domain/waitingSince';
import { splitApprovalOf } from '../../../shared/domain/splitApproval';
import { CASE_STATUS_LABELS, isOpenStatus, type CaseStatus, type EventKind } from '../../../shared/domain/vocab';
import { toIso, toIsoOrNull } from '../../../shared/time/instant';
import { MINUTE } from '../../../shared/time/instant';
import { clockStartReason, daysSinceLastSent, evaluateSla, skippedTime, urgencyInForce, type SlaEvaluation } from '../../../shared/sla/index';
import type { StoredEvent } from '../db/repositories/types';
import type { ServiceDeps } from './deps';
import { appendEvents } from './fingerprint';
import { eventOriginal } from './original';
import { sessionAgent } from './session';
import { contractSla } from './slaContext';
import { applyRules } from './caseRules';
import { teamsOf } from './workflowSettings';

type CaseHandlers = Pick<
  Handlers,
  'cases.get' | 'cases.markNoReplyNeeded' | 'cases.setUrgency' | 'cases.setStatus' | 'cases.reply' | 'cases.note' | 'cases.preview'
>;

export function casesService(deps: ServiceDeps): CaseHandlers {
  const { repos } = deps;
  const requireCase = (id: string): CaseRecord => {
    const c = repos.cases.get(id);
    if (!c) throw new AppError('not_found', `no case with id ${JSON.stringify(id)}`);
    return c;
  };

  /** The agent using this device, who an action is recorded for; refused without one. */
  const actingAgent = (what: string) => {
    const agent = sessionAgent(repos, deps.prefs);
    if (!agent) throw new AppError('forbidden', `choose who you are first: ${what} is recorded in your name`);
    return agent;
  };

  /** An entry the agent adds to the timeline now (appended; nothing on a timeline is ever edited). */
  const entry = (caseId: string, kind: EventKind, by: string, fields: Partial<Pick<EventRecord, 'body' | 'from' | 'to'>>): EventRecord => ({
    caseId,
    at: deps.clock.now(),
    kind,
    by,
    body: fields.body ?? null,
    from: fields.from ?? null,
    to: fields.to ?? null,
    extra: {},
  });
  const append = (event: EventRecord) => appendEvents(repos.events, [event]);

  /** Refused on a closed case: a new request there is a new case. */
  const requireOpenToWrite = (c: CaseRecord, what: string) => {
    if (c.status === 'closed') throw new AppError('invalid_input', `${what}: ${c.key} is closed; a new request is a new case (split it from this one)`);
  };

  /** The resolution email goes out on a Resolved case, which it moves to Pending Closure. */
  const requireResolutionEmail = (c: CaseRecord): CaseStatus => {
    const check = checkTransition(c.status, 'pending_closure', 'resolution_email');
    if (!check.ok) throw new AppError('invalid_input', `cases.reply: template: the resolution email goes out on a Resolved case; ${c.key} is ${CASE_STATUS_LABELS[c.status]}: resolve it first`);
    return 'pending_closure';
  };

  /** Refused moves name the field and say why and what to do instead (`shared/domain/caseStatus.ts`). */
  const requireMove = (c: CaseRecord, to: CaseStatus) => {
    const check = checkTransition(c.status, to, 'agent');
    if (!check.ok) throw new AppError('invalid_input', `cases.setStatus: status: ${c.key}: ${check.reason}`);
  };

  /** How the timer was computed, for the explainer on the case. */
  const slaDetail = (c: CaseRecord, events: readonly StoredEvent[], sla: SlaEvaluation): SlaDetail => {
    const target = sla.class === 'agreed' ? null : deps.sla.setup().policy.targets[sla.class];
    const skipped = skippedTime(sla, deps.sla.business(), { timeZone: deps.sla.timeZone(), holidays: deps.sla.calendar().holidays ?? [] });
    return {
      class: sla.class,
      clock: sla.clock,
      clockStart: toIso(sla.clockStart),
      clockStartReason: clockStartReason(c.createdAt, events),
      target: target ? { ...target } : null,
      targetMinutes: Math.round(sla.targetMs / MINUTE),
      deadline: toIso(sla.deadline),
      warningAt: toIso(sla.warningAt),
      candidates: [...sla.candidates].sort((a, b) => a.deadline - b.deadline).map((k) => ({ class: k.class, clock: k.clock, deadline: toIso(k.deadline) })),
      calendarTimeZone: deps.sla.timeZone(),
      closed: skipped.closed.map((p) => ({ from: toIso(p.from), to: toIso(p.to) })),
      closedMore: skipped.closedMore,
      holidays: skipped.holidays,
    };
  };

  const detailOf = (id: string): CaseDetail => {
    const c = requireCase(id);
    const timeline = repos.events.forCase(id);
    // What counts for the clocks: every entry but those re-filed into another case (shared/domain/refile.ts).
    const events = countingEntries(timeline);
    const now = deps.clock.now();
    const sla = evaluateSla({ ...c, timeline: events, ...deps.sla.setup() }, now);
    const organization = c.organizationId ? repos.organizations.get(c.organizationId) : undefined;
    const reporter = c.reporterId ? repos.contacts.get(c.reporterId) : undefined;
    const assignee = c.assigneeId ? repos.agents.get(c.assigneeId) : undefined;
    const team = c.teamId ? teamsOf(repos).find((t) => t.id === c.teamId) : undefined;
    const movedTo = movedOutTo(timeline);
    const keyOfCase = (caseId: string) => repos.cases.get(caseId)?.key ?? caseId;
    const agentNames = new Map<string, string | null>();
    const nameOf = (agentId: string | null): string | null => {
      if (agentId === null) return null;
      if (!agentNames.has(agentId)) agentNames.set(agentId, repos.agents.get(agentId)?.name ?? null);
      return agentNames.get(agentId) ?? null;
    };
    const agentRef = (agentId: string | null) => (agentId === null ? null : { id: agentId, name: nameOf(agentId) ?? agentId });
    const splitApprovalView = (extra: CaseRecord['extra']): CaseDetail['splitApproval'] => {
      const a = splitApprovalOf(extra);
      if (!a) return null;
      const from = repos.cases.get(a.fromId);
      return {
        state: a.state,
        from: from ? { id: from.id, key: from.key } : null,
        requestedBy: agentRef(a.requestedBy),
        requestedAt: toIso(a.requestedAt),
        approvedBy: agentRef(a.approvedBy),
        approvedAt: toIsoOrNull(a.approvedAt),
        note: a.note,
      };
    };
    return {
      id: c.id,
      key: c.key,
      subject: c.subject,
      description: c.description,
      type: c.type,
      status: c.status,
      priority: c.priority,
      channel: c.channel,
      channels: c.channels,
      labels: c.labels,
      urgency: c.urgency,
      urgencyInForce: urgencyInForce(deps.sla.setup().policy, c),
      createdAt: toIso(c.createdAt),
      agreedUpdateAt: toIsoOrNull(c.agreedUpdateAt),
      waitingSince: toIso(caseWaitingSince(c.createdAt, events)),
      sla: sla ? contractSla(sla) : null,
      slaDetail: sla ? slaDetail(c, events, sla) : null,
      lastSentDays: daysSinceLastSent(events, now, deps.sla.timeZone()),
      organization: organization
        ? { id: organization.id, name: organization.name, priority: organization.priority, plan: organization.plan, licenses: organization.licenses }
        : null,
      reporter: reporter ? { id: reporter.id, name: reporter.name, email: reporter.email, phone: reporter.phone } : null,
      assignee: assignee ? { id: assignee.id, name: assignee.name } : null,
      team: team ? { id: team.id, name: team.name } : null,
      needBy: c.needBy ?? null,
      resolvedAt: toIsoOrNull(c.resolvedAt ?? null),
      item: c.item ?? null,
      intake: {
        fromPartner: c.fromPartner ?? null,
        internal: c.internal ?? null,
        possibleTestimonial: c.possibleTestimonial ?? null,
        caseSource: c.caseSource ?? null,
        adminTaskType: c.adminTaskType ?? null,
      },
      watchers: (c.watchers ?? []).map((agentId) => ({ id: agentId, name: nameOf(agentId) ?? agentId })),
      participants: (c.participants ?? []).map((contactId) => {
        const p = repos.contacts.get(contactId);
        return { id: contactId, name: p?.name ?? contactId, email: p?.email ?? null };
      }),
      reminders: c.reminders ?? [],
      links: (c.links ?? []).flatMap((link) => {
        const other = repos.cases.get(link.caseId);
        return other ? [{ caseId: other.id, key: other.key, subject: other.subject, status: other.status, kind: link.kind, how: link.how }] : [];
      }),
      splitApproval: splitApprovalView(c.extra),
      timeline: timeline.map((e) => ({
        seq: e.seq,
        at: toIso(e.at),
        kind: e.kind,
        byId: e.by,
        byName: nameOf(e.by),
        body: e.body,
        from: e.from,
        to: e.to,
        original: eventOriginal(e.extra),
        ...(movedTo.size > 0 && { movedTo: movedTo.has(movedKey(e) ?? '') ? keyOfCase(movedTo.get(movedKey(e)!)!) : null }),
      })),
    };
  };

  return {
    'cases.get': ({ id }) => detailOf(id),
    'cases.markNoReplyNeeded': ({ id, note }) => {
      const c = requireCase(id);
      const agent = actingAgent('"no reply needed"');
      const event = entry(id, 'no_reply_needed', agent.id, { body: note?.trim() || null });
      const running = evaluateSla({ ...c, timeline: countingEntries(repos.events.forCase(id)), ...deps.sla.setup() }, event.at);
      if (!running) throw new AppError('conflict', `${c.key} has no update timer running: nothing to stop`);
      deps.uow.run(() => append(event));
      return detailOf(id);
    },
    'cases.setStatus': ({ id, status }) => {
      const agent = actingAgent('a status change');
      deps.uow.run(() => {
        const c = requireCase(id);
        requireMove(c, status);
        // Resolving sets the resolved date (the closure timer counts from the resolution email); reopening clears it.
        const resolvedAt = status === 'resolved' ? deps.clock.now() : isOpenStatus(status) ? null : (c.resolvedAt ?? null);
        repos.cases.upsert({ ...c, status, resolvedAt });
        append(entry(id, 'status', agent.id, { from: c.status, to: status }));
      });
      return detailOf(id);
    },
    'cases.reply': ({ id, body, template }) => {
      const agent = actingAgent('a public reply');
      deps.uow.run(() => {
        const c = requireCase(id);
        requireOpenToWrite(c, 'cases.reply');
        const closing = template === 'resolution' ? requireResolutionEmail(c) : null;
        append({ ...entry(id, 'public_reply', agent.id, { body: body.trim() }), ...(template && { extra: { template } }) });
        if (closing) {
          // Sending the resolution email moves the case to Pending Closure and starts its closure timer (sla.md 6).
          repos.cases.upsert({ ...c, status: closing, resolvedAt: deps.clock.now() });
          append(entry(id, 'status', agent.id, { from: c.status, to: closing }));
        }
      });
      return detailOf(id);
    },
    'cases.note': ({ id, body }) => {
      const agent = actingAgent('an internal note');
      deps.uow.run(() => {
        requireCase(id);
        append(entry(id, 'internal_note', agent.id, { body: body.trim() }));
      });
      return detailOf(id);
    },
    'cases.preview': ({ id, action }) => {
      // The same engine the action's commit runs, on the case as the action would leave it, as of now.
      const c = requireCase(id);
      const timeline = countingEntries(repos.events.forCase(id));
      const now = deps.clock.now();
      const setup = deps.sla.setup();
      const slaOf = (facts: CaseRecord, points: readonly { at: number; kind: EventKind; by: string | null }[]) => {
        const sla = evaluateSla({ ...facts, timeline: points, ...setup }, now);
        return sla ? contractSla(sla) : null;
      };
      const agent = sessionAgent(repos, deps.prefs);
      let after: CaseRecord = c;
      let points: readonly { at: number; kind: EventKind; by: string | null }[] = timeline;
      switch (action.kind) {
        case 'reply':
          requireOpenToWrite(c, 'cases.preview');
          points = [...timeline, { at: now, kind: 'public_reply', by: agent?.id ?? 'agent' }];
          if (action.template === 'resolution') after = { ...c, status: requireResolutionEmail(c) };
          break;
        case 'note':
          break;
        case 'status':
          requireMove(c, action.status);
          after = { ...c, status: action.status };
          break;
      }
      return { before: slaOf(c, timeline), after: slaOf(after, points) };
    },
    'cases.setUrgency': ({ id, urgency }) => {
      const c = requireCase(id);
      if (c.urgency !== urgency) {
        deps.uow.run(() => {
          const after = { ...c, urgency };
          repos.cases.upsert(after);
          // A rule may hold the urgency up: it says so on the timeline (rules run on every change).
          applyRules(repos, after, deps.clock.now());
        });
      }
      return detailOf(id);
    },
  };
}
