import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CASE_TYPES, PRIORITIES } from '../../shared/domain/vocab';
import { describeIssues, parseWorkspaceFile } from '../../shared/interchange/validate';
import { parseIso } from '../../shared/time/instant';
import { generateWorkspace } from '../bench/generateWorkspace';

const now = parseIso('2026-03-03T16:00:00Z');

function parsed(raw: unknown) {
  const result = parseWorkspaceFile(raw);
  if (!result.ok) throw new Error(`generated workspace is invalid:\n${describeIssues(result.issues)}`);
  return result.file;
}

describe('generateWorkspace (benchmark workspaces)', () => {
  const file = parsed(generateWorkspace({ cases: 500, seed: 1, now }));

  it('writes a valid workspace file with the requested number of cases', () => {
    expect(file.cases).toHaveLength(500);
    expect(new Set(file.cases.map((c) => c.key)).size).toBe(500);
  });

  it('mixes every type and priority, open and done statuses, and about 3 events per case', () => {
    expect(new Set(file.cases.map((c) => c.type))).toEqual(new Set(CASE_TYPES));
    expect(new Set(file.cases.map((c) => c.priority))).toEqual(new Set(PRIORITIES));
    expect(new Set(file.cases.map((c) => c.status)).size).toBeGreaterThanOrEqual(CASE_STATUSES.length - 2);
    expect(file.events.length / file.cases.length).toBeGreaterThan(2);
    expect(file.events.length / file.cases.length).toBeLessThan(4);
    expect(file.interactions.some((x) => x.state === 'waiting')).toBe(true);
  });

  it('puts everything before now, and each case status agrees with its last status event', () => {
    expect(file.cases.every((c) => c.createdAt < now)).toBe(true);
    expect(file.events.every((e) => e.at < now)).toBe(true);
    expect(file.interactions.every((x) => x.since < now)).toBe(true);
    const lastStatus = new Map<string, string>();
    for (const e of file.events) if (e.kind === 'status') lastStatus.set(e.caseId, e.to!);
    const created = { request_for_service: 'new', admin_task: 'assigned', enhancement: 'pending_product', bug: 'pending_development' };
    for (const c of file.cases) expect(lastStatus.get(c.id) ?? created[c.type], c.key).toBe(c.status);
  });

  it('is deterministic by seed', () => {
    const again = generateWorkspace({ cases: 500, seed: 1, now });
    const other = generateWorkspace({ cases: 500, seed: 2, now });
    expect(JSON.stringify(again)).toBe(JSON.stringify(generateWorkspace({ cases: 500, seed: 1, now })));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(again));
  });

  it('refuses a case count that is not a whole number', () => {
    expect(() => generateWorkspace({ cases: -3, seed: 1, now })).toThrow(/cases must be a whole number/);
    expect(() => generateWorkspace({ cases: 1.5, seed: 1, now })).toThrow(/cases must be a whole number/);
  });
});
