import type { Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import type { WorkflowSettings } from '../../../shared/contract/workflowSettings';
import { shown } from '../../../shared/interchange/fields';
import type { ReleaseRecord, TeamRecord } from '../../../shared/interchange/schema';
import type { Rule } from '../../../shared/rules/ruleSchema';
import { defaultTemplate } from '../../../shared/templates/defaultTemplates';
import type { TemplateLinks } from '../../../shared/templates/fill';
import { parseTemplates, type Template } from '../../../shared/templates/templateSchema';
import { SETTING, type ServiceDeps } from './deps';
import { recordAudit } from './roles';
import { sessionAgent } from './session';
import { releasesOf, rulesOf, teamsOf, templateLinksOf, templatesOf } from './workflowSettings';

type WorkflowHandlers = Pick<
  Handlers,
  'workflow.get' | 'workflow.saveRules' | 'workflow.saveTemplate' | 'workflow.saveTemplateLinks' | 'workflow.saveTeams' | 'workflow.saveReleases'
>;

/**
 * The lead-kept workflow settings (`workflow.md`: teams, releases, rules, templates and their links):
 * anyone reads them, only a lead saves them (like the SLA settings: the agent using this device must
 * be a lead). Each save is one unit of work: the input was checked by the contract's schemas (the same
 * the workspace file uses); what needs the workspace (an agent named in a team or a rule) is checked
 * inside it, and a refusal writes nothing.
 */
export function workflowSettingsService(deps: ServiceDeps): WorkflowHandlers {
  const { repos } = deps;

  const read = (): WorkflowSettings => {
    const edited = new Set(editedTemplates().map((t) => t.name));
    return {
      canEdit: sessionAgent(repos, deps.prefs)?.role === 'lead',
      rules: rulesOf(repos),
      defaultRules: repos.settings.get(SETTING.rules) === undefined,
      templates: templatesOf(repos).map((t) => {
        const original = defaultTemplate(t.name);
        return { ...t, edited: edited.has(t.name), defaultSubject: original.subject, defaultBody: original.body };
      }),
      templateLinks: templateLinksOf(repos),
      teams: teamsOf(repos),
      releases: releasesOf(repos),
    };
  };

  const editedTemplates = (): Template[] => {
    const kept = repos.settings.get<unknown>(SETTING.templates);
    return kept === undefined ? [] : parseTemplates(kept);
  };

  /** Runs `write` in one unit of work when the agent using this device is a lead; the settings after. */
  const asLead = (method: string, what: string, write: () => void): WorkflowSettings =>
    deps.uow.run(() => {
      const agent = sessionAgent(repos, deps.prefs);
      if (!agent) throw new AppError('forbidden', `${method}: only a lead can change ${what}, and no agent is using this device (choose who you are first)`);
      if (agent.role !== 'lead') throw new AppError('forbidden', `${method}: only a lead can change ${what} (${agent.name} is an agent)`);
      write();
      recordAudit(deps, agent.id, 'settings.workflow', null, { method });
      return read();
    });

  const requireAgent = (method: string, path: string, id: string) => {
    if (!repos.agents.has(id)) throw new AppError('invalid_input', `${method}: ${path}: no agent with id ${shown(id)}`);
  };

  return {
    'workflow.get': () => deps.uow.read(read),

    'workflow.saveRules': ({ rules }) =>
      asLead('workflow.saveRules', 'the rules', () => {
        rules.forEach((rule, i) =>
          rule.actions.forEach((action, j) => {
            if (action.action === 'addWatcher') requireAgent('workflow.saveRules', `rules[${i}].actions[${j}].agentId`, action.agentId);
          }),
        );
        repos.settings.set(SETTING.rules, rules satisfies Rule[]);
      }),

    'workflow.saveTemplate': ({ name, subject, body, reset }) => {
      const M = 'workflow.saveTemplate';
      if (reset && (subject !== undefined || body !== undefined)) {
        throw new AppError('invalid_input', `${M}: reset: give either reset: true or a subject and/or body, not both`);
      }
      if (!reset && subject === undefined && body === undefined) {
        throw new AppError('invalid_input', `${M}: subject: give a subject and/or a body to change, or reset: true`);
      }
      return asLead(M, 'the templates', () => {
        const original = defaultTemplate(name);
        const current = editedTemplates().find((t) => t.name === name) ?? original;
        const next: Template = { ...current, ...(subject !== undefined && { subject }), ...(body !== undefined && { body }) };
        // Kept only while it differs from the default: an edit back to the default is a reset.
        const same = reset || (next.subject === original.subject && next.body === original.body);
        const others = editedTemplates().filter((t) => t.name !== name);
        repos.settings.set(SETTING.templates, same ? others : [...others, next]);
      });
    },

    'workflow.saveTemplateLinks': ({ links }) =>
      asLead('workflow.saveTemplateLinks', 'the template links', () => {
        repos.settings.set(SETTING.templateLinks, links satisfies TemplateLinks);
      }),

    'workflow.saveTeams': ({ teams }) =>
      asLead('workflow.saveTeams', 'the teams', () => {
        teams.forEach((team, i) => team.members.forEach((member, j) => requireAgent('workflow.saveTeams', `teams[${i}].members[${j}]`, member)));
        // Unknown keys a team came with (from a workspace file) are kept when the same team is saved.
        const kept = new Map((repos.settings.get<TeamRecord[]>(SETTING.teams) ?? []).map((t) => [t.id, t.extra ?? {}]));
        repos.settings.set(
          SETTING.teams,
          teams.map((t) => ({ ...t, extra: { ...kept.get(t.id), ...t.extra } })),
        );
      }),

    'workflow.saveReleases': ({ releases }) =>
      asLead('workflow.saveReleases', 'the releases', () => {
        const kept = new Map((repos.settings.get<ReleaseRecord[]>(SETTING.releases) ?? []).map((r) => [r.id, r.extra ?? {}]));
        repos.settings.set(
          SETTING.releases,
          releases.map((r) => ({ ...r, extra: { ...kept.get(r.id), ...r.extra } })),
        );
      }),
  };
}
