import type { Handlers, ParsedInput } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { CASE_TYPE_DEFAULTS, TEAM_IDS, defaultNeedBy, defaultTeam, offersEscalation, offersPriority } from '../../../shared/domain/caseTypes';
import { localDayOf } from '../../../shared/domain/chatOutcomes';
import { CASE_TYPE_LABELS, CHANNEL_LABELS, type Priority } from '../../../shared/domain/vocab';
import type { CaseRecord, EventRecord, Extra } from '../../../shared/interchange/schema';
import type { Repositories } from '../db/repositories/types';
import { requireAssignable } from './assignable';
import { applyRules } from './caseRules';
import { casesService } from './cases';
import { releasesOf, teamsOf } from './workflowSettings';
import type { ServiceDeps } from './deps';
import { appendEvents } from './fingerprint';
import { nextCaseKey, recordFiling } from './filing';
import { interactionViews, newId } from './interactionRecords';
import { checkOwnerChange } from './queueMonitor';
import { sessionAgent } from './session';

/**
 * Creating a case by type (`workflow.md` "Types, default statuses and priorities"): the type's status,
 * team or assignee and need-by date; the priority checked against the ones the type offers. From an
 * interaction, the case is prefilled from it and the interaction filed into it (filing's own code).
 * One unit of work: a refused case writes nothing.
 */
export function caseCreateService(deps: ServiceDeps): Pick<Handlers, 'cases.create' | 'teams.list' | 'releases.list'> {
  const { repos } = deps;
  const cases = casesService(deps);

  return {
    'teams.list': () => teamsOf(repos),
    'releases.list': () => releasesOf(repos),
    'cases.create': async (input) => {
      const created = deps.uow.run(() => insertCase(deps, input));
      const team = teamsOf(repos).find((t) => t.id === created.teamId) ?? null;
      return {
        case: await cases['cases.get']({ id: created.id }),
        team,
        needBy: created.needBy,
        // Offered for the priority the agent chose (a rule's raise is not an agent's escalation).
        escalation: offersEscalation(input.priority ?? 'P6') ? { teamId: TEAM_IDS.dev, template: 'acknowledgement' as const } : null,
      };
    },
  };
}

/** A case as `cases.create` makes it, with what a split or a "needs config" case adds: its link to the case it came from. */
export interface NewCaseExtras {
  links?: NonNullable<CaseRecord['links']>;
  /** Keys kept on the new case beyond the known fields (a split's approval). */
  extra?: Extra;
  /** Timeline entries recorded on the new case after its assignment (a split records where it came from). */
  events?: (c: CaseRecord) => EventRecord[];
  /** The method named in refusals. */
  method?: string;
}

/**
 * Inserts a new case by type with its defaults, in the caller's unit of work, then runs the rules on
 * it (their firings on its timeline): `cases.create`, and *Split* / "needs config" (caseLinks.ts).
 */
export function insertCase(
  deps: ServiceDeps,
  input: ParsedInput<'cases.create'>,
  extras: NewCaseExtras = {},
): { id: string; teamId: string | null; needBy: string | null; priority: Priority } {
  const { repos } = deps;
  const M = extras.method ?? 'cases.create';
  const { requireInteraction } = interactionViews(deps);
  const { type } = input;
  const priority = input.priority ?? 'P6';
  if (!offersPriority(type, priority)) {
    const offered = CASE_TYPE_DEFAULTS[type].priorities.map((p) => p.label).join(', ');
    const label = CASE_TYPE_LABELS[type];
    throw new AppError('invalid_input', `${M}: priority: ${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label} offers ${offered}, not ${priority}`);
  }
  const now = deps.clock.now();

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
    extra: { ...(x && { filedFrom: x.id }), ...extras.extra },
    ...(extras.links && { links: extras.links }),
  };
  // A new case given straight to a colleague is assigning work to others: a lead's or the queue
  // monitor's (SOP 04: "Don't assign tickets directly to anyone without talking to the Shift Lead").
  checkOwnerChange(deps, M, me, { ...c, assigneeId: null, teamId: null }, c);
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
  events.push(...(extras.events?.(c) ?? []));
  if (x) {
    recordFiling(repos, x, c, events, { meId, now, reporterId });
  } else {
    appendEvents(repos.events, events);
  }
  // The rules run once the case and its first entries are in: their firings follow on its timeline.
  const stored = applyRules(repos, c, now);
  return { id: c.id, teamId, needBy, priority: stored.priority };
}

function callerName(repos: Repositories, contactId: string | null): string | null {
  return contactId === null ? null : (repos.contacts.get(contactId)?.name ?? null);
}
