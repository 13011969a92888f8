import type { Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { caseWaitingSince } from '../../../shared/domain/waitingSince';
import { toIso, toIsoOrNull } from '../../../shared/time/instant';
import { daysSinceLastSent, evaluateSla } from '../../../shared/sla/index';
import type { ServiceDeps } from './deps';
import { contractSla } from './slaContext';

type CaseHandlers = Pick<Handlers, 'cases.get'>;

export function casesService(deps: ServiceDeps): CaseHandlers {
  const { repos } = deps;
  return {
    'cases.get': ({ id }) => {
      const c = repos.cases.get(id);
      if (!c) throw new AppError('not_found', `no case with id ${JSON.stringify(id)}`);
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
        urgent: c.urgent,
        createdAt: toIso(c.createdAt),
        agreedUpdateAt: toIsoOrNull(c.agreedUpdateAt),
        waitingSince: toIso(caseWaitingSince(c.createdAt, events)),
        sla: sla ? contractSla(sla) : null,
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
        })),
      };
    },
  };
}
