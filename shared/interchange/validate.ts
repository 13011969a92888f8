import { FORMAT, FORMAT_VERSION, type WorkspaceFile } from './schema';
import { createWorkspaceReader, feedObject, textFeeder, type WorkspaceReader } from './reader';
import type { ExistingIds, FileIssue } from './issues';

export { describeIssues, formatPath, type ExistingIds, type FileIssue } from './issues';

export type ParseResult = { ok: true; file: WorkspaceFile } | { ok: false; issues: FileIssue[] };

/**
 * A whole workspace file read into memory (small files: the sample shift, tests, a file built in
 * code), through the same record-by-record reader an import streams through (`reader.ts`).
 */
function collect(feed: (reader: WorkspaceReader) => void, existing?: ExistingIds): ParseResult {
  const file: WorkspaceFile = {
    format: FORMAT,
    version: FORMAT_VERSION,
    calendar: null,
    slaPolicy: null,
    agents: [],
    organizations: [],
    contacts: [],
    cases: [],
    events: [],
    interactions: [],
    alerts: [],
    teams: null,
    releases: null,
    rules: null,
    templates: null,
    templateLinks: null,
    extra: {},
  };
  const reader = createWorkspaceReader({
    ...(existing && { existing }),
    accept(item) {
      switch (item.kind) {
        case 'calendar':
          file.calendar = item.value;
          break;
        case 'slaPolicy':
          file.slaPolicy = item.value as WorkspaceFile['slaPolicy'];
          break;
        case 'teams':
          file.teams = item.value;
          break;
        case 'releases':
          file.releases = item.value;
          break;
        case 'rules':
          file.rules = item.value;
          break;
        case 'templates':
          file.templates = item.value;
          break;
        case 'templateLinks':
          file.templateLinks = item.value;
          break;
        case 'checklistTemplate':
          file.checklistTemplate = item.value;
          break;
        case 'checklistDays':
          file.checklistDays = item.value;
          break;
        case 'audit':
          file.audit = item.value;
          break;
        case 'extra':
          file.extra[item.key] = item.value;
          break;
        default:
          (file[item.kind] as unknown[]).push(item.record);
      }
      return null;
    },
  });
  feed(reader);
  const { issues } = reader.end();
  return issues.length > 0 ? { ok: false, issues } : { ok: true, file };
}

/** Validates a whole workspace file: every record, then the references across the file. Nothing is partial. */
export function parseWorkspaceFile(raw: unknown, existing?: ExistingIds): ParseResult {
  return collect((reader) => feedObject(reader, raw), existing);
}

/** Reads JSON text, reporting a syntax error as a file issue rather than throwing. */
export function parseWorkspaceText(textContent: string, existing?: ExistingIds): ParseResult {
  return collect((reader) => {
    const feeder = textFeeder(reader);
    feeder.push(textContent);
    feeder.end();
  }, existing);
}
