import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { writeWorkspaceText } from '../../../shared/interchange/serialize';
import { isDeepStrictEqual } from 'node:util';
import type { CalendarRecord, Extra, ReleaseRecord, TeamRecord, WorkspaceFile } from '../../../shared/interchange/schema';
import type { Rule } from '../../../shared/rules/ruleSchema';
import { DEFAULT_SLA_POLICY, slaPolicySchema } from '../../../shared/sla/policy';
import type { TemplateLinks } from '../../../shared/templates/fill';
import type { Template } from '../../../shared/templates/templateSchema';
import type { Repositories } from '../db/repositories/types';
import { CHECKLIST_TEMPLATE_SETTING, checklistTemplateOf } from '../checklist/autoTick';
import { SETTING } from '../services/deps';
import type { ReportProgress } from '../db/unitOfWork';
import type { JobContext } from './context';

/**
 * An export: the whole workspace as interchange text, written record by record from one read
 * transaction (a consistent snapshot, however long it takes), never held whole in memory when it
 * goes to a file. To a file, it is written beside it first and renamed over it at the end, so the
 * file is complete or untouched. Without a path the text comes back (the window's export).
 */
export type ExportTarget = { path: string } | { text: true };

export function exportJob(ctx: JobContext, target: ExportTarget, progress: ReportProgress): { content: string | null; bytes: number } {
  const { repos } = ctx;
  return ctx.uow.read(() => {
    const total =
      repos.agents.count() + repos.organizations.count() + repos.contacts.count() + repos.cases.count() + repos.events.count() + repos.interactions.count() + repos.alerts.count();
    let done = 0;
    const step = () => {
      done++;
      if (done % 1000 === 0 || done === total) progress({ phase: 'Writing the file', done, total });
    };
    const parts = {
      calendar: repos.settings.get<CalendarRecord>(SETTING.calendar) ?? null,
      slaPolicy: changedSlaPolicy(repos),
      teams: repos.settings.get<TeamRecord[]>(SETTING.teams) ?? null,
      releases: repos.settings.get<ReleaseRecord[]>(SETTING.releases) ?? null,
      rules: repos.settings.get<Rule[]>(SETTING.rules) ?? null,
      templates: repos.settings.get<Template[]>(SETTING.templates) ?? null,
      templateLinks: repos.settings.get<TemplateLinks>(SETTING.templateLinks) ?? null,
      checklistTemplate: repos.settings.get(CHECKLIST_TEMPLATE_SETTING) === undefined ? null : checklistTemplateOf(repos).items,
      checklistDays: repos.checklist.all(),
      audit: repos.audit.all().map(({ seq: _seq, ...e }) => e),
      extra: repos.settings.get<Extra>(SETTING.fileExtra) ?? {},
      agents: repos.agents.iterate(),
      organizations: repos.organizations.iterate(),
      contacts: repos.contacts.iterate(),
      cases: repos.cases.iterate(),
      events: (function* () {
        for (const { seq: _seq, ...event } of repos.events.iterate()) yield event;
      })(),
      interactions: repos.interactions.iterate(),
      // The alert history: what was notified is not notified again where the file is imported.
      alerts: (function* () {
        for (const { id: _id, ...alert } of repos.alerts.iterate()) yield alert;
      })(),
    };
    if ('text' in target) {
      const chunks: string[] = [];
      writeWorkspaceText(parts, (chunk) => chunks.push(chunk), step);
      const content = chunks.join('');
      return { content, bytes: Buffer.byteLength(content) };
    }
    const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.tmp`);
    const fd = openSync(temp, 'w');
    let bytes = 0;
    try {
      writeWorkspaceText(parts, (chunk) => void (bytes += writeSync(fd, chunk)), step);
      fsyncSync(fd);
    } catch (err) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw err;
    }
    closeSync(fd);
    renameSync(temp, target.path);
    return { content: null, bytes };
  });
}

/**
 * The policy a lead saved, or null when there is none that differs from the defaults (nothing
 * saved, a save that kept the defaults, or a stored value that no longer parses, which the SLA
 * ignores too): only a changed policy travels in the file, so other exports stay as they were.
 */
function changedSlaPolicy(repos: Repositories): WorkspaceFile['slaPolicy'] {
  const stored = repos.settings.get<unknown>(SETTING.slaPolicy);
  if (stored === undefined) return null;
  const parsed = slaPolicySchema.safeParse(stored);
  return parsed.success && !isDeepStrictEqual(parsed.data, DEFAULT_SLA_POLICY) ? parsed.data : null;
}
