import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * Teams, the release list and the case fields added with case creation travel in the workspace file
 * (docs/format.md): export -> import into a fresh workspace -> export gives the same text, unknown
 * keys kept; a file without them exports as before.
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

function withTeamsAndReleases() {
  const file = smallWorkspace();
  const cases = file.cases.map((c, i) =>
    i === 0
      ? {
          ...c,
          teamId: 'dev',
          needBy: '2026-03-05',
          resolvedAt: '2026-03-04T10:00:00Z',
          fromPartner: true,
          internal: false,
          possibleTestimonial: true,
          caseSource: 'Email',
          adminTaskType: null,
        }
      : c,
  );
  return {
    ...file,
    cases,
    teams: [
      { id: 'dev', name: 'Dev team', members: ['a1'], slack: '#dev' },
      { id: 'support', name: 'Support team', members: ['a1', 'a2'] },
    ],
    releases: [{ id: 'r42', name: '4.2', date: '2026-03-05', codename: 'Birch' }],
  };
}

describe('teams, releases and the new case fields in the workspace file', () => {
  it('round-trip through export and import, unknown keys kept', async () => {
    const a = fresh();
    await a.call('workspace.import', { content: JSON.stringify(withTeamsAndReleases()) });
    const first = (await a.call('workspace.export')).content;
    const exported = JSON.parse(first) as {
      teams: unknown[];
      releases: unknown[];
      cases: Record<string, unknown>[];
    };
    expect(exported.teams).toEqual([
      { id: 'dev', name: 'Dev team', members: ['a1'], slack: '#dev' },
      { id: 'support', name: 'Support team', members: ['a1', 'a2'] },
    ]);
    expect(exported.releases).toEqual([{ id: 'r42', name: '4.2', date: '2026-03-05', codename: 'Birch' }]);
    expect(exported.cases[0]).toMatchObject({
      teamId: 'dev',
      needBy: '2026-03-05',
      resolvedAt: '2026-03-04T10:00:00Z',
      fromPartner: true,
      internal: false,
      possibleTestimonial: true,
      caseSource: 'Email',
    });
    expect(exported.cases[0]).not.toHaveProperty('adminTaskType');

    const b = fresh();
    await b.call('workspace.import', { content: first });
    expect((await b.call('workspace.export')).content).toBe(first);
  });

  it('a file without them exports without them', async () => {
    const t = fresh();
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    const exported = JSON.parse((await t.call('workspace.export')).content) as Record<string, unknown> & { cases: Record<string, unknown>[] };
    expect(exported).not.toHaveProperty('teams');
    expect(exported).not.toHaveProperty('releases');
    expect(Object.keys(exported.cases[1]!)).not.toContain('needBy');
  });

  it('refuses a bad release date or a duplicate team id, naming the record, and writes nothing', async () => {
    const t = fresh();
    const file = withTeamsAndReleases();
    file.releases[0]!.date = '2026-02-30';
    file.teams.push({ id: 'dev', name: 'Dev again', members: [] });
    const result = await t.core.dispatch('workspace.import', { content: JSON.stringify(file) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('releases[0].date');
    expect(result.error.message).toContain('teams[2].id: duplicate team id "dev"');
    expect(JSON.parse((await t.call('workspace.export')).content)).toMatchObject({ cases: [] });
  });
});
