import type { Agent, CaseDetail, Sla, SlaDetail, WorkItem, WorkspaceStatus } from '../../shared/contract/index';
import { MINUTE, toIso } from '../../shared/time/instant';

/** Tuesday 24 November 2026, 10:00 UTC (11:00 in Berlin). */
export const NOW = Date.parse('2026-11-24T10:00:00Z');

export function ago(ms: number): string {
  return toIso(NOW - ms);
}

export const DANA: Agent = {
  id: 'a1',
  name: 'Dana Reyes',
  email: 'dana@example.com',
  role: 'agent',
  timeZone: 'Europe/Berlin',
  status: 'available',
};

export function caseItem(n: number, overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    id: `case:c${n}`,
    source: 'case',
    caseId: `c${n}`,
    interactionId: null,
    key: `C-${1000 + n}`,
    channel: 'email',
    priority: 'P4',
    urgency: 'none',
    status: 'assigned',
    subject: `Subject of case ${n}`,
    organizationName: 'Acme Logistics',
    priorityOrganization: false,
    contactName: 'Jane Doe',
    assigneeId: null,
    waitingSince: ago(5 * MINUTE),
    sla: null,
    slaWarningAt: null,
    organizationId: null,
    labels: [],
    ourTurn: false,
    lastSentAt: null,
    lastSentDays: null,
    ...overrides,
  };
}

export function interactionItem(n: number, overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    ...caseItem(n),
    id: `interaction:i${n}`,
    source: 'interaction',
    caseId: null,
    interactionId: `i${n}`,
    key: `I-${n}`,
    channel: 'phone',
    priority: null,
    status: null,
    subject: `Call from +49 30 ${n}`,
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'c1',
    key: 'C-1001',
    subject: 'Label printer offline in warehouse 3',
    description: 'Since this morning no labels print.\nRestarting did not help.',
    type: 'bug',
    status: 'assigned',
    priority: 'P2',
    channel: 'email',
    channels: ['email', 'phone'],
    labels: ['printing', 'warehouse'],
    urgency: 'none',
    // A Bug's P2 implies urgent (the default mapping, sla.md 2).
    urgencyInForce: 'urgent',
    createdAt: '2026-11-24T08:30:00Z',
    agreedUpdateAt: null,
    waitingSince: '2026-11-24T09:15:00Z',
    sla: null,
    lastSentDays: null,
    slaDetail: null,
    organization: { id: 'o1', name: 'Acme Logistics', priority: true, plan: 'paid', licenses: 12 },
    reporter: { id: 'p1', name: 'Jane Doe', email: 'jane@acme.example', phone: '+49 30 1234567' },
    assignee: { id: 'a1', name: 'Dana Reyes' },
    team: null,
    needBy: null,
    resolvedAt: null,
    item: null,
    intake: { fromPartner: null, internal: null, possibleTestimonial: null, caseSource: null, adminTaskType: null },
    watchers: [],
    participants: [],
    reminders: [],
    links: [],
    splitApproval: null,
    timeline: [
      { seq: 1, at: '2026-11-24T08:30:00Z', kind: 'inbound', byId: null, byName: 'Jane Doe', body: 'Our label printer is offline.', from: null, to: null },
      { seq: 2, at: '2026-11-24T08:40:00Z', kind: 'status', byId: 'a1', byName: 'Dana Reyes', body: null, from: 'new', to: 'assigned' },
      { seq: 3, at: '2026-11-24T08:42:00Z', kind: 'assignment', byId: 'a1', byName: 'Dana Reyes', body: null, from: null, to: 'a1' },
      { seq: 4, at: '2026-11-24T08:45:00Z', kind: 'internal_note', byId: 'a1', byName: 'Dana Reyes', body: 'Checked the print server.', from: null, to: null },
    ],
    ...overrides,
  };
}

/** A first-response timer on business hours: due Tue 14:20 in Berlin, 1 h 20 min of business time left (lunch closed). */
export function sla(overrides: Partial<Sla> = {}): Sla {
  return { class: 'first_response', deadline: '2026-11-24T13:20:00Z', state: 'ok', remainingMinutes: 80, clock: 'business', ...overrides };
}

/**
 * The explainer of `sla()` on a London calendar: created 09:20 UTC, 40 business minutes used by `NOW`,
 * closed 11:00-13:00, so the 2 business hours end at 13:20; an urgent target (P2) also applies.
 */
export function slaDetail(overrides: Partial<SlaDetail> = {}): SlaDetail {
  return {
    class: 'first_response',
    clock: 'business',
    clockStart: '2026-11-24T09:20:00Z',
    clockStartReason: 'created',
    target: { amount: 2, unit: 'hours', clock: 'business' },
    targetMinutes: 120,
    deadline: '2026-11-24T13:20:00Z',
    warningAt: '2026-11-24T10:50:00Z',
    candidates: [
      { class: 'first_response', clock: 'business', deadline: '2026-11-24T13:20:00Z' },
      { class: 'urgent', clock: 'business', deadline: '2026-11-25T11:20:00Z' },
    ],
    calendarTimeZone: 'Europe/London',
    closed: [{ from: '2026-11-24T11:00:00Z', to: '2026-11-24T13:00:00Z' }],
    closedMore: 0,
    holidays: [],
    ...overrides,
  };
}

export function workspaceStatus(onboarded: boolean): WorkspaceStatus {
  const zero = { agents: 0, organizations: 0, contacts: 0, cases: 0, events: 0, interactions: 0 };
  return { onboarded, counts: zero, location: '/tmp/workspace.db' };
}
