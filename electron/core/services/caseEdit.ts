import type { Handlers } from '../../../shared/contract/index';
import type { CaseFieldsInput } from '../../../shared/contract/caseEdit';
import { AppError } from '../../../shared/contract/result';
import { CASE_TYPE_DEFAULTS, offersPriority } from '../../../shared/domain/caseTypes';
import { CASE_TYPE_LABELS, PRIORITY_LABELS, type CaseType, type Priority } from '../../../shared/domain/vocab';
import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import { toIsoOrNull } from '../../../shared/time/instant';
import { requireAssignable } from './assignable';
import { applyRules } from './caseRules';
import { casesService } from './cases';
import type { ServiceDeps } from './deps';
import { appendEvents } from './fingerprint';
import { checkOwnerChange } from './queueMonitor';
import { sessionAgent } from './session';
import { teamsOf } from './workflowSettings';

const M = 'cases.update';

/** How a field's value reads on the timeline ("P4 High", "Bug / Report a Problem", "none"). */
function shownValue(field: keyof CaseFieldsInput, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (field === 'priority') return `${value as Priority} ${PRIORITY_LABELS[value as Priority]}`;
  if (field === 'type') return CASE_TYPE_LABELS[value as CaseType];
  if (field === 'agreedUpdateAt') return toIsoOrNull(value as number) ?? 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return String(value);
}

const FIELD_LABELS: Record<Exclude<keyof CaseFieldsInput, 'assignee'>, string> = {
  subject: 'Subject',
  description: 'Description',
  type: 'Type',
  priority: 'Priority',
  organizationId: 'Organization',
  reporterId: 'Reporter',
  labels: 'Labels',
  item: 'Item',
  needBy: 'Need by',
  agreedUpdateAt: 'Agreed next update',
  fromPartner: 'From a partner',
  internal: 'Internal',
  possibleTestimonial: 'Possible testimonial',
  caseSource: 'Case source',
  adminTaskType: 'Admin task type',
  watchers: 'Watchers',
  participants: 'Request participants',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Editing a case in place (`workflow.md` "Case": every field editable): each changed field is one
 * `field` entry on the timeline (the assignee an `assignment`), the rules run again on the result, all
 * in one unit of work; a refused field (named) writes nothing.
 */
export function caseEditService(deps: ServiceDeps): Pick<Handlers, 'cases.update'> {
  const { repos } = deps;
  const cases = casesService(deps);

  const requireOpenCase = (id: string, method: string): CaseRecord => {
    const c = repos.cases.get(id);
    if (!c) throw new AppError('not_found', `${method}: id: no case with id ${JSON.stringify(id)}`);
    if (c.status === 'closed') throw new AppError('invalid_input', `${method}: ${c.key} is closed: a closed case is not changed (a new request is a new case)`);
    return c;
  };

  /** The case with `set` applied, checked field by field. */
  const edited = (c: CaseRecord, set: CaseFieldsInput, meId: string | null): CaseRecord => {
    const next: CaseRecord = { ...c };
    const type = set.type ?? c.type;
    const priority = set.priority ?? c.priority;
    if ((set.type !== undefined || set.priority !== undefined) && !offersPriority(type, priority)) {
      const offered = CASE_TYPE_DEFAULTS[type].priorities.map((p) => p.label).join(', ');
      const field = set.priority !== undefined ? 'priority' : 'type';
      throw new AppError('invalid_input', `${M}: ${field}: ${CASE_TYPE_LABELS[type]} offers ${offered}, not ${priority}: choose one of them too`);
    }
    if (set.organizationId && !repos.organizations.has(set.organizationId)) {
      throw new AppError('invalid_input', `${M}: organizationId: no organization with id ${JSON.stringify(set.organizationId)}`);
    }
    if (set.reporterId && !repos.contacts.has(set.reporterId)) throw new AppError('invalid_input', `${M}: reporterId: no contact with id ${JSON.stringify(set.reporterId)}`);
    for (const agentId of set.watchers ?? []) {
      if (!repos.agents.has(agentId)) throw new AppError('invalid_input', `${M}: watchers: no agent with id ${JSON.stringify(agentId)}`);
    }
    for (const contactId of set.participants ?? []) {
      if (!repos.contacts.has(contactId)) throw new AppError('invalid_input', `${M}: participants: no contact with id ${JSON.stringify(contactId)}`);
    }
    if (set.assignee !== undefined) {
      if (set.assignee === null) {
        next.assigneeId = null;
        next.teamId = null;
      } else if (typeof set.assignee === 'string') {
        const agent = repos.agents.get(set.assignee);
        if (!agent) throw new AppError('invalid_input', `${M}: assignee: no agent with id ${JSON.stringify(set.assignee)}`);
        if (agent.id !== c.assigneeId) requireAssignable(agent, meId);
        next.assigneeId = agent.id;
        next.teamId = null;
      } else {
        const { teamId } = set.assignee;
        const teams = teamsOf(repos);
        if (!teams.some((t) => t.id === teamId)) {
          throw new AppError('invalid_input', `${M}: assignee.teamId: no team with id ${JSON.stringify(teamId)} (the teams: ${teams.map((t) => t.id).join(', ')})`);
        }
        next.assigneeId = null;
        next.teamId = teamId;
      }
    }
    const { assignee: _assignee, agreedUpdateAt, labels, watchers, participants, ...plain } = set;
    Object.assign(next, plain);
    if (agreedUpdateAt !== undefined) next.agreedUpdateAt = agreedUpdateAt;
    // Lists are sets: each entry once, in the order given.
    if (labels !== undefined) next.labels = [...new Set(labels.map((l) => l.trim()))];
    if (watchers !== undefined) next.watchers = [...new Set(watchers)];
    if (participants !== undefined) next.participants = [...new Set(participants)];
    return next;
  };

  /** A field's value as people read it: names for the agents, contacts and organization it holds by id. */
  const readable = (field: keyof typeof FIELD_LABELS, value: unknown): unknown => {
    const nameOf = (id: string) =>
      (field === 'watchers' ? repos.agents.get(id)?.name : field === 'organizationId' ? repos.organizations.get(id)?.name : repos.contacts.get(id)?.name) ?? id;
    if (field === 'watchers' || field === 'participants') return ((value as string[] | undefined) ?? []).map(nameOf);
    if ((field === 'organizationId' || field === 'reporterId') && typeof value === 'string') return nameOf(value);
    return value;
  };

  /** The timeline entries for what changed between `before` and `after`. */
  const changes = (before: CaseRecord, after: CaseRecord, by: string | null, at: number): EventRecord[] => {
    const events: EventRecord[] = [];
    for (const field of Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]) {
      if (same(before[field as keyof CaseRecord], after[field as keyof CaseRecord])) continue;
      const from = readable(field, before[field as keyof CaseRecord]);
      const to = readable(field, after[field as keyof CaseRecord]);
      const long = field === 'description';
      events.push({
        caseId: before.id,
        at,
        kind: 'field',
        by,
        body: long ? `${FIELD_LABELS[field]} changed` : `${FIELD_LABELS[field]}: ${shownValue(field, from)} -> ${shownValue(field, to)}`,
        from: long ? null : (shownValue(field, from) as string),
        to: long ? null : (shownValue(field, to) as string),
        // The raw values (ids) for scripts; the body and from/to read as names.
        extra: { field, value: after[field as keyof CaseRecord] ?? null },
      });
    }
    if (before.assigneeId !== after.assigneeId || (before.teamId ?? null) !== (after.teamId ?? null)) {
      const teamName = after.teamId ? teamsOf(repos).find((t) => t.id === after.teamId)?.name : undefined;
      events.push({
        caseId: before.id,
        at,
        kind: 'assignment',
        by,
        body: teamName ? `Assigned to ${teamName}` : after.assigneeId === null ? 'Unassigned' : null,
        from: before.assigneeId,
        to: after.assigneeId,
        extra: after.teamId ? { teamId: after.teamId } : {},
      });
    }
    return events;
  };

  return {
    'cases.update': ({ id, set }) => {
      deps.uow.run(() => {
        const c = requireOpenCase(id, M);
        const me = sessionAgent(repos, deps.prefs);
        const after = edited(c, set, me?.id ?? null);
        checkOwnerChange(deps, M, me, c, after);
        const now = deps.clock.now();
        const events = changes(c, after, me?.id ?? null, now);
        if (events.length === 0) return;
        repos.cases.upsert(after);
        appendEvents(repos.events, events);
        applyRules(repos, after, now);
      });
      return cases['cases.get']({ id });
    },
  };
}
