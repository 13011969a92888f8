import { describe, expect, it } from 'vitest';
import { calendarSchema, calendarSettingSchema } from '../../../shared/interchange/schema';
import { serializeWorkspace } from '../../../shared/interchange/serialize';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../../shared/sla/policy';
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

  it('rejects duplicate ids and duplicate case keys, naming both records, in file order', () => {
    const raw = smallWorkspace();
    raw.interactions[2]!.id = 'i1';
    raw.cases[2]!.key = 'C-1001';
    expect(messages(raw)).toEqual([
      'cases[2].key: duplicate key "C-1001" (also cases[0])',
      'interactions[2].id: duplicate id "i1" (also interactions[0])',
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

/** The policy a lead edited: every part of it differs from the defaults somewhere. */
function leadPolicy(): SlaPolicy {
  const policy = structuredClone(DEFAULT_SLA_POLICY) as SlaPolicy;
  policy.targets.first_response = { amount: 4, unit: 'hours', clock: 'business' };
  policy.targets.pending_customer = { amount: 10, unit: 'days', clock: 'calendar' };
  policy.groups = { ...policy.groups, open: ['new', 'assigned'], internal: [...policy.groups.internal, 'staging_fail'] };
  policy.warning = { usedPercent: 50, minutesBefore: 30 };
  return policy;
}

describe('slaPolicy (the lead-edited SLA policy, optional)', () => {
  it('is null when the file has none, and the file serializes without it', () => {
    const result = parseWorkspaceFile(smallWorkspace());
    if (!result.ok) throw new Error(describeIssues(result.issues));
    expect(result.file.slaPolicy).toBeNull();
    expect(serializeWorkspace(result.file)).not.toHaveProperty('slaPolicy');
  });

  it('is read as settings.getSla shows it and written back right after the calendar', () => {
    const result = parseWorkspaceFile({ ...smallWorkspace(), slaPolicy: leadPolicy() });
    if (!result.ok) throw new Error(describeIssues(result.issues));
    expect(result.file.slaPolicy).toEqual(leadPolicy());
    expect(result.file.extra).not.toHaveProperty('slaPolicy');

    const out = serializeWorkspace(result.file);
    expect(Object.keys(out).slice(0, 5)).toEqual(['format', 'version', 'calendar', 'slaPolicy', 'agents']);
    expect(out.slaPolicy).toEqual(leadPolicy());
    expect(parseWorkspaceFile(JSON.parse(JSON.stringify(out)))).toEqual(result);
  });

  it('rejects an invalid policy, naming the path under slaPolicy', () => {
    const bad = leadPolicy() as unknown as { targets: Record<string, Record<string, unknown>>; groups: Record<string, string[]>; warning?: unknown };
    bad.targets.urgent!.amount = -1;
    bad.targets.open!.clock = 'calendar';
    bad.groups.customer = ['pending_input', 'closed'];
    delete bad.warning;
    expect(messages({ ...smallWorkspace(), slaPolicy: bad })).toEqual([
      'slaPolicy.targets.urgent.amount: expected a number above 0, got -1',
      'slaPolicy.targets.open.unit: business_days count on the business clock: set clock to business or use days',
      'slaPolicy.groups.customer[1]: "closed" has no update timer (resolved, pending_closure and closed are never timed)',
      'slaPolicy.warning: required, got nothing',
    ]);
    expect(messages({ ...smallWorkspace(), slaPolicy: 'strict' })).toEqual([
      'slaPolicy: expected an SLA policy { targets, groups, warning }, got "strict"',
    ]);
  });
});

describe("the calendar's extra bag", () => {
  it("settings.setSla's calendar takes getSla's parsed calendar back unchanged (its bag is not nested)", () => {
    const parsed = calendarSchema.parse({ ...smallWorkspace().calendar, source: 'desk', extra: { kept: 1 } });
    // In a file, "extra" is a key like any other: kept verbatim.
    expect(parsed.extra).toEqual({ source: 'desk', extra: { kept: 1 } });
    // What getSla returns goes back in as the same record, a bag kept in the bag included.
    expect(calendarSettingSchema.parse(parsed)).toEqual(parsed);
    expect(calendarSettingSchema.parse(calendarSettingSchema.parse(parsed))).toEqual(parsed);
  });

  it('merges the bag with unknown keys given outside it, and refuses a known key inside it', () => {
    const base = smallWorkspace().calendar;
    expect(calendarSettingSchema.parse({ ...base, extra: { a: 1, b: 1 }, b: 2 }).extra).toEqual({ a: 1, b: 2 });
    const clash = calendarSettingSchema.safeParse({ ...base, extra: { timeZone: 'UTC' } });
    expect(clash.success ? [] : clash.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'extra.timeZone: timeZone is a known key: give it outside extra',
    ]);
    const notABag = calendarSettingSchema.safeParse({ ...base, extra: [1] });
    expect(notABag.success ? [] : notABag.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'extra: expected an object of unknown keys, got [1]',
    ]);
  });
});
