import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../shared/contract/index';
import { DEFAULT_RULES } from '../../../shared/rules/defaultRules';
import { DEFAULT_TEMPLATES } from '../../../shared/templates/defaultTemplates';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * The lead-kept workflow settings (rules, templates, template links, teams, releases): they travel in
 * the workspace file (docs/format.md) and leads save them (`workflow.*`); agents are refused and a
 * refusal writes nothing. The fixture's a1 is an agent, a2 a lead.
 */
const opened: TestCore[] = [];
function fresh(): TestCore {
  const t = openTestCore({ alerts: false });
  opened.push(t);
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

const RULES = [
  { id: 'eb', description: 'EB label: watched by the lead', conditions: [{ field: 'label', has: 'EB' }], actions: [{ action: 'addWatcher', agentId: 'a2' }] },
  { id: 'big', description: 'Big customers: at least P4', enabled: false, actions: [{ action: 'raisePriority', atLeast: 'P4' }] },
];
const ACK = DEFAULT_TEMPLATES.find((t) => t.name === 'acknowledgement')!;
const EDITED_ACK = { ...ACK, subject: 'Escalated: {{case.subject}} [{{case.key}}]' };
const LINKS = { billing: 'https://example.com/billing', review: 'https://example.com/review' };

function withWorkflowSettings() {
  return { ...smallWorkspace(), rules: RULES, templates: [EDITED_ACK], templateLinks: LINKS };
}

async function imported(file: unknown): Promise<TestCore> {
  const t = fresh();
  await t.call('workspace.import', { content: JSON.stringify(file) });
  return t;
}

async function exported(t: TestCore): Promise<Record<string, unknown>> {
  return JSON.parse((await t.call('workspace.export')).content) as Record<string, unknown>;
}

describe('the workflow settings in the workspace file', () => {
  it('round-trip through export and import: the rule list in order, the edited templates, the links', async () => {
    const a = await imported(withWorkflowSettings());
    const first = (await a.call('workspace.export')).content;
    const file = JSON.parse(first) as Record<string, unknown>;
    // Defaults written out: a rule without `enabled` or `conditions` exports with them.
    expect(file.rules).toEqual([{ ...RULES[0], enabled: true }, { ...RULES[1], conditions: [] }]);
    expect(file.templates).toEqual([EDITED_ACK]);
    expect(file.templateLinks).toEqual(LINKS);

    const settings = await a.call('workflow.get');
    expect(settings.rules.map((r) => r.id)).toEqual(['eb', 'big']);
    expect(settings.templates.find((t) => t.name === 'acknowledgement')).toMatchObject({ subject: EDITED_ACK.subject, edited: true, defaultSubject: ACK.subject });
    expect(settings.templates.filter((t) => t.edited)).toHaveLength(1);
    expect(settings.templateLinks).toEqual(LINKS);

    const b = await imported(JSON.parse(first));
    expect((await b.call('workspace.export')).content).toBe(first);
  });

  it('a workspace that keeps none exports none, and uses the defaults', async () => {
    const t = await imported(smallWorkspace());
    const file = await exported(t);
    for (const key of ['rules', 'templates', 'templateLinks']) expect(file).not.toHaveProperty(key);
    const settings = await t.call('workflow.get');
    expect(settings.rules).toEqual(DEFAULT_RULES);
    expect(settings.defaultRules).toBe(true);
    expect(settings.templates.map((x) => x.subject)).toEqual(DEFAULT_TEMPLATES.map((x) => x.subject));
    expect(settings.templateLinks).toEqual({});
  });

  it('an empty rule list is kept (no rules is not the default rules)', async () => {
    const t = await imported({ ...smallWorkspace(), rules: [] });
    expect((await t.call('workflow.get')).rules).toEqual([]);
    expect(await exported(t)).toMatchObject({ rules: [] });
  });

  it('refuses a bad rule, template or link naming its path, and writes nothing', async () => {
    const t = fresh();
    const file = withWorkflowSettings();
    const bad = {
      ...file,
      rules: [RULES[0], RULES[1], { id: 'x', description: 'Bad', actions: [{ action: 'raisePriority', atLeast: 'P7' }] }],
      templates: [{ ...EDITED_ACK, body: 'Hi {{case.owner}}' }],
      templateLinks: { billing: 'not a link', shop: 'https://example.com' },
    };
    const result = await t.core.dispatch('workspace.import', { content: JSON.stringify(bad) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('rules[2].actions[0].atLeast: expected P1..P6, got "P7"');
    expect(result.error.message).toContain('templates[0].body: unknown placeholder {{case.owner}}');
    expect(result.error.message).toContain('templateLinks: unknown link shop');
    const after = await exported(t);
    expect(after).toMatchObject({ cases: [] });
    expect(after).not.toHaveProperty('rules');
  });
});

describe('leads save the workflow settings', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await imported(smallWorkspace());
  });

  const SAVES: { [M in MethodName]?: Input<M> } = {
    'workflow.saveRules': { rules: RULES as Input<'workflow.saveRules'>['rules'] },
    'workflow.saveTemplate': { name: 'acknowledgement', subject: EDITED_ACK.subject },
    'workflow.saveTemplateLinks': { links: LINKS },
    'workflow.saveTeams': { teams: [{ id: 'support', name: 'Support team', members: ['a1', 'a2'] }] },
    'workflow.saveReleases': { releases: [{ id: 'r42', name: '4.2', date: '2026-03-05' }] },
  };

  it.each(Object.keys(SAVES) as MethodName[])('%s refuses an agent who is not a lead, naming them, writing nothing', async (name) => {
    await t.call('session.setAgent', { agentId: 'a1' });
    const before = await exported(t);
    const result = await t.core.dispatch(name, SAVES[name]);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('only a lead can change') } });
    expect(result).toMatchObject({ error: { message: expect.stringContaining('Agent One is an agent') } });
    expect(await exported(t)).toEqual(before);
    expect((await t.call('workflow.get')).canEdit).toBe(false);
  });

  it('refuses when no agent uses this device (a workspace without agents)', async () => {
    const empty = fresh();
    await empty.call('workspace.startEmpty');
    const result = await empty.core.dispatch('workflow.saveTemplateLinks', { links: LINKS });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('no agent is using this device') } });
    expect((await empty.call('workflow.get')).templateLinks).toEqual({});
  });

  it('saves the rules in the order given, and refuses a bad one naming its path', async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
    const saved = await t.call('workflow.saveRules', { rules: [...RULES].reverse() as Input<'workflow.saveRules'>['rules'] });
    expect(saved.canEdit).toBe(true);
    expect(saved.defaultRules).toBe(false);
    expect(saved.rules.map((r) => r.id)).toEqual(['big', 'eb']);

    const badPriority = await t.core.dispatch('workflow.saveRules', { rules: [RULES[0], { ...RULES[1], actions: [{ action: 'raisePriority', atLeast: 'P7' }] }] });
    expect(badPriority).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'workflow.saveRules: rules[1].actions[0].atLeast: expected P1..P6, got "P7"' } });
    const unknownAgent = await t.core.dispatch('workflow.saveRules', { rules: [{ ...RULES[0], actions: [{ action: 'addWatcher', agentId: 'nobody' }] }] });
    expect(unknownAgent).toMatchObject({ ok: false, error: { message: 'workflow.saveRules: rules[0].actions[0].agentId: no agent with id "nobody"' } });
    expect((await t.call('workflow.get')).rules.map((r) => r.id)).toEqual(['big', 'eb']);
  });

  it('saves a template edit, keeps it through a restart of the reading, and resets it to the default', async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
    const saved = await t.call('workflow.saveTemplate', { name: 'acknowledgement', body: 'Hi {{contact.firstName}}, we are on {{case.key}}.' });
    const ack = saved.templates.find((x) => x.name === 'acknowledgement')!;
    expect(ack).toMatchObject({ edited: true, subject: ACK.subject, body: 'Hi {{contact.firstName}}, we are on {{case.key}}.', defaultBody: ACK.body });
    expect(await exported(t)).toMatchObject({ templates: [{ name: 'acknowledgement', title: ACK.title, subject: ACK.subject }] });

    const bad = await t.core.dispatch('workflow.saveTemplate', { name: 'acknowledgement', body: 'Hi {{case.owner}}' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^workflow\.saveTemplate: body: unknown placeholder \{\{case\.owner\}\}/) } });
    const unknown = await t.core.dispatch('workflow.saveTemplate', { name: 'welcome', body: 'Hi' });
    expect(unknown).toMatchObject({ ok: false, error: { message: expect.stringContaining('name: expected check-in-quick') } });
    const nothing = await t.core.dispatch('workflow.saveTemplate', { name: 'acknowledgement' });
    expect(nothing).toMatchObject({ ok: false, error: { message: expect.stringContaining('give a subject and/or a body') } });
    const both = await t.core.dispatch('workflow.saveTemplate', { name: 'acknowledgement', reset: true, body: 'Hi' });
    expect(both).toMatchObject({ ok: false, error: { message: expect.stringContaining('reset: give either') } });
    expect((await t.call('workflow.get')).templates.find((x) => x.name === 'acknowledgement')!.body).toBe('Hi {{contact.firstName}}, we are on {{case.key}}.');

    const reset = await t.call('workflow.saveTemplate', { name: 'acknowledgement', reset: true });
    expect(reset.templates.find((x) => x.name === 'acknowledgement')).toMatchObject({ edited: false, body: ACK.body });
    expect(await exported(t)).not.toHaveProperty('templates');
  });

  it('an edit back to the default text is no edit', async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('workflow.saveTemplate', { name: 'resolution', subject: 'Done [{{case.key}}]' });
    const back = await t.call('workflow.saveTemplate', { name: 'resolution', subject: DEFAULT_TEMPLATES.find((x) => x.name === 'resolution')!.subject });
    expect(back.templates.every((x) => !x.edited)).toBe(true);
  });

  it('saves the template links, refusing one that is not a web address', async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
    expect((await t.call('workflow.saveTemplateLinks', { links: LINKS })).templateLinks).toEqual(LINKS);
    const bad = await t.core.dispatch('workflow.saveTemplateLinks', { links: { training: 'ftp://example.com' } });
    expect(bad).toMatchObject({ ok: false, error: { message: 'workflow.saveTemplateLinks: links.training: expected a web address (https://...), got "ftp://example.com"' } });
    expect((await t.call('workflow.get')).templateLinks).toEqual(LINKS);
  });

  it('saves the teams (cases may then be assigned to them), refusing an unknown member or a repeated id', async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
    const saved = await t.call('workflow.saveTeams', {
      teams: [
        { id: 'support', name: 'Support team', members: ['a1'] },
        { id: 'billing', name: 'Billing team', members: ['a2'] },
      ],
    });
    expect(saved.teams).toEqual([
      { id: 'support', name: 'Support team', members: ['a1'] },
      { id: 'billing', name: 'Billing team', members: ['a2'] },
    ]);
    expect(await t.call('teams.list')).toEqual(saved.teams);

    const unknown = await t.core.dispatch('workflow.saveTeams', { teams: [{ id: 'support', name: 'Support team', members: ['a1', 'zz'] }] });
    expect(unknown).toMatchObject({ ok: false, error: { message: 'workflow.saveTeams: teams[0].members[1]: no agent with id "zz"' } });
    const twice = await t.core.dispatch('workflow.saveTeams', { teams: [{ id: 'x', name: 'X', members: [] }, { id: 'x', name: 'Y', members: [] }] });
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringContaining('teams[1].id: duplicate team id "x"') } });
    expect((await t.call('teams.list')).map((x) => x.id)).toEqual(['support', 'billing']);
  });

  it('keeps the unknown keys a team came with when a lead saves it again', async () => {
    const u = await imported({ ...smallWorkspace(), teams: [{ id: 'dev', name: 'Dev team', members: ['a1'], slack: '#dev' }] });
    await u.call('session.setAgent', { agentId: 'a2' });
    await u.call('workflow.saveTeams', { teams: [{ id: 'dev', name: 'Developers', members: [] }] });
    expect(await exported(u)).toMatchObject({ teams: [{ id: 'dev', name: 'Developers', members: [], slack: '#dev' }] });
  });

  it('saves the releases, refusing a date that is not one', async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
    const saved = await t.call('workflow.saveReleases', {
      releases: [
        { id: 'r43', name: '4.3', date: '2026-04-02' },
        { id: 'r42', name: '4.2', date: '2026-03-05' },
      ],
    });
    expect(saved.releases.map((r) => r.id)).toEqual(['r42', 'r43']);
    const bad = await t.core.dispatch('workflow.saveReleases', { releases: [{ id: 'r44', name: '4.4', date: '2026-02-30' }] });
    expect(bad).toMatchObject({ ok: false, error: { message: 'workflow.saveReleases: releases[0].date: expected a date YYYY-MM-DD, got "2026-02-30"' } });
    expect((await t.call('releases.list')).map((r) => r.id)).toEqual(['r42', 'r43']);
  });
});
