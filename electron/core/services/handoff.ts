import { Temporal } from 'temporal-polyfill';
import type { Handlers } from '../../../shared/contract/index';
import type { HandoffCandidate, HandoffCase, HandoffSheet, WelcomeBack, WelcomeCase } from '../../../shared/contract/handoff';
import { AppError } from '../../../shared/contract/result';
import { closureDueAt } from '../../../shared/domain/closure';
import {
  DEADLINE_KIND_LABELS,
  deadlinesInWindow,
  EMPTY_LEAVE_CHECKLIST,
  emlFileName,
  emlText,
  leaveWindow,
  mailtoUrl,
  overlaps,
  scheduledHours,
  suggestOwners,
  teamEmail,
  type LeaveChecklist,
  type LeaveWindow,
  type OwnerCandidate,
} from '../../../shared/domain/handoff';
import { AGENT_STATUS_LABELS, CASE_STATUS_LABELS, isOpenStatus } from '../../../shared/domain/vocab';
import { caseItemId } from '../../../shared/domain/workItem';
import type { AgentRecord, CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import { planSla, type SlaSetup } from '../../../shared/sla/evaluate';
import { parseIso, toIso } from '../../../shared/time/instant';
import { toAgent } from './agents';
import type { ServiceDeps } from './deps';
import { appendEvents } from './fingerprint';
import { recordAudit, requireLead } from './roles';
import { sessionAgent } from './session';
import { slaOf } from './slaContext';

type HandoffHandlers = Pick<Handlers, 'handoff.sheet' | 'handoff.saveDraft' | 'handoff.approve' | 'handoff.welcomeBack' | 'handoff.welcomeSeen'>;

/**
 * Workspace setting: the handoff drafts, one per agent and leave (`"<agentId> <from> <to>"`), with
 * their notes, owners, leave checklist and, once approved, the approval (which cases went to whom) and
 * whether the returning agent saw the welcome back. A working record: not written to the interchange
 * file (the approval itself is: on each case's timeline and in the audit list).
 */
export const HANDOFF_SETTING = 'handoff_drafts';

interface StoredDraft {
  agentId: string;
  from: string;
  to: string;
  notes: Record<string, string>;
  owners: Record<string, string | null>;
  checklist: LeaveChecklist;
  savedAt: number;
  approved?: { at: number; by: string | null; cases: { caseId: string; from: string; to: string }[] };
  welcomedAt?: number;
}

const draftKey = (agentId: string, from: string, to: string) => `${agentId} ${from} ${to}`;

/**
 * Whether a case's SLA deadline passed between `from` and `now` before an entry of its timeline moved
 * it on (a late reply, a status change): the stored plan is only the one after the last entry, so the
 * plan as it stood just before each entry since `from` is planned again from the entries before it,
 * the status then (read from the status entries) and the case's other facts as they are now.
 */
function breachedBefore(c: CaseRecord, timeline: readonly EventRecord[], from: number, now: number, setup: SlaSetup): boolean {
  const entries = [...timeline].sort((a, b) => a.at - b.at);
  for (const e of entries) {
    if (e.at < from || e.at > now) continue;
    const status = (entries.find((s) => s.kind === 'status' && s.at >= e.at && s.from !== null)?.from ?? c.status) as CaseRecord['status'];
    const plan = planSla({ ...c, ...setup, status, timeline: entries.filter((p) => p.at < e.at) });
    if (plan && plan.deadline >= from && plan.deadline < e.at) return true;
  }
  return false;
}

/** "Tue 10 Mar 14:00" in `zone`. */
function when(at: number, zone: string): string {
  const z = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone);
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][z.dayOfWeek - 1];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][z.month - 1];
  return `${day} ${z.day} ${month} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
}

/**
 * The handoff before leave (`workflow.md` "Roles and the handoff view", SOP 04, docs/handoff.md). The
 * sheet reads the agent's cases through the `cases_assignee` index and each case's stored SLA plan
 * (`work_items`, the plan `queue --at` reads), so it costs the agent's cases, not the workspace's.
 * Saving a draft and approving are for leads; approval reassigns every case in one unit of work.
 */
export function handoffService(deps: ServiceDeps): HandoffHandlers {
  const { repos } = deps;

  const drafts = (): Record<string, StoredDraft> => repos.settings.get<Record<string, StoredDraft>>(HANDOFF_SETTING) ?? {};

  const requireAgent = (method: string, id: string): AgentRecord => {
    const agent = repos.agents.get(id);
    if (!agent) throw new AppError('not_found', `${method}: agentId: no agent with id ${JSON.stringify(id)}`);
    return agent;
  };
  const windowOf = (method: string, agent: AgentRecord, from: string, to: string): LeaveWindow => {
    const w = leaveWindow(from, to, agent.timeZone);
    if ('error' in w) throw new AppError('invalid_input', `${method}: ${w.error}`);
    return w;
  };
  /** Approved leaves of `agentId` (other than `except`), as windows in their zone. */
  const approvedLeaves = (all: Record<string, StoredDraft>, agent: AgentRecord, except?: string): LeaveWindow[] =>
    Object.entries(all)
      .filter(([key, d]) => d.agentId === agent.id && d.approved && key !== except)
      .map(([, d]) => leaveWindow(d.from, d.to, agent.timeZone))
      .filter((w): w is LeaveWindow => !('error' in w));
  /** Why `agent` may not take cases during `w`, or null (the same rule for the proposal and the approval). */
  const whyNot = (agent: AgentRecord, w: LeaveWindow, all: Record<string, StoredDraft>, hours: number | null): string | null => {
    if (agent.status === 'on_leave' || agent.status === 'unavailable') return `${AGENT_STATUS_LABELS[agent.status]} now`;
    const away = approvedLeaves(all, agent).find((l) => overlaps(l, w));
    if (away) return `On leave ${away.from === away.to ? away.from : `${away.from} to ${away.to}`}`;
    if (hours === 0) return 'No shift during the leave';
    return null;
  };

  const sheetOf = (agent: AgentRecord, w: LeaveWindow, at: number): HandoffSheet => {
    const all = drafts();
    const key = draftKey(agent.id, w.from, w.to);
    const draft = all[key];
    const setup = deps.sla.setup();
    const calendarZone = deps.sla.timeZone();
    const orgNames = new Map<string, string | null>();
    const orgName = (id: string | null) => {
      if (id === null) return null;
      if (!orgNames.has(id)) orgNames.set(id, repos.organizations.get(id)?.name ?? null);
      return orgNames.get(id)!;
    };

    // The agent's cases through the cases_assignee index; every one not closed (a Pending Closure case
    // still carries its closure timer).
    const rows: (Omit<HandoffCase, 'note' | 'owner' | 'suggestedOwner'> & { first: number; slaDeadline: number })[] = [];
    for (const id of repos.cases.idsWhere('assignee_id', [agent.id])) {
      const c = repos.cases.get(id);
      if (!c || c.status === 'closed') continue;
      const open = isOpenStatus(c.status);
      const item = open ? repos.workItems.get(caseItemId(c.id)) : undefined;
      const sla = item ? slaOf(item, w.start, setup) : null;
      const due = deadlinesInWindow(
        {
          slaWarningAt: item?.slaWarningAt ?? null,
          slaDeadline: item?.slaDeadline ?? null,
          slaClass: item?.slaClass ?? null,
          agreedUpdateAt: open ? c.agreedUpdateAt : null,
          closureDueAt: c.status === 'pending_closure' && c.resolvedAt != null ? closureDueAt(c.resolvedAt, calendarZone) : null,
          needBy: open ? (c.needBy ?? null) : null,
          calendarZone,
        },
        w,
      );
      rows.push({
        id: c.id,
        key: c.key,
        subject: c.subject,
        status: c.status,
        priority: c.priority,
        organizationName: orgName(c.organizationId),
        sla,
        deadlines: due.map((d) => ({ kind: d.kind, at: toIso(d.at), label: DEADLINE_KIND_LABELS[d.kind] })),
        first: due[0]?.at ?? Infinity,
        slaDeadline: item?.slaDeadline ?? Infinity,
      });
    }
    // Most urgent first: a deadline inside the leave, then the SLA deadline, then the key.
    rows.sort((a, b) => a.first - b.first || a.slaDeadline - b.slaDeadline || a.key.localeCompare(b.key, undefined, { numeric: true }));

    const candidates: (OwnerCandidate & HandoffCandidate)[] = [];
    for (const other of repos.agents.list()) {
      if (other.id === agent.id) continue;
      const hours = scheduledHours(other.schedule, other.timeZone, w);
      candidates.push({ id: other.id, name: other.name, load: repos.workItems.count({ assigneeId: other.id }), hours, why: whyNot(other, w, all, hours) });
    }
    const suggested = suggestOwners(
      rows.map((r) => r.id),
      candidates,
    );
    const cases: HandoffCase[] = rows.map(({ first: _f, slaDeadline: _d, ...r }) => {
      const chosen = draft?.owners[r.id];
      return { ...r, note: draft?.notes[r.id] ?? '', owner: chosen !== undefined ? chosen : (suggested.get(r.id) ?? null), suggestedOwner: suggested.get(r.id) ?? null };
    });

    const names = new Map(repos.agents.list().map((a) => [a.id, a] as const));
    const me = sessionAgent(repos, deps.prefs);
    const email = teamEmail({
      agentName: agent.name,
      from: w.from,
      to: w.to,
      team: [...names.values()].map((a) => a.email).filter((e) => e !== ''),
      leadName: me?.role === 'lead' ? me.name : null,
      items: cases.map((c) => ({
        key: c.key,
        subject: c.subject,
        status: CASE_STATUS_LABELS[c.status],
        owner: c.owner === null ? null : (names.get(c.owner)?.name ?? c.owner),
        note: c.note,
        // A need-by date is a day (listed at its end): shown as that day.
        due: c.deadlines.map((d) => (d.kind === 'need_by' ? `${d.label} ${when(parseIso(d.at) - 1, calendarZone).slice(0, -6)}` : `${d.label} ${when(parseIso(d.at), calendarZone)} (${calendarZone})`)),
      })),
    });
    return {
      agent: toAgent(agent),
      from: w.from,
      to: w.to,
      start: toIso(w.start),
      end: toIso(w.end),
      at: toIso(at),
      calendarTimeZone: calendarZone,
      cases,
      candidates: candidates.map(({ id, name, load, hours, why }) => ({ id, name, load, hours, why })),
      checklist: { ...EMPTY_LEAVE_CHECKLIST, ...draft?.checklist },
      email: { ...email, mailto: mailtoUrl(email), emlName: emlFileName(agent.name, w.from), eml: emlText(email, at) },
      savedAt: draft ? toIso(draft.savedAt) : null,
      approved: draft?.approved
        ? { at: toIso(draft.approved.at), by: draft.approved.by, byName: draft.approved.by === null ? null : (names.get(draft.approved.by)?.name ?? null), cases: draft.approved.cases.length }
        : null,
    };
  };

  const sheet = (method: string, agentId: string, from: string, to: string, at?: string): HandoffSheet =>
    deps.uow.read(() => {
      const agent = requireAgent(method, agentId);
      return sheetOf(agent, windowOf(method, agent, from, to), at === undefined ? deps.clock.now() : parseIso(at));
    });

  /** The agent's latest approved handoff whose leave has begun by `now`. */
  const latestApproved = (agentId: string, now: number): [string, StoredDraft] | undefined =>
    Object.entries(drafts())
      .filter(([, d]) => d.agentId === agentId && d.approved)
      .filter(([, d]) => {
        const agent = repos.agents.get(agentId);
        const w = agent ? leaveWindow(d.from, d.to, agent.timeZone) : { error: '' };
        return !('error' in w) && w.start <= now;
      })
      .sort(([, a], [, b]) => b.from.localeCompare(a.from))[0];

  return {
    'handoff.sheet': ({ agentId, from, to, at }) => sheet('handoff.sheet', agentId, from, to, at),

    'handoff.saveDraft': ({ agentId, from, to, notes, owners, checklist }) => {
      const M = 'handoff.saveDraft';
      deps.uow.run(() => {
        requireLead(deps, M);
        const agent = requireAgent(M, agentId);
        const w = windowOf(M, agent, from, to);
        for (const [caseId, owner] of Object.entries(owners)) {
          if (owner !== null && !repos.agents.has(owner)) throw new AppError('invalid_input', `${M}: owners.${caseId}: no agent with id ${JSON.stringify(owner)}`);
        }
        const all = drafts();
        const key = draftKey(agent.id, w.from, w.to);
        const before = all[key];
        all[key] = {
          ...before,
          agentId: agent.id,
          from: w.from,
          to: w.to,
          notes: { ...before?.notes, ...notes },
          owners: { ...before?.owners, ...owners },
          checklist: { ...EMPTY_LEAVE_CHECKLIST, ...before?.checklist, ...checklist },
          savedAt: deps.clock.now(),
        };
        repos.settings.set(HANDOFF_SETTING, all);
      });
      return sheet(M, agentId, from, to);
    },

    'handoff.approve': ({ agentId, from, to, owners, notes }) => {
      const M = 'handoff.approve';
      const reassigned = deps.uow.run(() => {
        const lead = requireLead(deps, M);
        const agent = requireAgent(M, agentId);
        if (lead.id === agent.id) throw new AppError('forbidden', `${M}: agentId: an agent approving their own handoff: another lead approves ${agent.name}'s`);
        const w = windowOf(M, agent, from, to);
        const entries = Object.entries(owners);
        if (entries.length === 0) throw new AppError('invalid_input', `${M}: owners: no case to hand off (give each case its new owner)`);
        const all = drafts();
        const key = draftKey(agent.id, w.from, w.to);
        const now = deps.clock.now();
        const changes: { c: CaseRecord; to: AgentRecord }[] = [];
        // Every check before any write: a refusal writes nothing.
        for (const [caseId, ownerId] of entries) {
          const c = repos.cases.get(caseId);
          if (!c) throw new AppError('invalid_input', `${M}: owners.${caseId}: no case with id ${JSON.stringify(caseId)}`);
          if (c.assigneeId !== agent.id) throw new AppError('conflict', `${M}: owners.${caseId}: ${c.key} is not ${agent.name}'s case any more: prepare the sheet again`);
          if (c.status === 'closed') throw new AppError('conflict', `${M}: owners.${caseId}: ${c.key} is closed`);
          if (ownerId === agent.id) throw new AppError('invalid_input', `${M}: owners.${caseId}: ${c.key} cannot go to ${agent.name}, who is the one on leave`);
          const owner = repos.agents.get(ownerId);
          if (!owner) throw new AppError('invalid_input', `${M}: owners.${caseId}: no agent with id ${JSON.stringify(ownerId)}`);
          const why = whyNot(owner, w, all, null);
          if (why !== null && why !== 'No shift during the leave') {
            throw new AppError('invalid_input', `${M}: owners.${caseId}: ${owner.name} cannot take ${c.key} (${why}): nobody is given work while On leave or Unavailable`);
          }
          changes.push({ c, to: owner });
        }
        const span = w.from === w.to ? w.from : `${w.from} to ${w.to}`;
        const events: EventRecord[] = [];
        for (const { c, to: owner } of changes) {
          repos.cases.upsert({ ...c, assigneeId: owner.id, teamId: null });
          const note = (notes[c.id] ?? '').trim();
          events.push({
            caseId: c.id,
            at: now,
            kind: 'assignment',
            by: lead.id,
            body: `Handed off to ${owner.name} for ${agent.name}'s leave (${span}), approved by ${lead.name}${note ? `. Validation done so far: ${note}` : ''}`,
            from: agent.id,
            to: owner.id,
            extra: { handoff: { agentId: agent.id, from: w.from, to: w.to } },
          });
          recordAudit(deps, lead.id, 'case.reassign', c.id, { key: c.key, from: agent.id, to: owner.id, handoff: true });
        }
        appendEvents(repos.events, events);
        const cases = changes.map(({ c, to: owner }) => ({ caseId: c.id, from: agent.id, to: owner.id }));
        recordAudit(deps, lead.id, 'handoff.approve', agent.id, { from: w.from, to: w.to, cases: changes.map(({ c, to: owner }) => ({ caseId: c.id, key: c.key, to: owner.id })) });
        const before = all[key];
        all[key] = {
          agentId: agent.id,
          from: w.from,
          to: w.to,
          notes: { ...before?.notes, ...notes },
          owners: { ...before?.owners, ...owners },
          checklist: { ...EMPTY_LEAVE_CHECKLIST, ...before?.checklist },
          savedAt: now,
          approved: { at: now, by: lead.id, cases },
        };
        repos.settings.set(HANDOFF_SETTING, all);
        return changes.map(({ c, to: owner }) => ({ id: c.id, key: c.key, from: agent.id, to: owner.id }));
      });
      return { reassigned, sheet: sheet(M, agentId, from, to) };
    },

    'handoff.welcomeBack': ({ agentId, since }) => {
      const M = 'handoff.welcomeBack';
      return deps.uow.read((): WelcomeBack => {
        const id = agentId ?? sessionAgent(repos, deps.prefs)?.id;
        if (id === undefined) throw new AppError('invalid_input', `${M}: agentId: choose who you are first, or give an agent`);
        const agent = requireAgent(M, id);
        const now = deps.clock.now();
        const found = latestApproved(agent.id, now);
        if (!found) return { agent: toAgent(agent), handoff: null, since: since ?? null, due: false, cases: [] };
        const [, d] = found;
        const w = leaveWindow(d.from, d.to, agent.timeZone) as LeaveWindow;
        const from = since === undefined ? w.start : parseIso(since);
        // Back: the leave is over, or it has begun and the agent's status is no longer On leave.
        const back = now >= w.end || agent.status !== 'on_leave';
        const setup = deps.sla.setup();
        const ids = d.approved!.cases.map((x) => x.caseId);
        const timelines = repos.events.timelines(ids);
        const person = (pid: string | null) => {
          if (pid === null) return null;
          const a = repos.agents.get(pid);
          return { id: pid, name: a?.name ?? pid };
        };
        const cases: WelcomeCase[] = [];
        for (const x of d.approved!.cases) {
          const c = repos.cases.get(x.caseId);
          if (!c) continue;
          const events = (timelines.get(c.id) ?? []).filter((e) => e.at >= from && e.at <= now);
          const item = isOpenStatus(c.status) ? repos.workItems.get(caseItemId(c.id)) : undefined;
          const breachedNow = item ? slaOf(item, now, setup)?.state === 'breached' : false;
          const breachedAway = (item?.slaDeadline != null && item.slaDeadline >= from && item.slaDeadline <= now) || breachedBefore(c, timelines.get(c.id) ?? [], from, now, setup);
          cases.push({
            id: c.id,
            key: c.key,
            subject: c.subject,
            status: c.status,
            owner: person(c.assigneeId),
            handedTo: person(x.to),
            statusChanges: events.filter((e) => e.kind === 'status').map((e) => ({ at: toIso(e.at), from: e.from, to: e.to })),
            replies: events.filter((e) => e.kind === 'public_reply').length,
            customerMessages: events.filter((e) => e.kind === 'inbound').length,
            breached: breachedNow || breachedAway,
          });
        }
        return {
          agent: toAgent(agent),
          handoff: { from: d.from, to: d.to, start: toIso(w.start), end: toIso(w.end), approvedAt: toIso(d.approved!.at), approvedBy: d.approved!.by },
          since: toIso(from),
          due: back && d.welcomedAt === undefined,
          cases,
        };
      });
    },

    'handoff.welcomeSeen': ({ agentId }) => {
      const M = 'handoff.welcomeSeen';
      deps.uow.run(() => {
        const me = sessionAgent(repos, deps.prefs);
        const id = agentId ?? me?.id;
        if (id === undefined) throw new AppError('invalid_input', `${M}: agentId: choose who you are first, or give an agent`);
        requireAgent(M, id);
        if (me && me.id !== id && me.role !== 'lead') throw new AppError('forbidden', `${M}: agentId: only ${repos.agents.get(id)!.name} (or a lead) marks their welcome back seen`);
        const found = latestApproved(id, deps.clock.now());
        if (!found || found[1].welcomedAt !== undefined) return;
        repos.settings.set(HANDOFF_SETTING, { ...drafts(), [found[0]]: { ...found[1], welcomedAt: deps.clock.now() } });
      });
      return { ok: true as const };
    },
  };
}
