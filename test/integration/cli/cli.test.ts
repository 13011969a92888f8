import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { runCliCaptured } from '../../support/cliRun';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/domain/vocab';
import { toIso } from '../../../shared/time/instant';

const NOW = Date.parse('2026-03-03T16:00:00Z');
const root = fileURLToPath(new URL('../../..', import.meta.url));
const minutesAgo = (m: number) => toIso(NOW - m * 60_000);

const workspace = {
  format: 'shiftdesk-workspace',
  version: 1,
  calendar: {
    timeZone: 'America/Chicago',
    hoursPerBusinessDay: 8,
    week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
    holidays: ['2026-12-25'],
  },
  agents: [
    { id: 'a1', name: 'Riley Park', email: 'riley@example.com', role: 'agent', timeZone: 'America/Chicago', status: 'available' },
    { id: 'a2', name: 'Morgan Lee', email: 'morgan@example.com', role: 'lead', timeZone: 'America/Chicago', status: 'available' },
  ],
  organizations: [{ id: 'o1', name: 'Brightfield Solar', priority: true, plan: 'paid', licenses: 12 }],
  contacts: [{ id: 'c1', name: 'Pat Doe', email: 'pat@example.com', phone: '+1 555 555 0100', organizationId: 'o1' }],
  cases: [
    { id: 'k1', key: 'C-1001', subject: 'Cannot log in', type: 'bug', status: 'assigned', priority: 'P3', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: 'a1', createdAt: minutesAgo(300) },
    { id: 'k2', key: 'C-999', subject: 'Billing address change', type: 'admin_task', status: 'new', priority: 'P5', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: null, createdAt: minutesAgo(200) },
    { id: 'k3', key: 'C-1002', subject: 'Resolved long ago', type: 'request_for_service', status: 'closed', priority: 'P6', channel: 'email', createdAt: minutesAgo(9000) },
  ],
  events: [{ caseId: 'k1', at: minutesAgo(300), kind: 'inbound', body: 'I cannot log in since this morning.' }],
  interactions: [
    { id: 'i1', channel: 'voicemail', state: 'waiting', since: minutesAgo(40), contactId: 'c1', priority: 'P4', subject: 'Voicemail from Pat Doe' },
    { id: 'i2', channel: 'phone', state: 'waiting', since: minutesAgo(2), contactId: 'c1', priority: 'P3', subject: 'Call from Pat Doe' },
    { id: 'i3', channel: 'chat', state: 'waiting', since: minutesAgo(5), contactId: null, priority: null, subject: 'Chat: invoice question' },
    { id: 'i4', channel: 'phone', state: 'done', since: minutesAgo(90), contactId: 'c1', priority: 'P3', subject: 'Earlier call' },
  ],
};

let dir: string;
let dbPath: string;
async function cli(...argv: string[]) {
  return runCliCaptured([...argv, '--db', dbPath], { dbPath, now: NOW });
}

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shiftdesk-cli-'));
  dbPath = join(dir, 'workspace.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('shiftdesk import', () => {
  it('imports a workspace file, and importing it again changes nothing', async () => {
    const path = file('ws.json', workspace);
    const first = await cli('import', path);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/wrote .*3 cases/);
    const again = await cli('import', path);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing changed/);
  });

  it('on a terminal, shows how far the import is on one line, then clears it', async () => {
    const path = file('ws.json', workspace);
    const run = await runCliCaptured(['import', path, '--db', dbPath], { dbPath, now: NOW, terminal: true });
    expect(run.code).toBe(0);
    expect(run.progress).toContain('Importing a workspace: reading the file 100 %');
    expect(run.progress.at(-1)).toBeNull();
    // What a script reads stays clean: the summary only.
    expect(run.stdout).toMatch(/^Imported .*ws\.json: wrote /);
  });

  it('the built command imports a large file in its job worker thread', async () => {
    const large = file('large.json', generateWorkspace({ cases: 3_000, seed: 5, now: NOW }));
    const r = spawnSync(process.execPath, [join(root, 'bin/shiftdesk.js'), 'import', large, '--db', dbPath], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wrote .*3,?000 cases/);
    const listed = spawnSync(process.execPath, [join(root, 'bin/shiftdesk.js'), 'queue', '--json', '--view', 'unassigned', '--at', toIso(NOW), '--db', dbPath], { encoding: 'utf8' });
    expect(JSON.parse(listed.stdout).total).toBeGreaterThan(10);
  }, 60_000);

  it('rejects a broken file with exit code 2, naming the record, and leaves the database as it was', async () => {
    await cli('import', file('ws.json', workspace));
    const before = (await cli('export')).stdout;
    const broken = structuredClone(workspace);
    broken.cases.push({ ...broken.cases[0]!, id: 'k9', key: 'C-2000', subject: 'New one' });
    (broken.cases[1] as Record<string, unknown>).priority = 'urgent';
    const result = await cli('import', file('broken.json', broken));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cases[1].priority: expected P1..P6, got "urgent"');
    expect((await cli('export')).stdout).toBe(before);
  });

  it('says what is wrong with a file that is not JSON or does not exist (exit 2)', async () => {
    const notJson = await cli('import', file('x.json', '{ nope'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/not valid JSON/);
    const missing = await cli('import', join(dir, 'missing.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});

describe('shiftdesk export', () => {
  it('writes the same workspace to a file as to stdout, and it imports back unchanged', async () => {
    await cli('import', file('ws.json', workspace));
    const stdout = (await cli('export')).stdout;
    const target = join(dir, 'out.json');
    expect((await cli('export', target)).code).toBe(0);
    // `stdout` is what was printed, each print a line: the terminal's newline ends the text as the file's does.
    expect(readFileSync(target, 'utf8')).toBe(`${stdout}\n`);
    const exported = JSON.parse(stdout);
    expect(exported.cases.map((c: { key: string }) => c.key).sort()).toEqual(['C-1001', 'C-1002', 'C-999']);
    expect((await cli('import', target)).stdout).toMatch(/nothing changed/);
  });
});

describe('shiftdesk queue', () => {
  it('prints the open queue as JSON in channel order, as of --at', async () => {
    await cli('import', file('ws.json', workspace));
    const result = await cli('queue', '--json', '--at', '2026-03-03T16:00:00Z');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.at).toBe('2026-03-03T16:00:00Z');
    const items = parsed.items as Array<Record<string, unknown>>;
    expect(parsed.total).toBe(items.length);
    // Waiting interactions and open cases; the done call and the closed case are not work items.
    expect(items.map((i) => i.channel)).toEqual(['phone', 'chat', 'voicemail', 'email', 'email']);
    const ranks = items.map((i) => CHANNELS.indexOf(i.channel as (typeof CHANNELS)[number]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const item of items) {
      for (const field of ['key', 'channel', 'priority', 'status', 'assigneeId', 'urgency', 'priorityOrganization', 'waitingSince', 'sla']) {
        expect(item).toHaveProperty(field);
      }
    }
    expect(items[0]).toMatchObject({ channel: 'phone', waitingSince: minutesAgo(2) });
    const emails = items.filter((i) => i.channel === 'email');
    // Neither case has a reply: both run first_response from the 09:00 opening (before it, the business
    // clock does not count), so both are due at 11:00 Chicago (an hour left at 10:00); then the longest waiting first.
    expect(emails.map((i) => i.key)).toEqual(['C-1001', 'C-999']);
    for (const e of emails) {
      expect(e.sla).toEqual({ class: 'first_response', deadline: '2026-03-03T17:00:00Z', state: 'ok', remainingMinutes: 60, clock: 'business' });
    }
    expect(items.find((i) => i.channel === 'phone')!.sla).toBeNull();
  });

  it('shows one agent\'s queue with --view my --agent, and refuses an unknown agent', async () => {
    await cli('import', file('ws.json', workspace));
    const mine = JSON.parse((await cli('queue', '--json', '--view', 'my', '--agent', 'a1')).stdout);
    expect(mine.items.map((i: { key: string }) => i.key)).toEqual(['C-1001']);
    // Not the first agent: --agent must really choose whose queue it is (a2 has none).
    const theirs = JSON.parse((await cli('queue', '--json', '--view', 'my', '--agent', 'a2')).stdout);
    expect(theirs.items).toEqual([]);
    const unknown = await cli('queue', '--view', 'my', '--agent', 'nobody');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no agent with id "nobody"/);
  });

  it('prints a readable table without --json', async () => {
    await cli('import', file('ws.json', workspace));
    const result = await cli('queue', '--at', '2026-03-03T16:00:00Z');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/KEY\s+CHANNEL\s+PRIORITY\s+URGENCY\s+STATUS\s+WAITING\s+SLA/);
    expect(lines[1]).toMatch(/Call\s+P3 Very High\s+-\s+waiting\s+2 min\s+-\s/);
    expect(lines.find((l) => l.includes('C-999'))).toMatch(/ok · 1 h business left/);
  });

  it('refuses bad arguments with exit code 2 and the reason', async () => {
    expect((await cli('queue', '--at', 'yesterday')).stderr).toMatch(/--at: expected an ISO 8601 instant/);
    expect((await cli('queue', '--view', 'everything')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('queue', '--colour')).code).toBe(2);
  });
});
