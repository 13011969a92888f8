import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { METHOD_NAME_LIST, methods, type Input, type MethodName } from '../../../shared/contract/index';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla/policy';
import { DEFAULT_RT_MAPPING } from '../../../shared/contract/sync';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** A loopback port nothing listens on (the help desk is offline). */
const CLOSED_PORT = 'http://127.0.0.1:9';

/** One valid payload per method: every method of the contract must be listed here. */
const PAYLOADS: Record<MethodName, unknown> = {
  'workspace.status': { counts: true },
  'jobs.current': {},
  'workspace.now': {},
  'workspace.loadSample': {},
  'workspace.startEmpty': {},
  'workspace.import': { content: JSON.stringify(smallWorkspace()) },
  'workspace.export': {},
  'queue.list': { view: 'all' },
  'queue.counts': {},
  'queue.filterOptions': {},
  'queue.take': { itemId: 'case:k2' },
  'filters.list': {},
  'filters.save': { name: 'Acme email', filter: { channel: ['email'], organizationId: ['o1'], text: 'log in' } },
  'filters.remove': { name: 'Acme email' },
  'queue.atRisk': {},
  'queue.openItem': { id: 'case:k1' },
  'cases.get': { id: 'k1' },
  'agents.list': {},
  'agents.setStatus': { agentId: 'a2', status: 'unavailable' },
  'session.get': {},
  'session.setAgent': { agentId: 'a2' },
  'cases.markNoReplyNeeded': { id: 'k1', note: 'customer said thanks' },
  'cases.setUrgency': { id: 'k1', urgency: 'emergency' },
  'cases.setStatus': { id: 'k1', status: 'pending_input' },
  'cases.reply': { id: 'k1', body: 'We are on it.' },
  'cases.note': { id: 'k1', body: 'Check SSO.' },
  'cases.preview': { id: 'k1', action: { kind: 'status', status: 'resolved' } },
  'cases.search': { text: 'acme' },
  'directory.search': { text: 'a' },
  'cases.create': { type: 'bug', subject: 'Export fails', priority: 'P2', reporterId: 'c1' },
  'cases.draft': { id: 'k1', template: 'check-in-quick', phrase: 'resolving your request.' },
  'cases.replyMany': { replies: [{ id: 'k1', body: 'Still on it.', template: 'check-in-quick' }] },
  'cases.update': { id: 'k1', set: { priority: 'P2', labels: ['EB'], item: 'Payroll' } },
  'cases.link': { id: 'k1', otherId: 'k2', kind: 'related' },
  'cases.split': { id: 'k1', type: 'request_for_service', subject: 'Second question' },
  'cases.approveSplit': { id: 'set by prepare', note: 'Agreed on the call: a separate request' },
  'cases.refile': { id: 'k1', seq: 1, toId: 'k2' },
  'teams.list': {},
  'releases.list': {},
  'interactions.log': { channel: 'phone', contact: { name: 'New Caller', phone: '+1 555 010 2000' }, subject: 'Asked about invoices' },
  'interactions.get': { id: 'i2' },
  'interactions.markDone': { id: 'i1' },
  'interactions.undoDone': { id: 'i1' },
  'interactions.file': { id: 'i2', newCase: { subject: 'Call back about the invoice', type: 'admin_task', priority: 'P5' } },
  'intake.push': { source: 'pbx', externalId: 'vm-1', channel: 'voicemail', status: 'received', from: { phone: '+1 555 555 5555' }, transcript: 'Hi, call me back.', audioUrl: 'https://pbx.example.com/vm-1.mp3' },
  'intake.info': {},
  'alerts.list': {},
  'alerts.markRead': {},
  'alerts.open': { ids: [] },
  'settings.getSla': {},
  'settings.setSla': { policy: DEFAULT_SLA_POLICY, calendar: { timeZone: 'Europe/Berlin', week: { mon: [['08:00', '16:00']] } } },
  'sweep.status': {},
  'sweep.setInterval': { minutes: 20 },
  'sweep.log': {},
  'sweep.preview': {},
  'chats.outcome': { interactionId: 'i3' },
  'chats.setOutcome': { interactionId: 'i3', outcome: 2, note: 'Asked how to export to Excel' },
  'reports.chats': { day: '2026-03-02' },
  'closure.run': {},
  'testimonials.list': {},
  'testimonials.followUp': { id: 'k1', template: 'testimonial-standard' },
  'schedules.get': { agentId: 'a1' },
  'schedules.set': { agentId: 'a1', schedule: { mon: [['07:00', '13:00']], tue: [['07:00', '13:00']] } },
  'schedules.setUpkeep': { agentId: 'a1', blocks: [{ day: 'tue', start: '10:00', minutes: 60 }, { day: 'thu', start: '10:00', minutes: 90 }] },
  'workflow.get': {},
  'workflow.saveRules': { rules: [{ id: 'r1', description: 'Watch EB cases', conditions: [{ field: 'label', has: 'EB' }], actions: [{ action: 'addWatcher', agentId: 'a2' }] }] },
  'workflow.saveTemplate': { name: 'acknowledgement', subject: 'We have your request [{{case.key}}]' },
  'workflow.saveTemplateLinks': { links: { billing: 'https://example.com/billing' } },
  'workflow.saveTeams': { teams: [{ id: 'support', name: 'Support team', members: ['a1'] }] },
  'workflow.saveReleases': { releases: [{ id: 'r42', name: '4.2', date: '2026-03-05' }] },
  'checklist.today': {},
  'checklist.tick': { itemId: 'clock-in', done: true },
  'checklist.viewed': { view: 'unassigned' },
  'checklist.history': { agentId: 'a1', from: '2026-01-01', to: '2026-12-31' },
  'checklist.template': {},
  'checklist.saveTemplate': { items: [{ id: 'clock-in', part: 'start', text: 'Clock in' }] },
  'agents.create': { name: 'New Agent', email: 'new@example.com', role: 'agent', timeZone: 'Europe/London' },
  'audit.list': {},
  'team.setQueueMonitor': { day: '2026-03-02', agentId: 'a1' },
  'team.getQueueMonitor': { day: '2026-03-02' },
  'team.approveOffQueue': { agentId: 'a1', until: '2099-01-01T00:00:00Z', reason: 'clearing the backlog' },
  'team.endOfDay': {},
  'team.board': {},
  'handoff.sheet': { agentId: 'a1', from: '2026-03-09', to: '2026-03-13' },
  'handoff.saveDraft': { agentId: 'a1', from: '2026-03-09', to: '2026-03-13', notes: { k1: 'logs checked' }, owners: { k1: 'a2' }, checklist: { bin_cleared: true } },
  'handoff.approve': { agentId: 'a1', from: '2026-03-09', to: '2026-03-13', owners: { k1: 'a2' }, notes: { k1: 'logs checked' } },
  'handoff.welcomeBack': { agentId: 'a1' },
  'handoff.welcomeSeen': { agentId: 'a1' },
  // A help desk that is not there: the shapes of connected-but-offline answers.
  'sync.status': {},
  'sync.connect': { url: CLOSED_PORT, queues: ['Support'], token: 'test-token' },
  'sync.test': { url: CLOSED_PORT, queues: ['Support'], token: 'test-token' },
  'sync.disconnect': {},
  'sync.setMapping': { mapping: { ...DEFAULT_RT_MAPPING, priorityToRt: { P1: 5, P2: 4, P3: 3, P4: 2, P5: 1, P6: 0 }, people: { jpike: 'a2' } } },
  'sync.now': {},
  'sync.outbox': {},
  'sync.resolve': { id: 1, action: 'dismiss' },
};

/** What a method needs in place first (a lead's session for settings, a fired alert to open); may return the payload to use. */
const prepare: Partial<Record<MethodName, () => Promise<unknown>>> = {
  'filters.remove': async () => {
    await t.call('filters.save', { name: 'Acme email', filter: { channel: ['email'] } });
  },
  'settings.setSla': async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
  },
  ...Object.fromEntries(
    (['sweep.setInterval', 'schedules.set', 'schedules.setUpkeep', 'workflow.saveRules', 'agents.setStatus', 'audit.list', 'team.setQueueMonitor', 'team.approveOffQueue', 'team.board', 'checklist.saveTemplate', 'workflow.saveTemplate', 'workflow.saveTemplateLinks', 'workflow.saveTeams', 'workflow.saveReleases', 'handoff.saveDraft', 'handoff.approve', 'handoff.welcomeSeen'] as const).map((name) => [
      name,
      async () => void (await t.call('session.setAgent', { agentId: 'a2' })),
    ]),
  ),
  'alerts.open': async () => {
    t.clock.advance(3 * 24 * 3600_000);
    const { alerts } = await t.call('alerts.list');
    expect(alerts.length).toBeGreaterThan(0);
    return { ids: [alerts[0]!.id] };
  },
  'testimonials.followUp': async () => {
    // C-1001 due to close (its resolution email a month ago) and marked possible testimonial.
    const raw = smallWorkspace();
    // The resolution email after the fixture's last customer message (a later one would mean the customer answered).
    Object.assign(raw.cases[0]!, { status: 'pending_closure', resolvedAt: '2026-03-02T17:00:00Z', possibleTestimonial: true });
    t.clock.advanceTo(Date.parse('2026-03-10T09:00:00Z'));
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    expect((await t.call('testimonials.list', {})).total).toBe(1);
  },
  'cases.approveSplit': async () => {
    // The agent (a1, the session's) splits; the lead approves.
    const { case: split } = await t.call('cases.split', { id: 'k1', type: 'request_for_service', subject: 'Second question' });
    await t.call('session.setAgent', { agentId: 'a2' });
    return { id: split.id, note: 'Agreed on the call: a separate request' };
  },
  ...Object.fromEntries(
    (['sync.connect', 'sync.disconnect', 'sync.setMapping', 'sync.now'] as const).map((name) => [
      name,
      async () => {
        await t.call('session.setAgent', { agentId: 'a2' });
        if (name !== 'sync.connect') await t.call('sync.connect', PAYLOADS['sync.connect'] as Input<'sync.connect'>);
      },
    ]),
  ),
  'sync.resolve': async () => {
    // A change the help desk refused, on a case linked to it (written as the sender would leave it).
    const db = new Database(t.dbPath);
    db.prepare("INSERT INTO sync_links (case_id, system, remote_id, captured_seq) VALUES ('k1', 'rt', '7', 0)").run();
    db.prepare(`INSERT INTO outbox (id, case_id, event_seq, change, state, created_at, problem) VALUES (1, 'k1', 999999, '{"kind":"note","body":"x"}', 'refused', 0, 'Permission Denied')`).run();
    db.close();
  },
  'interactions.undoDone': async () => {
    await t.call('interactions.markDone', { id: 'i1' });
  },
  'sweep.log': async () => {
    t.clock.advance(16 * 60_000); // the first sweep within a minute of the import, the next 15 minutes later
    expect((await t.call('sweep.log', {})).sweeps.length).toBeGreaterThan(0);
  },
};

let t: TestCore;
beforeEach(async () => {
  t = openTestCore();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
});
afterEach(() => t.cleanup());

describe('every handler answers in the shape the contract declares', () => {
  it.each(METHOD_NAME_LIST)('%s', async (name) => {
    // The sample shift goes into an empty workspace (its case keys would clash with the fixture's).
    const core = name === 'workspace.loadSample' ? openTestCore() : t;
    const payload = (await prepare[name]?.()) ?? PAYLOADS[name];
    const result = await core.core.dispatch(name, payload);
    if (core !== t) core.cleanup();
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    const parsed = methods[name].output.safeParse(result.value);
    expect(parsed.success ? 'matches the contract' : parsed.error.message).toBe('matches the contract');
  });
});
