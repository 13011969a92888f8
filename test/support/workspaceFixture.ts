/**
 * A small raw interchange file (what a help desk export or the sample shift gives), built fresh
 * for each test so tests can change one record without affecting the others.
 */
export function smallWorkspace() {
  return {
    format: 'shiftdesk-workspace',
    version: 1,
    exportedBy: 'help-desk 7.2',
    calendar: {
      timeZone: 'America/Chicago',
      hoursPerBusinessDay: 8,
      week: {
        mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']],
        thu: [['09:00', '17:00']], fri: [['09:00', '17:00']], sat: [], sun: [],
      },
      holidays: ['2026-12-25'],
    },
    agents: [
      { id: 'a1', name: 'Agent One', email: 'a1@example.com', role: 'agent', timeZone: 'America/Chicago', status: 'available', schedule: { mon: [['07:00', '13:00']] }, deskPhone: '4411' },
      { id: 'a2', name: 'Agent Two', email: 'a2@example.com', role: 'lead', timeZone: 'Europe/Berlin', status: 'available' },
    ],
    organizations: [
      { id: 'o1', name: 'Acme Solar', priority: true, plan: 'paid', licenses: 12, crmId: 'ACM-1' },
      { id: 'o2', name: 'Birch Bank', priority: false, plan: null, licenses: null },
    ],
    contacts: [
      { id: 'c1', name: 'Pat Doe', email: 'pat@example.com', phone: '+1 555 555 5555', organizationId: 'o1' },
      { id: 'c2', name: 'Sam Roe', email: 'sam@example.com', phone: null, organizationId: 'o2' },
    ],
    cases: [
      { id: 'k1', key: 'C-1001', subject: 'Cannot log in', type: 'bug', status: 'assigned', priority: 'P3', channel: 'email', channels: ['email', 'phone'], organizationId: 'o1', reporterId: 'c1', assigneeId: 'a1', labels: ['EB'], createdAt: '2026-03-02T14:05:00Z', urgent: false, agreedUpdateAt: null, sourceUrl: 'https://desk.example.com/1001' },
      { id: 'k2', key: 'C-999', subject: 'Invoice copy', type: 'admin_task', status: 'new', priority: 'P5', channel: 'email', organizationId: 'o2', reporterId: 'c2', assigneeId: null, createdAt: '2026-03-01T09:00:00Z' },
      { id: 'k3', key: 'C-1002', subject: 'Old question', type: 'request_for_service', status: 'closed', priority: 'P6', channel: 'email', reporterId: 'c2', assigneeId: 'a2', createdAt: '2026-02-01T09:00:00Z' },
    ],
    events: [
      { caseId: 'k1', at: '2026-03-02T14:05:00Z', kind: 'inbound', body: 'I cannot log in.' },
      { caseId: 'k1', at: '2026-03-02T15:00:00Z', kind: 'public_reply', by: 'a1', body: 'Looking into it.' },
      { caseId: 'k1', at: '2026-03-02T15:01:00Z', kind: 'status', from: 'new', to: 'assigned', by: 'a1' },
      { caseId: 'k1', at: '2026-03-02T16:30:00Z', kind: 'inbound', body: 'Still broken.', mailId: '<m-77@example.com>' },
      { caseId: 'k1', at: '2026-03-02T16:40:00Z', kind: 'internal_note', by: 'a2', body: 'Check SSO.' },
    ],
    interactions: [
      { id: 'i1', channel: 'phone', state: 'waiting', since: '2026-03-02T15:30:00Z', contactId: 'c1', caseId: null, priority: 'P1' },
      { id: 'i2', channel: 'voicemail', state: 'waiting', since: '2026-03-02T13:00:00Z', contactId: 'c2', assigneeId: 'a1', subject: 'Call me back about the invoice' },
      { id: 'i3', channel: 'chat', state: 'done', since: '2026-03-02T12:00:00Z', contactId: 'c2' },
    ],
  };
}

export type RawWorkspace = ReturnType<typeof smallWorkspace>;

/** A small deterministic pseudo-random generator (mulberry32), so generated data is the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A larger workspace with every channel, priority and status mixed, many ties on waiting time
 * and keys around digit-length boundaries (C-99, C-100, ...), for queue order and paging tests.
 */
export function generatedWorkspace(seed: number, size: { cases: number; interactions: number }) {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const base = Date.UTC(2026, 2, 2, 8, 0);
  const instant = () => new Date(base + Math.floor(rnd() * 12) * 15 * 60_000).toISOString();
  const agents = ['a1', 'a2', 'a3'];
  const statuses = ['new', 'assigned', 'pending_input', 'pending_product', 'staging_fail', 'resolved', 'closed'];
  const priorities = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
  const cases = Array.from({ length: size.cases }, (_, i) => ({
    id: `k${i}`,
    key: `C-${95 + i * 7}`,
    subject: `Case ${i}`,
    type: 'bug',
    status: pick(statuses),
    priority: pick(priorities),
    channel: pick(['phone', 'chat', 'voicemail', 'email']),
    organizationId: pick(['o1', 'o2', null]),
    reporterId: pick(['c1', 'c2']),
    assigneeId: pick([...agents, null]),
    urgent: rnd() < 0.2,
    createdAt: instant(),
  }));
  const events = cases.flatMap((c) =>
    Array.from({ length: Math.floor(rnd() * 3) }, () => ({ caseId: c.id, at: instant(), kind: pick(['inbound', 'public_reply', 'internal_note']), body: 'text' })),
  );
  const interactions = Array.from({ length: size.interactions }, (_, i) => ({
    id: `i${i}`,
    channel: pick(['phone', 'chat', 'voicemail', 'email']),
    state: rnd() < 0.8 ? 'waiting' : 'done',
    since: instant(),
    contactId: pick(['c1', 'c2', null]),
    caseId: rnd() < 0.3 ? pick(cases).id : null,
    priority: pick([...priorities, null]),
    urgent: rnd() < 0.2,
    assigneeId: pick([...agents, null, null]),
  }));
  return {
    format: 'shiftdesk-workspace',
    version: 1,
    agents: agents.map((id, i) => ({ id, name: `Agent ${i + 1}`, timeZone: 'UTC' })),
    organizations: [
      { id: 'o1', name: 'Acme Solar' },
      { id: 'o2', name: 'Birch Bank' },
    ],
    contacts: [
      { id: 'c1', name: 'Pat Doe', organizationId: 'o1' },
      { id: 'c2', name: 'Sam Roe', organizationId: 'o2' },
    ],
    cases,
    events,
    interactions,
  };
}
