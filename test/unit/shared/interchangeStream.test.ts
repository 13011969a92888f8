import { describe, expect, it } from 'vitest';
import { createWorkspaceReader, textFeeder, type FileItem } from '../../../shared/interchange/reader';
import { createScanner, ScanError, type ScannedValue } from '../../../shared/interchange/scan';
import { serializeWorkspace, writeWorkspaceText } from '../../../shared/interchange/serialize';
import { describeIssues, parseWorkspaceFile, parseWorkspaceText } from '../../../shared/interchange/validate';
import { buildSampleShift } from '../../../resources/sample-shift/index';
import { smallWorkspace } from '../../support/workspaceFixture';

const LISTS = new Set(['agents', 'organizations', 'contacts', 'cases', 'events', 'interactions']);

/** Every value the scanner finds in `text`, fed in pieces of `size` characters. */
function scan(text: string, size = text.length): ScannedValue[] {
  const found: ScannedValue[] = [];
  const scanner = createScanner(LISTS, (v) => found.push(v));
  for (let i = 0; i < text.length; i += size) scanner.push(text.slice(i, i + size));
  scanner.end();
  return found;
}

function scanError(text: string): string {
  try {
    scan(text);
  } catch (err) {
    if (err instanceof ScanError) return err.message;
    throw err;
  }
  throw new Error('expected a scan error');
}

/** What the reader accepts from a text, fed in pieces of `size`, and its issues. */
function read(text: string, size = text.length, existing: (table: string, id: string) => boolean = () => false) {
  const accepted: FileItem[] = [];
  const reader = createWorkspaceReader({ existing, accept: (item) => (accepted.push(item), null) });
  const feeder = textFeeder(reader);
  for (let i = 0; i < text.length; i += size) feeder.push(text.slice(i, i + size));
  feeder.end();
  return { accepted, ...reader.end() };
}

describe('the workspace file scanner', () => {
  const text = JSON.stringify(smallWorkspace(), null, 2);

  it('finds each record of each list, and each other member whole, in file order', () => {
    const found = scan(text);
    const raw = smallWorkspace();
    expect(found.filter((v) => v.key === 'cases').map((v) => JSON.parse(v.text))).toEqual(raw.cases);
    expect(found.filter((v) => v.key === 'events').map((v) => v.index)).toEqual(raw.events.map((_, i) => i));
    expect(JSON.parse(found.find((v) => v.key === 'calendar')!.text)).toEqual(raw.calendar);
    expect(found.map((v) => v.key)[0]).toBe('format');
  });

  it('finds the same values however the text is cut into pieces (a character at a time included)', () => {
    const tricky = JSON.stringify({ ...smallWorkspace(), note: 'quotes " and \\ backslashes \\\\" in {braces} [and] "strings"' });
    const whole = scan(tricky);
    for (const size of [1, 2, 3, 7, 64]) expect(scan(tricky, size)).toEqual(whole);
  });

  it('names a structural error and where it is', () => {
    expect(scanError('')).toMatch(/the file is empty/);
    expect(scanError('[1, 2]')).toMatch(/expected the file to be one JSON object.*at character 1\)/);
    expect(scanError('{"format": "shiftdesk-workspace" "version": 1}')).toMatch(/expected "," or "}" after the value of "format" \(at character 34\)/);
    expect(scanError('{"cases": [{"id": "k1"}, ]}')).toMatch(/expected a value after "," in "cases"/);
    expect(scanError('{"cases": [{"id": "k1"}')).toMatch(/a "]" is missing/);
    expect(scanError('{"format": "x",}')).toMatch(/expected a key in quotes after ","/);
    expect(scanError('{"a": 1} trailing')).toMatch(/unexpected text after the end/);
  });
});

describe('the record-by-record reader', () => {
  it('accepts a file whose events come before their cases (references are settled at the end)', () => {
    const raw = smallWorkspace();
    const reordered = { format: raw.format, version: raw.version, events: raw.events, interactions: raw.interactions, cases: raw.cases, contacts: raw.contacts, organizations: raw.organizations, agents: raw.agents };
    const { issues, accepted } = read(JSON.stringify(reordered));
    expect(issues).toEqual([]);
    expect(accepted.filter((i) => i.kind === 'cases')).toHaveLength(raw.cases.length);
  });

  it('still names a reference that never comes', () => {
    const raw = smallWorkspace();
    raw.events[1]!.caseId = 'k404';
    expect(read(JSON.stringify(raw)).issues).toEqual([{ path: 'events[1].caseId', message: 'no case with id "k404"' }]);
  });

  it('accepts nothing after the first bad record, yet reports every bad record and how many in all', () => {
    const raw = smallWorkspace();
    raw.cases[0]!.priority = 'urgent';
    raw.cases[2]!.priority = 'soon';
    const { issues, issueCount, accepted } = read(JSON.stringify(raw));
    expect(issues.map((i) => i.path)).toEqual(['cases[0].priority', 'cases[2].priority']);
    expect(issueCount).toBe(2);
    // Agents, organizations and contacts come before cases in this file: those were accepted, nothing after.
    expect(accepted.some((i) => i.kind === 'cases' || i.kind === 'events')).toBe(false);
  });

  it('says how many more issues there were than it shows', () => {
    const raw = smallWorkspace();
    const template = raw.cases[0]!;
    raw.cases = Array.from({ length: 14 }, (_, i) => ({ ...template, id: `k${i}`, key: `C-${i}`, priority: 'urgent' }));
    raw.events = [];
    raw.interactions = [];
    const { issues, issueCount } = read(JSON.stringify(raw));
    expect(issueCount).toBe(14);
    expect(describeIssues(issues, 10, issueCount).split('\n').at(-1)).toBe('... and 4 more');
  });

  it('reports a syntax error inside a record as that record\'s, and a broken file once', () => {
    const text = JSON.stringify(smallWorkspace()).replace('"subject":"Cannot log in"', '"subject":Cannot log in');
    expect(read(text).issues[0]!.path).toMatch(/^cases\[\d\]$/);
    const broken = parseWorkspaceText('{"format": ');
    expect(broken).toEqual({ ok: false, issues: [{ path: '(file)', message: expect.stringMatching(/^not valid JSON: the file ends/) }] });
  });

  it('reads the same records from a text as from the parsed object', () => {
    const raw = smallWorkspace();
    const fromObject = parseWorkspaceFile(raw);
    const fromText = parseWorkspaceText(JSON.stringify(raw, null, 1));
    expect(fromText).toEqual(fromObject);
    expect(fromObject.ok).toBe(true);
  });
});

describe('the streaming writer', () => {
  it('writes exactly the text of JSON.stringify(serializeWorkspace(file), null, 2), a piece at a time', () => {
    for (const raw of [smallWorkspace(), buildSampleShift(Date.parse('2026-03-03T16:00:00Z')), { format: 'shiftdesk-workspace', version: 1 }]) {
      const parsed = parseWorkspaceFile({ ...(raw as object), futureKey: { kept: [1, 2] } });
      if (!parsed.ok) throw new Error(describeIssues(parsed.issues));
      const file = parsed.file;
      const chunks: string[] = [];
      let records = 0;
      writeWorkspaceText(file, (chunk) => chunks.push(chunk), () => records++);
      expect(chunks.join('')).toBe(`${JSON.stringify(serializeWorkspace(file), null, 2)}\n`);
      expect(records).toBe(file.agents.length + file.organizations.length + file.contacts.length + file.cases.length + file.events.length + file.interactions.length);
    }
  });
});
