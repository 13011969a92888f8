import { DEFAULT_RULES } from '../../../shared/rules/defaultRules';
import { parseRules, type Rule } from '../../../shared/rules/ruleSchema';
import { DEFAULT_TEMPLATES } from '../../../shared/templates/defaultTemplates';
import type { TemplateLinks } from '../../../shared/templates/fill';
import { parseTemplates, type Template, type TemplateName } from '../../../shared/templates/templateSchema';
import { DEFAULT_TEAMS, type Release, type Team } from '../../../shared/domain/caseTypes';
import type { Repositories } from '../db/repositories/types';
import { SETTING } from './deps';

/**
 * The lead-kept workflow settings (`workflow.md` "Rules", "Templates") as the core reads them: what a
 * lead saved, else the defaults. Stored parsed in the settings table; read again through the schema so
 * a row written by an older build still reads (or fails naming the field).
 */

/** The rules in force, in the order they are evaluated. */
export function rulesOf(repos: Repositories): Rule[] {
  const kept = repos.settings.get<unknown>(SETTING.rules);
  return kept === undefined ? DEFAULT_RULES.map((r) => structuredClone(r)) : parseRules(kept);
}

/** The templates in force: every one of the nine names, a lead's edit replacing the default. */
export function templatesOf(repos: Repositories): Template[] {
  const kept = repos.settings.get<unknown>(SETTING.templates);
  const edited = kept === undefined ? [] : parseTemplates(kept);
  return DEFAULT_TEMPLATES.map((t) => edited.find((e) => e.name === t.name) ?? { ...t });
}

export function templateOf(repos: Repositories, name: TemplateName): Template {
  return templatesOf(repos).find((t) => t.name === name)!;
}

/** The links templates point customers to (billing, training sign-up, review, Google Apps); absent = none. */
export function templateLinksOf(repos: Repositories): TemplateLinks {
  return repos.settings.get<TemplateLinks>(SETTING.templateLinks) ?? {};
}

/** The teams in force: the lead-kept list, else the five default teams. */
export function teamsOf(repos: Repositories): Team[] {
  const kept = repos.settings.get<(Team & { extra?: unknown })[]>(SETTING.teams);
  return (kept ?? DEFAULT_TEAMS).map(({ id, name, members }) => ({ id, name, members: [...members] }));
}

/** The release list, by date. */
export function releasesOf(repos: Repositories): Release[] {
  const kept = repos.settings.get<(Release & { extra?: unknown })[]>(SETTING.releases) ?? [];
  return kept.map(({ id, name, date }) => ({ id, name, date })).sort((a, b) => a.date.localeCompare(b.date));
}
