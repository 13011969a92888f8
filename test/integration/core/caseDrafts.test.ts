import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** Issue 11: templates filled by the core for the composer and the CLI (`cases.draft`), and the bulk check-in (`cases.replyMany`). */

let t: TestCore;
afterEach(() => t.cleanup());

/** Tuesday 2026-03-03 10:00 in Chicago. C-1001 (k1) is a1's, Assigned, Pat Doe of Acme Solar; C-999 (k2) is New; C-1002 (k3) is closed. */
const NOW = Date.parse('2026-03-03T16:00:00Z');

async function open(): Promise<TestCore> {
  t = openTestCore({ clock: createFakeClock(NOW), alerts: false, watchExternalChanges: false });
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return t;
}

describe('cases.draft', () => {
  it('fills a template from the case, the agent and the chosen phrase; a blank left is listed and shows as […]', async () => {
    await open();
    const quick = await t.call('cases.draft', { id: 'k1', template: 'check-in-quick', phrase: 'resolving your request.' });
    expect(quick).toMatchObject({ template: 'check-in-quick', title: 'Check-in: quick update', subject: 'Cannot log in [C-1001]', missing: [] });
    expect(quick.body).toMatch(/^Hi Pat,\n\nThis is a quick update/);
    expect(quick.body).toContain('look forward to resolving your request.');
    expect(quick.body).toMatch(/Kind regards,\nAgent One$/);

    const blank = await t.call('cases.draft', { id: 'k1', template: 'check-in-still-working' });
    expect(blank.missing).toEqual(['item']);
    expect(blank.body).toContain('still working on getting […] for you');
    const item = await t.call('cases.draft', { id: 'k1', template: 'check-in-still-working', fillIns: { item: 'the SSO fix' } });
    expect(item).toMatchObject({ missing: [] });
    expect(item.body).toContain('still working on getting the SSO fix for you');

    const ack = await t.call('cases.draft', { id: 'k1', template: 'acknowledgement' });
    expect(ack.body).toContain('logged this as case C-1001 with priority P3');
  });

  it("uses the lead's edit and links in force", async () => {
    await open();
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('workflow.saveTemplate', { name: 'billing-update', subject: 'Billing for {{organization.name}} [{{case.key}}]' });
    expect((await t.call('cases.draft', { id: 'k1', template: 'billing-update' })).missing).toEqual(['link.billing']);
    await t.call('workflow.saveTemplateLinks', { links: { billing: 'https://example.com/billing' } });
    const draft = await t.call('cases.draft', { id: 'k1', template: 'billing-update' });
    expect(draft).toMatchObject({ subject: 'Billing for Acme Solar [C-1001]', missing: [] });
    expect(draft.body).toContain('Open the billing page: https://example.com/billing');
    expect(draft.body).toMatch(/Agent Two$/);
  });

  it('refuses an unknown case or template, naming it', async () => {
    await open();
    expect(await t.core.dispatch('cases.draft', { id: 'nope', template: 'acknowledgement' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await t.core.dispatch('cases.draft', { id: 'k1', template: 'thank-you' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!bad.ok && bad.error.message).toContain('template');
  });
});

describe('cases.replyMany (the bulk check-in)', () => {
  it('records one public reply per case in the agent\'s name, each restarting its clock', async () => {
    await open();
    const result = await t.call('cases.replyMany', {
      replies: [
        { id: 'k1', body: 'Still on it (1001).', template: 'check-in-quick' },
        { id: 'k2', body: 'Still on it (999).', template: 'check-in-still-working' },
      ],
    });
    expect(result.cases).toEqual([
      { id: 'k1', key: 'C-1001', status: 'assigned' },
      { id: 'k2', key: 'C-999', status: 'new' },
    ]);
    for (const [id, body] of [['k1', 'Still on it (1001).'], ['k2', 'Still on it (999).']] as const) {
      const c = await t.call('cases.get', { id });
      expect(c.timeline.filter((e) => e.at === '2026-03-03T16:00:00Z')).toEqual([expect.objectContaining({ kind: 'public_reply', body, byId: 'a1' })]);
      expect(c.lastSentDays).toBe(0);
    }
  });

  it('refuses when one case is closed, naming it, and records nothing on any case', async () => {
    await open();
    const before = JSON.parse((await t.call('workspace.export', {})).content) as unknown;
    const refused = await t.core.dispatch('cases.replyMany', {
      replies: [
        { id: 'k1', body: 'Still on it.' },
        { id: 'k3', body: 'Still on it.' },
      ],
    });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^cases\.replyMany: replies\[1\]: C-1002 is closed/) } });
    expect(JSON.parse((await t.call('workspace.export', {})).content)).toEqual(before);
    expect((await t.call('cases.get', { id: 'k1' })).timeline.some((e) => e.at === '2026-03-03T16:00:00Z')).toBe(false);
  });

  it('refuses the same case twice and an empty body, naming the reply', async () => {
    await open();
    const twice = await t.core.dispatch('cases.replyMany', { replies: [{ id: 'k1', body: 'a' }, { id: 'k2', body: 'b' }, { id: 'k1', body: 'c' }] });
    expect(twice).toEqual({ ok: false, error: { code: 'invalid_input', message: 'cases.replyMany: replies[2]: C-1001 is already replied to in replies[0]: one reply per case' } });
    const empty = await t.core.dispatch('cases.replyMany', { replies: [{ id: 'k1', body: '  ' }] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!empty.ok && empty.error.message).toMatch(/replies\.0\.body|replies\[0\]\.body/);
    expect((await t.call('cases.get', { id: 'k1' })).timeline.some((e) => e.at === '2026-03-03T16:00:00Z')).toBe(false);
  });
});
