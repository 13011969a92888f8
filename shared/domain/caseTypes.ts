import { Temporal } from 'temporal-polyfill';
import { PRIORITIES_OFFERED } from '../rules/priorityRaise';
import { PRIORITY_LABELS, type CaseStatus, type CaseType, type Priority } from './vocab';

/**
 * What each case type starts with (`../shared/spec/workflow.md` "Types, default statuses and
 * priorities", `sla.md` 6 "Need-by date", SOP 05 "Case Handling Procedures by Type"): the status a
 * new case is created in, who it is assigned to, its need-by date, and the priorities the type offers,
 * each with the type's own meaning as help text. Pure: the core and the renderer both read it.
 */

/** The ids of the five default teams (`workflow.md`: a lead-kept list; a workspace may rename or add). */
export const TEAM_IDS = {
  support: 'support',
  adminTasks: 'admin-tasks',
  product: 'product',
  dev: 'dev',
  shiftLeads: 'shift-leads',
} as const;

export interface Team {
  id: string;
  name: string;
  /** Agent ids. */
  members: string[];
}

export interface Release {
  id: string;
  name: string;
  /** The release's local date, YYYY-MM-DD. */
  date: string;
}

/** The teams a workspace starts with: the five of `workflow.md`, without members. */
export const DEFAULT_TEAMS: readonly Team[] = [
  { id: TEAM_IDS.support, name: 'Support team', members: [] },
  { id: TEAM_IDS.adminTasks, name: 'Admin task team', members: [] },
  { id: TEAM_IDS.product, name: 'Product team', members: [] },
  { id: TEAM_IDS.dev, name: 'Dev team', members: [] },
  { id: TEAM_IDS.shiftLeads, name: 'Shift leads', members: [] },
];

/** One priority as a type offers it: its label and what it means for that type (help text where it is chosen). */
export interface PriorityOption {
  priority: Priority;
  /** "P3 Very High". */
  label: string;
  meaning: string;
  /** P1 and P2: escalated to engineering and acknowledged to the customer with the case number. */
  escalates: boolean;
}

/** Who a new case of the type may be assigned to, as offered where it is created; the first fitting one is the default. */
export interface AssignChoice {
  /** `me`: the agent creating the case; otherwise a team id. */
  to: 'me' | string;
  /** When this choice fits ("replying now"). */
  when: string;
}

export type NeedByRule =
  | { kind: 'days'; days: number }
  /** The next release of the release list when the priority is one of these, else no need-by date. */
  | { kind: 'nextRelease'; priorities: readonly Priority[] };

export interface CaseTypeDefaults {
  status: CaseStatus;
  assign: readonly AssignChoice[];
  needBy: NeedByRule;
  priorities: readonly PriorityOption[];
}

const ESCALATES: ReadonlySet<Priority> = new Set(['P1', 'P2']);

function options(type: CaseType, meanings: Partial<Record<Priority, string>>): PriorityOption[] {
  return PRIORITIES_OFFERED[type].map((priority) => ({
    priority,
    label: `${priority} ${PRIORITY_LABELS[priority]}`,
    meaning: meanings[priority] ?? '',
    escalates: ESCALATES.has(priority),
  }));
}

export const CASE_TYPE_DEFAULTS: Record<CaseType, CaseTypeDefaults> = {
  request_for_service: {
    status: 'new',
    assign: [
      { to: 'me', when: 'replying now' },
      { to: TEAM_IDS.support, when: 'a general inquiry' },
      { to: TEAM_IDS.shiftLeads, when: 'escalating to the next level (P3)' },
    ],
    needBy: { kind: 'days', days: 1 },
    priorities: options('request_for_service', {
      P3: 'Escalated to the next support level: the shift lead or manager takes ownership and responds to the customer',
      P4: 'The customer is a paid user with 10+ licenses',
      P5: 'The customer is a paid user, or is reporting a problem',
      P6: 'All other requests',
    }),
  },
  admin_task: {
    status: 'assigned',
    assign: [{ to: TEAM_IDS.adminTasks, when: 'every admin task' }],
    needBy: { kind: 'days', days: 2 },
    priorities: options('admin_task', {
      P1: 'A task due to a product problem, or a task for a high-value or paid customer',
      P2: 'A general task that should be resolved within 48 hours',
      P6: 'A low-priority task without a timeline',
    }),
  },
  enhancement: {
    status: 'pending_product',
    assign: [{ to: TEAM_IDS.product, when: 'every enhancement request' }],
    needBy: { kind: 'nextRelease', priorities: ['P1', 'P2'] },
    priorities: options('enhancement', {
      P1: 'Must be completed by the next release: promised to high-value customers',
      P2: 'A frequently asked request, a global fix',
      P3: 'A feature request for one client (not a high-value customer)',
      P6: 'A high-effort request, or one for a rare use case',
    }),
  },
  bug: {
    status: 'pending_development',
    assign: [{ to: TEAM_IDS.dev, when: 'every problem report' }],
    needBy: { kind: 'nextRelease', priorities: ['P1', 'P2'] },
    priorities: options('bug', {
      P1: 'Must be completed before the next deployment window',
      P2: 'A major blocking issue: must be completed by the next release',
      P3: 'A moderate issue affecting several users or high-value customers: fix within 2 releases',
      P6: 'A minor glitch or a bug in a rare use case: fix when convenient',
    }),
  },
};

/** Whether the type offers `priority`. */
export function offersPriority(type: CaseType, priority: Priority): boolean {
  return PRIORITIES_OFFERED[type].includes(priority);
}

/**
 * Who a new case is assigned to when the agent does not say: a Request for Service at P3 is an
 * escalation (shift leads), any other one a general inquiry (support team); every other type its team.
 * ("me" is offered for a Request for Service but is never the silent default: it is a choice.)
 */
export function defaultTeam(type: CaseType, priority: Priority): string {
  if (type === 'request_for_service') return priority === 'P3' ? TEAM_IDS.shiftLeads : TEAM_IDS.support;
  return CASE_TYPE_DEFAULTS[type].assign[0]!.to;
}

/** The first release dated `today` or later (ties: the list's order), or undefined. */
export function nextRelease(releases: readonly Release[], today: string): Release | undefined {
  let best: Release | undefined;
  for (const r of releases) {
    if (r.date < today) continue;
    if (!best || r.date < best.date) best = r;
  }
  return best;
}

/**
 * The need-by date (YYYY-MM-DD) of a new case created on local date `today`: +1 calendar day for a
 * Request for Service, +2 for an Admin Task; for an Enhancement or a Bug at P1 or P2 the date of the
 * next release (none when the list has none ahead), otherwise none.
 */
export function defaultNeedBy(type: CaseType, priority: Priority, today: string, releases: readonly Release[]): string | null {
  const rule = CASE_TYPE_DEFAULTS[type].needBy;
  if (rule.kind === 'days') return Temporal.PlainDate.from(today).add({ days: rule.days }).toString();
  if (!rule.priorities.includes(priority)) return null;
  return nextRelease(releases, today)?.date ?? null;
}

/** Whether choosing `priority` offers the escalation to engineering and the acknowledgement with the case number. */
export function offersEscalation(priority: Priority): boolean {
  return ESCALATES.has(priority);
}
