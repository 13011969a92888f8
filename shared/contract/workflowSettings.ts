import { z } from 'zod';
import { bool, oneOf, shown } from '../interchange/fields';
import { releasesSchema, teamsSchema } from '../interchange/schema';
import { ruleListSchema, ruleSchema } from '../rules/ruleSchema';
import { templateLinksSchema } from '../templates/templateLinks';
import { TEMPLATE_NAMES, templateEditSchema } from '../templates/templateSchema';
import { releaseModel, teamModel } from './caseCreate';
import { method } from './define';

/**
 * The lead-kept workflow settings (`workflow.md`: teams, releases, rules, templates and the links
 * templates fill in): read by anyone, saved by leads only. Each save is validated with the same
 * schemas the workspace file uses, so a refusal names the field (`rules[2].actions[0].atLeast: ...`).
 */

/** A template in force, and whether a lead edited it (then `defaultSubject`/`defaultBody` are what a reset brings back). */
export const templateInForceModel = z.object({
  name: z.enum(TEMPLATE_NAMES),
  title: z.string(),
  subject: z.string(),
  body: z.string(),
  edited: z.boolean(),
  defaultSubject: z.string(),
  defaultBody: z.string(),
});
export type TemplateInForce = z.infer<typeof templateInForceModel>;

export const workflowSettingsModel = z.object({
  /** Whether the agent using this device is a lead (only leads may save). */
  canEdit: z.boolean(),
  /** The rules in force, in the order they are evaluated. */
  rules: z.array(ruleSchema),
  /** Whether the rules are the built-in defaults (nothing saved or imported). */
  defaultRules: z.boolean(),
  /** Every one of the nine templates, in the composer's order. */
  templates: z.array(templateInForceModel),
  templateLinks: templateLinksSchema,
  teams: z.array(teamModel),
  releases: z.array(releaseModel),
});
export type WorkflowSettings = z.infer<typeof workflowSettingsModel>;

/** A lead's change to one template: a new subject and/or body, or `reset: true` for the default. */
const templateSaveInput = z.object({
  name: oneOf(TEMPLATE_NAMES),
  subject: templateEditSchema.shape.subject,
  body: templateEditSchema.shape.body,
  reset: bool
    .refine((r) => r, { error: (issue) => `expected true (or leave it out), got ${shown(issue.input)}` })
    .optional(),
});

export const workflowMethods = {
  'workflow.get': method(z.object({}), workflowSettingsModel, 'the workflow settings in force: rules, templates (each with whether it is edited), template links, teams and releases'),
  'workflow.saveRules': method(
    z.object({ rules: ruleListSchema }),
    workflowSettingsModel,
    'saves the whole ordered rule list (leads only); a bad rule is refused naming its field',
  ),
  'workflow.saveTemplate': method(
    templateSaveInput,
    workflowSettingsModel,
    "saves a template's subject and/or body, or resets it to the default with reset: true (leads only)",
  ),
  'workflow.saveTemplateLinks': method(
    z.object({ links: templateLinksSchema }),
    workflowSettingsModel,
    'saves the links templates fill in: billing, training, review, googleApps (leads only; a link left out is none)',
  ),
  'workflow.saveTeams': method(z.object({ teams: teamsSchema }), workflowSettingsModel, 'saves the team list and its members (leads only)'),
  'workflow.saveReleases': method(z.object({ releases: releasesSchema }), workflowSettingsModel, 'saves the release list (leads only)'),
} as const;
