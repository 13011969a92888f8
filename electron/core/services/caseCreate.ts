import type { Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { CASE_TYPE_DEFAULTS, DEFAULT_TEAMS, TEAM_IDS, defaultNeedBy, defaultTeam, offersEscalation, offersPriority, type Release, type Team } from '../../../shared/domain/caseTypes';
import { localDayOf } from '../../../shared/domain/chatOutcomes';
import { CASE_TYPE_LABELS, CHANNEL_LABELS } from '../../../shared/domain/vocab';
import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import type { Repositories } from '../db/repositories/types';
import { requireAssignable } from './assignable';
import { casesService } from './cases';
import { SETTING, type ServiceDeps } from './deps';
import { eventFingerprints } from './fingerprint';
import { nextCaseKey, recordFiling } from './filing';
import { interactionViews, newId } from './interactionRecords';
import { sessionAgent } from './session';

const M = 'cases.create';

/** The teams in force: the lead-kept list, else the five default teams. */
export function teamsOf(repos: Repositories): Team[] {
  const kept = repos.settings.get<(Team & { extra?: unknown })[]>(SETTING.teams);
  return (kept ?? DEFAULT_TEAMS).map(({ id, name, members }) => ({ id, name, members: [...members] }));
}

/** The release list, by date. */
export function releasesOf(repos: Repositories): Release[] {
  const kept = repos.settings.get<(Release & { extra?: unknown })[]>(SETTING.releases) ?? [];
  return kept.map(({ id, name, date }) => ({ id, name, date })).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Creating a case by type (`workflow.md` "Types, default statuses and priorities"): the type's status,
 * team or assignee and need-by date; the priority checked against the ones the type offers. From an
 * interaction, the case is prefilled from it and the interaction filed into it (filing's own code).
 * One unit of work: a refused case writes nothing.
 */
export function caseCreateService(deps: ServiceDeps): Pick<Handlers, 'cases.create' | 'teams.list' | 'releases.list'> {
  const { repos } = deps;
  const cases = casesService(deps);
  const { requireInteraction } = interactionViews(deps);

  return {
    'teams.list': () => teamsOf(repos),
    'releases.list': () => releasesOf(repos),
    'cases.create': async (input) => {
      const { type } = input;
      const priority = input.priority ?? 'P6';
      if (!offersPriority(type, priority)) {
        const offered = CASE_TYPE_DEFAULTS[type].priorities.map((p) => p.label).join(', ');
        const label = CASE_TYPE_LABELS[type];
        throw new AppError('invalid_input', `${M}: priority: ${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label} offers ${offered}, not ${priority}`);
      }
      const now = deps.clock.now();

      const created = deps.uow.run(() => {
        // Read under the write lock: an interaction filed meanwhile, an agent gone on leave, count.
        const me = sessionAgent(repos, deps.prefs);
        const x = input.fromInteractionId === undefined ? undefined : requireInteraction(input.fromInteractionId, M);
        if (x?.caseId) {
          const filed = repos.cases.get(x.caseId);
          throw new AppError('conflict', `${M}: fromInteractionId: ${x.id} is already filed into ${filed?.key ?? x.caseId}`);
        }
        const subject = input.subject?.trim() || x?.subject?.trim() || (x ? `${CHANNEL_LABELS[x.channel]} from ${callerName(repos, x.contactId) ?? 'an unknown caller'}` : '');
        if (subject === '') throw new AppError('invalid_input', `${M}: subject: is missing: give the case a short summary`);

        const reporterId = input.reporterId ?? x?.contactId ?? null;
        const reporter = reporterId === null ? undefined : repos.contacts.get(reporterId);
        if (reporterId !== null && !reporter) throw new AppError('invalid_input', `${M}: reporterId: no contact with id ${JSON.stringify(reporterId)}`);
        const organizationId = input.organizationId ?? reporter?.organizationId ?? null;
        if (organizationId !== null && !repos.organizations.has(organizationId)) {
          throw new AppError('invalid_input', `${M}: organizationId: no organization with id ${JSON.stringify(organizationId)}`);
        }

        // An agent or a team, never both (workflow.md: "Assigned to" is one of them).
        const teams = teamsOf(repos);
        let assigneeId: string | null = null;
        let teamId: string | null = null;
        const assignee = input.assignee;
        if (assignee === 'me') {
          if (!me) throw new AppError('invalid_input', `${M}: assignee: "me" needs an agent using this device; the workspace has no agents`);
          assigneeId = me.id;
        } else if (typeof assignee === 'string') {
          if (!repos.agents.has(assignee)) throw new AppError('invalid_input', `${M}: assignee: no agent with id ${JSON.stringify(assignee)}`);
          assigneeId = assignee;
        } else {
          teamId = assignee?.teamId ?? defaultTeam(type, priority);
          if (!teams.some((t) => t.id === teamId)) {
            const known = teams.map((t) => t.id).join(', ');
            throw new AppError('invalid_input', `${M}: assignee.teamId: no team with id ${JSON.stringify(teamId)} (the teams: ${known})`);
          }
        }
        if (assigneeId !== null) requireAssignable(repos.agents.get(assigneeId)!, me?.id);

        const today = localDayOf(now, deps.sla.timeZone());
        const needBy = input.needBy ?? defaultNeedBy(type, priority, today, releasesOf(repos));
        const description = input.description ?? x?.body ?? '';
        const c: CaseRecord = {
          id: newId('case', (candidate) => repos.cases.has(candidate)),
          key: nextCaseKey(repos),
          subject,
          description,
          type,
          status: CASE_TYPE_DEFAULTS[type].status,
          priority,
          channel: x?.channel ?? 'email',
          channels: x ? [x.channel] : [],
          organizationId,
          reporterId,
          assigneeId,
          labels: [],
          // From an interaction the customer has waited since it arrived (as filing does).
          createdAt: x?.since ?? now,
          urgency: x?.urgent ? 'urgent' : 'none',
          agreedUpdateAt: null,
          teamId,
          needBy,
          resolvedAt: null,
          fromPartner: input.fromPartner ?? null,
          internal: input.internal ?? null,
          possibleTestimonial: input.possibleTestimonial ?? null,
          caseSource: input.caseSource ?? null,
          adminTaskType: input.adminTaskType ?? null,
          extra: x ? { filedFrom: x.id } : {},
        };
        repos.cases.upsert(c);

        const events: EventRecord[] = [];
        const meId = me?.id ?? null;
        // Typed in from a customer's request (a reporter, no interaction): their words open the timeline.
        if (!x && reporter && description.trim() !== '') {
          events.push({ caseId: c.id, at: now, kind: 'inbound', by: null, body: description, from: null, to: null, extra: { enteredBy: meId } });
        }
        const teamName = teams.find((t) => t.id === teamId)?.name;
        events.push({
          caseId: c.id,
          at: now,
          kind: 'assignment',
          by: meId,
          body: teamName ? `Assigned to ${teamName}` : null,
          from: null,
          to: assigneeId,
          extra: teamId ? { teamId } : {},
        });
        if (x) {
          recordFiling(repos, x, c, events, { meId, now, reporterId });
        } else {
          const prints = eventFingerprints(events);
          events.forEach((e, i) => repos.events.append(e, prints[i]!));
        }
        return { id: c.id, teamId, needBy };
      });

      const team = teamsOf(repos).find((t) => t.id === created.teamId) ?? null;
      return {
        case: await cases['cases.get']({ id: created.id }),
        team,
        needBy: created.needBy,
        escalation: offersEscalation(priority) ? { teamId: TEAM_IDS.dev, template: 'acknowledgement' as const } : null,
      };
    },
  };
}

function callerName(repos: Repositories, contactId: string | null): string | null {
  return contactId === null ? null : (repos.contacts.get(contactId)?.name ?? null);
}
