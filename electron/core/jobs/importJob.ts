import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ImportSummary } from '../../../shared/contract/models';
import { AppError } from '../../../shared/contract/result';
import { auditFingerprint } from '../../../shared/interchange/audit';
import { shown } from '../../../shared/interchange/fields';
import { describeIssues, type FileIssue } from '../../../shared/interchange/issues';
import { createWorkspaceReader, feedObject, textFeeder, type FileItem, type WorkspaceReader } from '../../../shared/interchange/reader';
import type { Extra } from '../../../shared/interchange/schema';
import type { Repositories } from '../db/repositories/types';
import { SETTING } from '../services/deps';
import { alertId } from '../alerts/alertId';
import { CHECKLIST_TEMPLATE_SETTING } from '../checklist/autoTick';
import { createFingerprinter } from '../services/fingerprint';
import type { ReportProgress } from '../db/unitOfWork';
import type { JobContext } from './context';

/**
 * An import (`interchange.md`): the file is read record by record (`shared/interchange/reader.ts`)
 * and each valid record is written as it comes, in one unit of work; when any record is wrong the
 * unit is rolled back and the error names every bad record (the first ten shown), so nothing is
 * written. Records are upserted by id, events appended by fingerprint, so importing the same file
 * twice changes nothing. The projector brings the queue in line at commit.
 *
 * The source is a file on disk (the command line: read a megabyte at a time), UTF-8 bytes (the
 * window's import: what the core hands its worker thread, without a copy), or an already parsed file
 * (the sample shift).
 */
export type ImportSource = { path: string } | { bytes: Uint8Array } | { parsed: unknown };

export interface ImportResult {
  summary: ImportSummary;
}

type Counts = ImportSummary['written'];
const zero = (): Counts => ({ agents: 0, organizations: 0, contacts: 0, cases: 0, events: 0, interactions: 0 });
const CHUNK = 1 << 20;

export function importJob(ctx: JobContext, source: ImportSource, progress: ReportProgress): ImportResult {
  const { repos } = ctx;
  return ctx.uow.run(
    () => {
      // References are checked by the reader across the whole file, so a record may name one that
      // comes later: SQLite checks its foreign keys at commit instead of at each row.
      ctx.db.pragma('defer_foreign_keys = ON');
      const written = zero();
      const unchanged = zero();
      const count = (table: keyof Counts, didWrite: boolean) => {
        if (didWrite) written[table]++;
        else unchanged[table]++;
      };
      const fingerprint = createFingerprinter();
      const extras: Extra = {};
      const reader = createWorkspaceReader({
        existing: (table, id) => repos[table].has(id),
        accept: (item) => write(repos, item, { count, fingerprint, extras }),
      });
      feed(reader, source, progress);
      const { issues, issueCount } = reader.end();
      if (issueCount > 0) throw new AppError('invalid_input', describeIssues(issues, 10, issueCount));

      if (Object.keys(extras).length > 0) repos.settings.set(SETTING.fileExtra, { ...(repos.settings.get<Extra>(SETTING.fileExtra) ?? {}), ...extras });
      repos.settings.set(SETTING.onboarded, true);
      return { summary: { written, unchanged } };
    },
    { progress, imported: true },
  );
}

interface WriteState {
  count(table: keyof Counts, didWrite: boolean): void;
  fingerprint(event: Extract<FileItem, { kind: 'events' }>['record']): string;
  extras: Extra;
}

function write(repos: Repositories, item: FileItem, state: WriteState): FileIssue | null {
  switch (item.kind) {
    case 'calendar':
      // Absent or null in the file: the workspace keeps its own.
      if (item.value !== null) repos.settings.set(SETTING.calendar, item.value);
      return null;
    case 'slaPolicy':
      if (item.value !== null) repos.settings.set(SETTING.slaPolicy, item.value);
      return null;
    case 'teams':
      if (item.value !== null) repos.settings.set(SETTING.teams, item.value);
      return null;
    case 'releases':
      if (item.value !== null) repos.settings.set(SETTING.releases, item.value);
      return null;
    case 'rules':
      if (item.value !== null) repos.settings.set(SETTING.rules, item.value);
      return null;
    case 'templates':
      if (item.value !== null) repos.settings.set(SETTING.templates, item.value);
      return null;
    case 'templateLinks':
      if (item.value !== null) repos.settings.set(SETTING.templateLinks, item.value);
      return null;
    case 'checklistTemplate':
      if (item.value !== null) repos.settings.set(CHECKLIST_TEMPLATE_SETTING, item.value);
      return null;
    case 'audit': {
      // The file's entries not already recorded here, in file order (a re-import adds nothing).
      const known = new Set(repos.audit.all().map(auditFingerprint));
      for (const e of item.value ?? []) if (!known.has(auditFingerprint(e))) repos.audit.append(e);
      return null;
    }
    case 'checklistDays':
      // Each agent's day as the file has it (a day already kept is replaced).
      for (const day of item.value ?? []) repos.checklist.put(day);
      return null;
    case 'extra':
      state.extras[item.key] = item.value;
      return null;
    case 'events':
      state.count('events', repos.events.append(item.record, state.fingerprint(item.record)));
      return null;
    case 'cases':
      try {
        state.count('cases', repos.cases.upsert(item.record));
      } catch (err) {
        // The key is another case's already (case keys are unique in a workspace).
        const owner = repos.cases.idsWhere('key', [item.record.key])[0];
        if (owner === undefined || owner === item.record.id) throw err;
        return { path: `cases[${item.index}].key`, message: `key ${shown(item.record.key)} belongs to case ${shown(owner)} already` };
      }
      return null;
    case 'agents':
      state.count('agents', repos.agents.upsert(item.record));
      return null;
    case 'organizations':
      state.count('organizations', repos.organizations.upsert(item.record));
      return null;
    case 'contacts':
      state.count('contacts', repos.contacts.upsert(item.record));
      return null;
    case 'interactions':
      state.count('interactions', repos.interactions.upsert(item.record));
      return null;
    case 'alerts':
      // The history of what was notified: recorded unless the workspace has it already (its own wins),
      // so the alert scheduler finds it fired and the projector plans each item's next alert after it.
      repos.alerts.insert({ id: alertId(item.record.itemId, item.record.kind, item.record.deadline), ...item.record });
      return null;
  }
}

function feed(reader: WorkspaceReader, source: ImportSource, progress: ReportProgress): void {
  if ('parsed' in source) {
    feedObject(reader, source.parsed);
    return;
  }
  if ('bytes' in source) {
    const { bytes } = source;
    decodeChunks(reader, (at) => bytes.subarray(at, at + CHUNK), bytes.length, progress);
    return;
  }
  let fd: number;
  try {
    fd = openSync(source.path, 'r');
  } catch (err) {
    throw new AppError('invalid_input', `cannot read ${source.path}: ${(err as Error).message}`);
  }
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    decodeChunks(reader, () => buffer.subarray(0, readSync(fd, buffer, 0, CHUNK, null)), fstatSync(fd).size, progress);
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 bytes, a chunk at a time from `next(offset)` (empty at the end), decoded and scanned. */
function decodeChunks(
  reader: WorkspaceReader,
  next: (offset: number) => Uint8Array,
  total: number,
  progress: ReportProgress,
): void {
  const feeder = textFeeder(reader);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let done = 0;
  for (;;) {
    const chunk = next(done);
    if (chunk.length === 0) break;
    done += chunk.length;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
      reader.issue({ path: '(file)', message: `not UTF-8 text (a byte between positions ${done - chunk.length + 1} and ${done} is not valid UTF-8)` });
      return;
    }
    feeder.push(text);
    progress({ phase: 'Reading the file', done, total });
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    reader.issue({ path: '(file)', message: 'not UTF-8 text (the file ends inside a character)' });
    return;
  }
  feeder.push(rest);
  feeder.end();
}
