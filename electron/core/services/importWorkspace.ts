import { AppError } from '../../../shared/contract/result';
import type { ImportSummary } from '../../../shared/contract/models';
import { shown } from '../../../shared/interchange/fields';
import type { Extra, WorkspaceFile } from '../../../shared/interchange/schema';
import { describeIssues, type FileIssue, type ParseResult } from '../../../shared/interchange/validate';
import type { Repositories } from '../db/repositories/types';
import { SETTING } from './deps';
import { eventFingerprints } from './fingerprint';
import type { SlaContext } from './slaContext';
import { rebuildAllWorkItems, rebuildWorkItems } from './workItems';

type Counts = ImportSummary['written'];
const zero = (): Counts => ({ agents: 0, organizations: 0, contacts: 0, cases: 0, events: 0, interactions: 0 });

/** Lets the validator accept references to records already in the workspace. */
export function existingIn(repos: Repositories) {
  return (table: 'agents' | 'organizations' | 'contacts' | 'cases', id: string) => repos[table].has(id);
}

/** A case key that already belongs to another case of the workspace. */
function keyConflicts(repos: Repositories, file: WorkspaceFile): FileIssue[] {
  const inFile = new Set(file.cases.map((c) => c.id));
  const issues: FileIssue[] = [];
  file.cases.forEach((c, i) => {
    const owner = repos.cases.idsWhere('key', [c.key])[0];
    if (owner !== undefined && owner !== c.id && !inFile.has(owner)) {
      issues.push({ path: `cases[${i}].key`, message: `key ${shown(c.key)} belongs to case ${shown(owner)} already` });
    }
  });
  return issues;
}

/** Turns a validation result into the file, or the `invalid_input` error naming every bad record. */
export function requireValidFile(repos: Repositories, result: ParseResult): WorkspaceFile {
  if (!result.ok) throw new AppError('invalid_input', describeIssues(result.issues));
  const conflicts = keyConflicts(repos, result.file);
  if (conflicts.length > 0) throw new AppError('invalid_input', describeIssues(conflicts));
  return result.file;
}

/**
 * Writes a validated file in one transaction: records upserted by id, events appended by
 * fingerprint, then the work items of everything touched rebuilt. Returns what was written
 * and what was already there; `anyChange` also covers settings (calendar, SLA policy, onboarded).
 */
export function writeWorkspace(repos: Repositories, file: WorkspaceFile, sla: SlaContext): { summary: ImportSummary; anyChange: boolean } {
  return repos.transaction(() => {
    const written = zero();
    const unchanged = zero();
    let settingsChanged = false;
    const count = (table: keyof Counts, didWrite: boolean) => {
      if (didWrite) written[table]++;
      else unchanged[table]++;
    };

    // A new calendar or SLA policy moves every deadline: all work items are recomputed below.
    // Absent from the file (null), each is left as the workspace has it.
    const calendarChanged = file.calendar !== null && repos.settings.set(SETTING.calendar, file.calendar);
    const policyChanged = file.slaPolicy !== null && repos.settings.set(SETTING.slaPolicy, file.slaPolicy);
    const slaChanged = calendarChanged || policyChanged;
    settingsChanged = slaChanged || settingsChanged;
    if (Object.keys(file.extra).length > 0) {
      const merged = { ...(repos.settings.get<Extra>(SETTING.fileExtra) ?? {}), ...file.extra };
      settingsChanged = repos.settings.set(SETTING.fileExtra, merged) || settingsChanged;
    }

    const changedOrgs: string[] = [];
    const changedContacts: string[] = [];
    const caseIds = new Set<string>();
    const interactionIds = new Set<string>();

    for (const a of file.agents) count('agents', repos.agents.upsert(a));
    for (const o of file.organizations) {
      const w = repos.organizations.upsert(o);
      count('organizations', w);
      if (w) changedOrgs.push(o.id);
    }
    for (const c of file.contacts) {
      const w = repos.contacts.upsert(c);
      count('contacts', w);
      if (w) changedContacts.push(c.id);
    }
    for (const c of file.cases) {
      const w = repos.cases.upsert(c);
      count('cases', w);
      if (w) caseIds.add(c.id);
    }
    const fingerprints = eventFingerprints(file.events);
    file.events.forEach((e, i) => {
      const w = repos.events.append(e, fingerprints[i]!);
      count('events', w);
      if (w) caseIds.add(e.caseId);
    });
    for (const x of file.interactions) {
      const w = repos.interactions.upsert(x);
      count('interactions', w);
      if (w) interactionIds.add(x.id);
    }

    // Names shown in the queue come from organizations and contacts: their dependants change too.
    for (const id of repos.cases.idsWhere('organization_id', changedOrgs)) caseIds.add(id);
    for (const id of repos.cases.idsWhere('reporter_id', changedContacts)) caseIds.add(id);
    for (const id of repos.contacts.idsWhere('organization_id', changedOrgs)) changedContacts.push(id);
    for (const id of repos.interactions.idsWhere('contact_id', changedContacts)) interactionIds.add(id);
    for (const id of repos.interactions.idsWhere('case_id', [...caseIds])) interactionIds.add(id);
    if (slaChanged) rebuildAllWorkItems(repos, sla.setup());
    else rebuildWorkItems(repos, { caseIds, interactionIds }, sla.setup());

    settingsChanged = repos.settings.set(SETTING.onboarded, true) || settingsChanged;
    const anyChange = settingsChanged || Object.values(written).some((n) => n > 0);
    return { summary: { written, unchanged }, anyChange };
  });
}
