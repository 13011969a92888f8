import type { CaseDetail, Handlers, SlaDetail } from '../../../shared/contract/index';
import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import { AppError } from '../../../shared/contract/result';
import { caseWaitingSince } from '../../../shared/domain/waitingSince';
import { toIso, toIsoOrNull } from '../../../shared/time/instant';
import { MINUTE } from '../../../shared/time/instant';
import { clockStartReason, daysSinceLastSent, evaluateSla, skippedTime, urgencyInForce, type SlaEvaluation } from '../../../shared/sla/index';
import type { StoredEvent } from '../db/repositories/types';
import type { ServiceDeps } from './deps';
import { eventFingerprints } from './fingerprint';
import { eventOriginal } from './original';
import { sessionAgent } from './session';
import { contractSla } from './slaContext';

type CaseHandlers = Pick<Handlers, 'cases.get' | 'cases.markNoReplyNeeded' | 'cases.setUrgency'>;

export function casesService(deps: ServiceDeps): CaseHandlers {
  const { repos } = deps;
  const requireCase = (id: string): CaseRecord => {
    const c = repos.cases.get(id);
    if (!c) throw new AppError('not_found', `no case with id ${JSON.stringify(id)}`);
    return c;
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
    const events = repos.events.forCase(id);
    const now = deps.clock.now();
    const sla = evaluateSla({ ...c, timeline: events, ...deps.sla.setup() }, now);
    const organization = c.organizationId ? repos.organizations.get(c.organizationId) : undefined;
    const reporter = c.reporterId ? repos.contacts.get(c.reporterId) : undefined;
    const assignee = c.assigneeId ? repos.agents.get(c.assigneeId) : undefined;
    const agentNames = new Map<string, string | null>();
    const nameOf = (agentId: string | null): string | null => {
      if (agentId === null) return null;
      if (!agentNames.has(agentId)) agentNames.set(agentId, repos.agents.get(agentId)?.name ?? null);
      return agentNames.get(agentId) ?? null;
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
      organization: organization ? { id: organization.id, name: organization.name, priority: organization.priority } : null,
      reporter: reporter ? { id: reporter.id, name: reporter.name, email: reporter.email, phone: reporter.phone } : null,
      assignee: assignee ? { id: assignee.id, name: assignee.name } : null,
      timeline: events.map((e) => ({
        seq: e.seq,
        at: toIso(e.at),
        kind: e.kind,
        byId: e.by,
        byName: nameOf(e.by),
        body: e.body,
        from: e.from,
        to: e.to,
        original: eventOriginal(e.extra),
      })),
    };
  };

  return {
    'cases.get': ({ id }) => detailOf(id),
    'cases.markNoReplyNeeded': ({ id, note }) => {
      const c = requireCase(id);
      const agent = sessionAgent(repos, deps.prefs);
      if (!agent) throw new AppError('forbidden', 'choose who you are first: "no reply needed" is recorded in your name');
      const now = deps.clock.now();
      const timeline = repos.events.forCase(id);
      const running = evaluateSla({ ...c, timeline, ...deps.sla.setup() }, now);
      if (!running) throw new AppError('conflict', `${c.key} has no update timer running: nothing to stop`);
      const event: EventRecord = { caseId: id, at: now, kind: 'no_reply_needed', by: agent.id, body: note?.trim() || null, from: null, to: null, extra: {} };
      deps.uow.run(() => repos.events.append(event, eventFingerprints([event])[0]!));
      return detailOf(id);
    },
    'cases.setUrgency': ({ id, urgency }) => {
      const c = requireCase(id);
      if (c.urgency !== urgency) deps.uow.run(() => repos.cases.upsert({ ...c, urgency }));
      return detailOf(id);
    },
  };
}
