import { FAKE_START } from './fakeClock';

/** The instant alert tests start at: Monday 2026-03-02 08:00 in Chicago (CST), inside business hours. */
export const T0 = FAKE_START;
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

/**
 * A workspace for SLA alert tests, open 07:00-19:00 on weekdays in Chicago, agent a1 (Chicago) and
 * lead a2 (Berlin), each case with one customer message just after T0 and no reply yet:
 * - C-1: P1, a1's: emergency, 1 h on the calendar clock from T0+10 s;
 * - C-2: P3, a1's: first response, 2 business hours from T0+10 s;
 * - C-3: P3, unassigned: first response from T0+20 s;
 * - C-4: P3, a2's (never a1's alert);
 * - C-5 onwards (with `cases` above 4): P3, a1's, from T0+30 s.
 */
export function alertWorkspace(cases = 4) {
  const day: [string, string][] = [['07:00', '19:00']];
  const base = { type: 'bug', channel: 'email', organizationId: 'o1', reporterId: 'c1' };
  const list = [
    { id: 'k1', key: 'C-1', subject: 'Site down', status: 'assigned', priority: 'P1', assigneeId: 'a1', createdAt: at(10) },
    { id: 'k2', key: 'C-2', subject: 'Export fails', status: 'assigned', priority: 'P3', assigneeId: 'a1', createdAt: at(10) },
    { id: 'k3', key: 'C-3', subject: 'Password reset', status: 'new', priority: 'P3', assigneeId: null, createdAt: at(20) },
    { id: 'k4', key: 'C-4', subject: 'Slow reports', status: 'assigned', priority: 'P3', assigneeId: 'a2', createdAt: at(10) },
  ];
  for (let i = 5; i <= cases; i++) {
    list.push({ id: `k${i}`, key: `C-${i}`, subject: `Question ${i}`, status: 'assigned', priority: 'P3', assigneeId: 'a1', createdAt: at(30) });
  }
  return {
    format: 'shiftdesk-workspace',
    version: 1,
    calendar: { timeZone: 'America/Chicago', hoursPerBusinessDay: 8, week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] } },
    agents: [
      { id: 'a1', name: 'Agent One', email: 'a1@example.com', role: 'agent', timeZone: 'America/Chicago', status: 'available' },
      { id: 'a2', name: 'Lead Two', email: 'a2@example.com', role: 'lead', timeZone: 'Europe/Berlin', status: 'available' },
    ],
    organizations: [{ id: 'o1', name: 'Acme Solar', priority: false }],
    contacts: [{ id: 'c1', name: 'Pat Doe', email: 'pat@example.com', organizationId: 'o1' }],
    cases: list.map((c) => ({ ...base, ...c })),
    events: list.map((c) => ({ caseId: c.id, at: c.createdAt, kind: 'inbound', body: 'Please help.' })),
    interactions: [],
  };
}
