import { afterEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../shared/contract/models';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

const opened: TestCore[] = [];
function fresh(options?: Parameters<typeof openTestCore>[0]): TestCore {
  const t = openTestCore(options);
  opened.push(t);
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

const text = (raw: unknown) => JSON.stringify(raw);
const zero = { agents: 0, organizations: 0, contacts: 0, cases: 0, events: 0, interactions: 0 };
const fixtureCounts = { agents: 2, organizations: 2, contacts: 2, cases: 3, events: 5, interactions: 3 };

describe('workspace.import', () => {
  it('writes every record and reports the counts', async () => {
    const t = fresh();
    const summary = await t.call('workspace.import', { content: text(smallWorkspace()) });
    expect(summary).toEqual<ImportSummary>({ written: fixtureCounts, unchanged: zero });
    const status = await t.call('workspace.status', { counts: true });
    expect(status).toEqual({ onboarded: true, counts: fixtureCounts, location: t.dbPath });
    expect(t.changes).toEqual([['workspace', 'cases', 'interactions', 'agents', 'settings']]);
  });

  it('writes nothing when one record is invalid, and names that record', async () => {
    const t = fresh();
    const raw = smallWorkspace();
    raw.interactions[2]!.channel = 'fax';
    const result = await t.core.dispatch('workspace.import', { content: text(raw) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'interactions[2].channel: expected phone | chat | voicemail | email, got "fax"' },
    });
    const status = await t.call('workspace.status', { counts: true });
    expect(status.counts).toEqual(zero);
    expect(status.onboarded).toBe(false);
    expect(t.changes).toEqual([]);
  });

  it('leaves existing records as they were when a later file is invalid', async () => {
    const t = fresh();
    await t.call('workspace.import', { content: text(smallWorkspace()) });
    const raw = smallWorkspace();
    raw.cases[0]!.subject = 'Renamed';
    raw.events.push({ caseId: 'k1', at: '2026-03-02T17:00:00Z', kind: 'inbound', body: 'Hello?' });
    raw.agents[1]!.timeZone = 'Moon/Base';
    const result = await t.core.dispatch('workspace.import', { content: text(raw) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe('agents[1].timeZone: expected an IANA time zone (America/Chicago), got "Moon/Base"');
    const k1 = await t.call('cases.get', { id: 'k1' });
    expect(k1.subject).toBe('Cannot log in');
    expect(k1.timeline).toHaveLength(5);
  });

  it('is idempotent: the same file twice writes nothing the second time', async () => {
    const t = fresh();
    await t.call('workspace.import', { content: text(smallWorkspace()) });
    const exportedBefore = await t.call('workspace.export');
    const again = await t.call('workspace.import', { content: text(smallWorkspace()) });
    expect(again).toEqual({ written: zero, unchanged: fixtureCounts });
    expect(t.changes).toHaveLength(1);
    expect(await t.call('workspace.export')).toEqual(exportedBefore);
  });

  it('counts only what changed, and updates the queue from it', async () => {
    const t = fresh();
    await t.call('workspace.import', { content: text(smallWorkspace()) });
    const raw = smallWorkspace();
    raw.cases[1]!.status = 'closed';
    raw.organizations[0]!.name = 'Acme Solar Inc.';
    const summary = await t.call('workspace.import', { content: text(raw) });
    expect(summary.written).toEqual({ ...zero, organizations: 1, cases: 1 });
    const queue = await t.call('queue.list', { view: 'all' });
    expect(queue.items.map((i) => i.key)).not.toContain('C-999');
    expect(queue.items.find((i) => i.key === 'C-1001')?.organizationName).toBe('Acme Solar Inc.');
    expect(queue.items.find((i) => i.interactionId === 'i1')?.organizationName).toBe('Acme Solar Inc.');
  });

  it('accepts references to records imported earlier', async () => {
    const t = fresh();
    await t.call('workspace.import', { content: text(smallWorkspace()) });
    const later = {
      format: 'shiftdesk-workspace',
      version: 1,
      cases: [{ id: 'k9', key: 'C-2000', subject: 'Follow-up', type: 'bug', status: 'new', priority: 'P4', channel: 'phone', organizationId: 'o1', reporterId: 'c1', assigneeId: 'a2', createdAt: '2026-03-02T18:00:00Z' }],
      events: [{ caseId: 'k1', at: '2026-03-02T18:05:00Z', kind: 'public_reply', by: 'a1', body: 'Fixed.' }],
    };
    const summary = await t.call('workspace.import', { content: text(later) });
    expect(summary.written).toEqual({ ...zero, cases: 1, events: 1 });
    expect((await t.call('cases.get', { id: 'k9' })).organization?.name).toBe('Acme Solar');
  });

  it('refuses a case key that already belongs to another case', async () => {
    const t = fresh();
    await t.call('workspace.import', { content: text(smallWorkspace()) });
    const clash = {
      format: 'shiftdesk-workspace',
      version: 1,
      cases: [{ id: 'k9', key: 'C-1001', subject: 'Other', type: 'bug', status: 'new', priority: 'P4', channel: 'email', createdAt: '2026-03-02T18:00:00Z' }],
    };
    const result = await t.core.dispatch('workspace.import', { content: text(clash) });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'cases[0].key: key "C-1001" belongs to case "k1" already' } });
  });

  it('keeps the current calendar when the file has none', async () => {
    const t = fresh();
    await t.call('workspace.import', { content: text(smallWorkspace()) });
    await t.call('workspace.import', { content: text({ format: 'shiftdesk-workspace', version: 1, calendar: null, agents: [] }) });
    const exported = JSON.parse((await t.call('workspace.export')).content) as { calendar: { timeZone: string } };
    expect(exported.calendar.timeZone).toBe('America/Chicago');
  });

  it('refuses text that is not JSON', async () => {
    const t = fresh();
    const result = await t.core.dispatch('workspace.import', { content: 'format: yaml' });
    expect(!result.ok && result.error.code).toBe('invalid_input');
    expect(!result.ok && result.error.message).toMatch(/^\(file\): not valid JSON/);
  });
});

describe('workspace.export', () => {
  it('round-trips: export -> import into a fresh workspace -> export gives identical text, extras included', async () => {
    const a = fresh();
    await a.call('workspace.import', { content: text(smallWorkspace()) });
    // Agent Two sets their own status: recorded in the audit list, which round-trips too.
    await a.call('session.setAgent', { agentId: 'a2' });
    await a.call('agents.setStatus', { agentId: 'a2', status: 'on_leave' });
    const first = (await a.call('workspace.export')).content;

    const b = fresh();
    const summary = await b.call('workspace.import', { content: first });
    expect(summary.written).toEqual(fixtureCounts);
    const second = (await b.call('workspace.export')).content;
    expect(second).toBe(first);

    const parsed = JSON.parse(first) as ReturnType<typeof smallWorkspace>;
    expect(parsed.exportedBy).toBe('help-desk 7.2');
    expect(parsed.agents[0]).toMatchObject({ deskPhone: '4411', schedule: { mon: [['07:00', '13:00']] } });
    expect(parsed.agents[1]).toMatchObject({ status: 'on_leave' });
    expect((parsed as { audit?: unknown[] }).audit?.at(-1)).toEqual({ at: '2026-03-02T14:00:00Z', by: 'a2', action: 'agent.status', subject: 'a2', detail: { from: 'available', to: 'on_leave' } });
    expect(parsed.organizations[0]).toMatchObject({ crmId: 'ACM-1' });
    expect(parsed.events[3]).toMatchObject({ mailId: '<m-77@example.com>', at: '2026-03-02T16:30:00Z' });
    expect(parsed.cases[0]).toMatchObject({ sourceUrl: 'https://desk.example.com/1001' });
  });

  it('keeps two identical events of a file as two events', async () => {
    const a = fresh();
    const raw = smallWorkspace();
    raw.events.push({ ...raw.events[0]! }, { ...raw.events[0]! });
    expect((await a.call('workspace.import', { content: text(raw) })).written.events).toBe(7);
    expect((await a.call('workspace.import', { content: text(raw) })).written.events).toBe(0);
    const b = fresh();
    await b.call('workspace.import', { content: (await a.call('workspace.export')).content });
    expect((await b.call('workspace.status', { counts: true })).counts!.events).toBe(7);
  });

  it('exports an empty workspace as a valid file', async () => {
    const t = fresh();
    const content = (await t.call('workspace.export')).content;
    expect(JSON.parse(content)).toEqual({
      format: 'shiftdesk-workspace', version: 1, agents: [], organizations: [], contacts: [], cases: [], events: [], interactions: [],
    });
    const again = fresh();
    expect((await again.call('workspace.import', { content })).written).toEqual(zero);
  });
});

describe('first run', () => {
  it('starts not onboarded; startEmpty records the choice once', async () => {
    const t = fresh();
    expect((await t.call('workspace.status')).onboarded).toBe(false);
    await t.call('workspace.startEmpty');
    await t.call('workspace.startEmpty');
    expect((await t.call('workspace.status')).onboarded).toBe(true);
    expect(t.changes).toEqual([['workspace']]);
  });

  it('loadSample imports the sample shift built around now and marks the workspace onboarded', async () => {
    const asked: number[] = [];
    const t = fresh({
      sampleShift: (now) => {
        asked.push(now);
        return smallWorkspace();
      },
    });
    const summary = await t.call('workspace.loadSample');
    expect(asked).toEqual([t.clock.now()]);
    expect(summary.written).toEqual(fixtureCounts);
    expect((await t.call('workspace.status')).onboarded).toBe(true);
  });
});

describe('the shipped sample shift', () => {
  it('imports cleanly, fills the queue around now, and loading it twice changes nothing', async () => {
    const t = fresh();
    const summary = await t.call('workspace.loadSample');
    expect(summary.written.cases).toBeGreaterThan(0);
    expect(summary.written.interactions).toBeGreaterThan(0);
    const counts = await t.call('queue.counts');
    expect(counts.all).toBeGreaterThan(0);
    const { items } = await t.call('queue.list', { view: 'all', limit: 500 });
    for (const item of items) expect(Date.parse(item.waitingSince)).toBeLessThanOrEqual(t.clock.now());
    const again = await t.call('workspace.loadSample');
    expect(Object.values(again.written).every((n) => n === 0)).toBe(true);
  });
});
