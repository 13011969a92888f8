import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestCore, type TestCore } from '../../support/testCore';
import { toIso } from '../../../shared/time/instant';
import { smallWorkspace } from '../../support/workspaceFixture';

let t: TestCore;
beforeEach(async () => {
  t = openTestCore();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
});
afterEach(() => t.cleanup());

describe('dispatch', () => {
  it('rejects an unknown method', async () => {
    expect(await t.core.dispatch('cases.delete', { id: 'k1' })).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'unknown method "cases.delete"' },
    });
  });

  it('rejects an invalid payload, naming the method and the field', async () => {
    const bad = await t.core.dispatch('queue.list', { view: 'mine', limit: 10 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('invalid_input');
    expect(!bad.ok && bad.error.message).toMatch(/^queue\.list: view: /);

    const tooMany = await t.core.dispatch('queue.list', { limit: 100_000 });
    expect(!tooMany.ok && tooMany.error.message).toMatch(/^queue\.list: limit: /);

    const status = await t.core.dispatch('agents.setStatus', { agentId: 'a1', status: 'napping' });
    expect(!status.ok && status.error.message).toMatch(/^agents\.setStatus: status: /);

    const missing = await t.core.dispatch('workspace.import', {});
    expect(!missing.ok && missing.error.message).toMatch(/^workspace\.import: content: /);
  });

  it("tells the faces the core's own now, which moves with its clock", async () => {
    const start = t.clock.now();
    expect(await t.call('workspace.now')).toEqual({ now: toIso(start) });
    t.clock.advance(90_000);
    expect(await t.call('workspace.now')).toEqual({ now: toIso(start + 90_000) });
  });

  it('applies the contract defaults to an empty payload', async () => {
    const result = await t.core.dispatch('queue.list', undefined);
    expect(result.ok && (result.value as { offset: number }).offset).toBe(0);
  });

  it('reports an unexpected failure as internal rather than throwing, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    t.core.close();
    const result = await t.core.dispatch('agents.list', {});
    expect(!result.ok && result.error.code).toBe('internal');
    expect(log).toHaveBeenCalledWith('shiftdesk: agents.list failed unexpectedly', expect.any(Error));
    log.mockRestore();
  });
});

describe('cases.get', () => {
  it('returns the fields, the people and the timeline with agent names, oldest first', async () => {
    const k1 = await t.call('cases.get', { id: 'k1' });
    expect(k1).toMatchObject({
      key: 'C-1001',
      subject: 'Cannot log in',
      type: 'bug',
      status: 'assigned',
      channels: ['email', 'phone'],
      labels: ['EB'],
      createdAt: '2026-03-02T14:05:00Z',
      waitingSince: '2026-03-02T16:30:00Z',
      organization: { id: 'o1', name: 'Acme Solar', priority: true },
      reporter: { id: 'c1', name: 'Pat Doe', email: 'pat@example.com', phone: '+1 555 555 5555' },
      assignee: { id: 'a1', name: 'Agent One' },
    });
    expect(k1.timeline.map((e) => [e.at, e.kind, e.byName, e.body ?? `${e.from}->${e.to}`])).toEqual([
      ['2026-03-02T14:05:00Z', 'inbound', null, 'I cannot log in.'],
      ['2026-03-02T15:00:00Z', 'public_reply', 'Agent One', 'Looking into it.'],
      ['2026-03-02T15:01:00Z', 'status', 'Agent One', 'new->assigned'],
      ['2026-03-02T16:30:00Z', 'inbound', null, 'Still broken.'],
      ['2026-03-02T16:40:00Z', 'internal_note', 'Agent Two', 'Check SSO.'],
    ]);
  });

  it('orders events imported later by when they happened', async () => {
    const late = { format: 'shiftdesk-workspace', version: 1, events: [{ caseId: 'k1', at: '2026-03-02T14:30:00Z', kind: 'internal_note', by: 'a1', body: 'Earlier note' }] };
    await t.call('workspace.import', { content: JSON.stringify(late) });
    const timeline = (await t.call('cases.get', { id: 'k1' })).timeline;
    expect(timeline.map((e) => e.body)[1]).toBe('Earlier note');
  });

  it('answers not_found for an unknown case', async () => {
    expect(await t.core.dispatch('cases.get', { id: 'nope' })).toEqual({ ok: false, error: { code: 'not_found', message: 'no case with id "nope"' } });
  });

  it('shows a case without organization, reporter or assignee', async () => {
    const k3 = await t.call('cases.get', { id: 'k3' });
    expect(k3).toMatchObject({ organization: null, assignee: { id: 'a2', name: 'Agent Two' }, timeline: [], waitingSince: '2026-02-01T09:00:00Z' });
  });
});
