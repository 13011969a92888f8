/**
 * A team for the handoff (docs/handoff.md): the calendar in Chicago (Monday-Friday 09:00-17:00, Monday
 * 2026-03-09 a holiday, the US clocks going forward on Sunday 2026-03-08); Luis (a1) works from London
 * and goes on leave Monday 9 to Friday 13 March; Mubeen (a2) leads; Ana (a3) and Dev (a6) could take
 * his cases, Ben (a4) is On leave, Cy (a5) works Saturdays only. Read it with the clock at
 * 2026-03-06T23:00:00Z (Friday evening before the leave).
 */
export const HANDOFF_NOW = '2026-03-06T23:00:00Z';

export function handoffWorkspace() {
  const weekdays = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] };
  return {
    format: 'shiftdesk-workspace',
    version: 1,
    calendar: { timeZone: 'America/Chicago', hoursPerBusinessDay: 8, week: weekdays, holidays: ['2026-03-09'] },
    agents: [
      { id: 'a1', name: 'Luis Ortega', email: 'luis@example.com', role: 'agent', timeZone: 'Europe/London', status: 'available', schedule: weekdays },
      { id: 'a2', name: 'Mubeen Khan', email: 'mubeen@example.com', role: 'lead', timeZone: 'America/Chicago', status: 'available', schedule: weekdays },
      { id: 'a3', name: 'Ana Silva', email: 'ana@example.com', role: 'agent', timeZone: 'America/Chicago', status: 'available', schedule: weekdays },
      { id: 'a4', name: 'Ben Ode', email: 'ben@example.com', role: 'agent', timeZone: 'America/Chicago', status: 'on_leave', schedule: weekdays },
      { id: 'a5', name: 'Cy Park', email: 'cy@example.com', role: 'agent', timeZone: 'America/Chicago', status: 'available', schedule: { sat: [['09:00', '17:00']] } },
      { id: 'a6', name: 'Dev Rao', email: 'dev@example.com', role: 'agent', timeZone: 'America/Chicago', status: 'available', schedule: weekdays },
    ],
    organizations: [{ id: 'o1', name: 'Acme Solar', priority: false }],
    contacts: [{ id: 'c1', name: 'Pat Doe', email: 'pat@example.com', organizationId: 'o1' }],
    cases: [
      // Friday 16:00 CST, not answered: the first response is due Tuesday 10:00 CDT (the weekend, the DST change, the holiday).
      { id: 'k1', key: 'C-101', subject: 'Cannot log in', type: 'bug', status: 'assigned', priority: 'P4', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: 'a1', createdAt: '2026-03-06T22:00:00Z' },
      // Resolved Monday 2 March 09:00 CST: closes Monday 9 March 09:00 CDT.
      { id: 'k2', key: 'C-102', subject: 'Export fixed', type: 'bug', status: 'pending_closure', priority: 'P4', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: 'a1', createdAt: '2026-02-27T15:00:00Z', resolvedAt: '2026-03-02T15:00:00Z' },
      // Answered; an update agreed for Tuesday 15:00 CDT; needed by Friday 13 March.
      { id: 'k3', key: 'C-103', subject: 'Billing report', type: 'request_for_service', status: 'pending_product', priority: 'P4', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: 'a1', createdAt: '2026-03-04T15:00:00Z', agreedUpdateAt: '2026-03-10T20:00:00Z', needBy: '2026-03-13' },
      { id: 'k4', key: 'C-104', subject: 'Old question', type: 'request_for_service', status: 'closed', priority: 'P6', channel: 'email', reporterId: 'c1', assigneeId: 'a1', createdAt: '2026-02-01T09:00:00Z' },
      { id: 'k5', key: 'C-105', subject: "Ana's case", type: 'request_for_service', status: 'assigned', priority: 'P5', channel: 'email', reporterId: 'c1', assigneeId: 'a3', createdAt: '2026-03-05T15:00:00Z' },
    ],
    events: [
      { caseId: 'k1', at: '2026-03-06T22:00:00Z', kind: 'inbound', body: 'I cannot log in.' },
      { caseId: 'k2', at: '2026-02-27T15:00:00Z', kind: 'inbound', body: 'Export broken.' },
      { caseId: 'k2', at: '2026-03-02T15:00:00Z', kind: 'public_reply', by: 'a1', body: 'Fixed: here is how.' },
      { caseId: 'k3', at: '2026-03-04T15:00:00Z', kind: 'inbound', body: 'Billing report, please.' },
      { caseId: 'k3', at: '2026-03-04T16:00:00Z', kind: 'public_reply', by: 'a1', body: 'I will send an update Tuesday.' },
    ],
    interactions: [],
  };
}
