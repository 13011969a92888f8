import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../../shared/interchange/serialize';
import { describeIssues, parseWorkspaceFile, parseWorkspaceText, type FileIssue } from '../../../shared/interchange/validate';
import { smallWorkspace, type RawWorkspace } from '../../support/workspaceFixture';

function issuesOf(raw: unknown, existing?: Parameters<typeof parseWorkspaceFile>[1]): FileIssue[] {
  const result = parseWorkspaceFile(raw, existing);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues;
}

function messages(raw: unknown): string[] {
  return issuesOf(raw).map((i) => `${i.path}: ${i.message}`);
}

function withCase(edit: (c: Record<string, unknown>) => void, index = 0): RawWorkspace {
  const raw = smallWorkspace();
  edit(raw.cases[index] as Record<string, unknown>);
  return raw;
}

describe('interchange file validation', () => {
  it('accepts the example workspace', () => {
    expect(parseWorkspaceFile(smallWorkspace()).ok).toBe(true);
  });

  it('names the record, the field, what was expected and what came', () => {
    const raw = smallWorkspace();
    const template = raw.cases[1]!;
    raw.cases = Array.from({ length: 18 }, (_, i) => ({ ...template, id: `k${i}`, key: `C-${i}` }));
    raw.cases[17] = { ...raw.cases[17]!, priority: 'urgent' };
    raw.events = [];
    expect(describeIssues(issuesOf(raw))).toBe('cases[17].priority: expected P1..P6, got "urgent"');
  });

  it('reports a missing required field as required', () => {
    expect(messages(withCase((c) => delete c.subject))).toEqual(['cases[0].subject: required, got nothing']);
  });

  it('reports a wrong type with the value that came', () => {
    const raw = smallWorkspace();
    (raw.agents[0] as Record<string, unknown>).name = 5;
    expect(messages(raw)).toEqual(['agents[0].name: expected text, got 5']);
  });

  it.each([
    ['2026-03-02 14:05:00Z'],
    ['2026-03-02T14:05:00'],
    ['2026-03-02'],
    ['2026-02-30T10:00:00Z'],
    ['2026-03-02T24:00:00Z'],
    ['yesterday'],
  ])('rejects the instant %s', (bad) => {
    expect(messages(withCase((c) => (c.createdAt = bad)))).toEqual([
      `cases[0].createdAt: expected an ISO 8601 instant with offset (2026-03-02T14:05:00Z), got ${JSON.stringify(bad)}`,
    ]);
  });

  it('reads instants with an offset into epoch milliseconds', () => {
    const result = parseWorkspaceFile(withCase((c) => (c.createdAt = '2026-03-02T08:05:00-06:00')));
    expect(result.ok && result.file.cases[0]!.createdAt).toBe(Date.UTC(2026, 2, 2, 14, 5));
  });

  it('rejects an unknown time zone', () => {
    const raw = smallWorkspace();
    raw.calendar.timeZone = 'America/Springfield';
    expect(messages(raw)).toEqual(['calendar.timeZone: expected an IANA time zone (America/Chicago), got "America/Springfield"']);
  });

  it('rejects overlapping windows in a calendar and in an agent schedule', () => {
    const raw = smallWorkspace();
    raw.calendar.week.mon = [['09:00', '12:00'], ['11:30', '17:00']];
    (raw.agents[0] as Record<string, unknown>).schedule = { tue: [['13:00', '15:00'], ['07:00', '13:30']] };
    expect(messages(raw)).toEqual([
      'calendar.week.mon: windows overlap: 09:00-12:00 and 11:30-17:00',
      'agents[0].schedule.tue: windows overlap: 07:00-13:30 and 13:00-15:00',
    ]);
  });

  it('accepts windows that touch', () => {
    const raw = smallWorkspace();
    raw.calendar.week.mon = [['07:00', '13:00'], ['13:00', '20:00']];
    expect(parseWorkspaceFile(raw).ok).toBe(true);
  });

  it('rejects duplicate ids and duplicate case keys, naming both records', () => {
    const raw = smallWorkspace();
    raw.interactions[2]!.id = 'i1';
    raw.cases[2]!.key = 'C-1001';
    expect(messages(raw)).toEqual([
      'interactions[2].id: duplicate id "i1" (also interactions[0])',
      'cases[2].key: duplicate key "C-1001" (also cases[0])',
    ]);
  });

  it('rejects references to records that exist neither in the file nor in the workspace', () => {
    const raw = smallWorkspace();
    raw.cases[0]!.organizationId = 'o9';
    raw.events[0]!.caseId = 'k9';
    raw.interactions[0]!.contactId = 'c9';
    expect(messages(raw)).toEqual([
      'cases[0].organizationId: no organization with id "o9"',
      'events[0].caseId: no case with id "k9"',
      'interactions[0].contactId: no contact with id "c9"',
    ]);
  });

  it('accepts references to records already in the workspace', () => {
    const raw = smallWorkspace();
    raw.cases[0]!.organizationId = 'o9';
    const existing = (table: string, id: string) => table === 'organizations' && id === 'o9';
    expect(parseWorkspaceFile(raw, existing).ok).toBe(true);
  });

  it('checks status changes name real statuses', () => {
    const raw = smallWorkspace();
    raw.events[2]!.to = 'done';
    expect(messages(raw)).toEqual(['events[2].to: expected a status, got "done"']);
  });

  it('rejects another format or version', () => {
    expect(messages({ ...smallWorkspace(), format: 'zendesk' })).toEqual(['format: expected "shiftdesk-workspace", got "zendesk"']);
    expect(messages({ ...smallWorkspace(), version: 2 })[0]).toBe(
      'version: expected version 1 (this Shiftdesk reads version 1), got 2',
    );
  });

  it('reports text that is not JSON as a file issue', () => {
    const result = parseWorkspaceText('{"format": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]!.path).toBe('(file)');
    expect(!result.ok && result.issues[0]!.message).toMatch(/^not valid JSON/);
  });

  it('lists at most ten issues and says how many more there are', () => {
    const raw = smallWorkspace();
    const template = raw.cases[1]!;
    raw.cases = Array.from({ length: 12 }, (_, i) => ({ ...template, id: `k${i}`, key: `C-${i}`, priority: 'P9' }));
    raw.events = [];
    const text = describeIssues(issuesOf(raw));
    expect(text.split('\n')).toHaveLength(11);
    expect(text.endsWith('... and 2 more')).toBe(true);
  });
});

describe('unknown keys', () => {
  it('are kept in an extra bag on every level and written back by serialize', () => {
    const result = parseWorkspaceFile(smallWorkspace());
    if (!result.ok) throw new Error(describeIssues(result.issues));
    expect(result.file.extra).toEqual({ exportedBy: 'help-desk 7.2' });
    expect(result.file.agents[0]!.extra).toEqual({ deskPhone: '4411' });
    expect(result.file.events[3]!.extra).toEqual({ mailId: '<m-77@example.com>' });

    const out = serializeWorkspace(result.file) as ReturnType<typeof smallWorkspace>;
    expect(out.exportedBy).toBe('help-desk 7.2');
    expect(out.organizations[0]).toMatchObject({ crmId: 'ACM-1' });
    expect(out.cases[0]).toMatchObject({ sourceUrl: 'https://desk.example.com/1001', createdAt: '2026-03-02T14:05:00Z' });
    expect(out).not.toHaveProperty('extra');
  });

  it('survive serialize -> parse unchanged', () => {
    const first = parseWorkspaceFile(smallWorkspace());
    if (!first.ok) throw new Error('fixture invalid');
    const again = parseWorkspaceFile(JSON.parse(JSON.stringify(serializeWorkspace(first.file))));
    expect(again).toEqual(first);
  });
});
