import { z } from 'zod';
import { oneOf, shown, text } from '../interchange/fields';
import { InputIssuesError, listOf, parseWithPaths, uniqueList } from '../interchange/settingsList';

/**
 * A message template (`../shared/spec/workflow.md` "Templates"): a stable name the CLI uses
 * (`case reply --template NAME`), a title for the composer's menu, a subject and a body with
 * placeholders such as `{{case.key}}`, filled from the case by `fillTemplate` (fill.ts).
 */

/** The stable names, in the order the composer lists them. */
export const TEMPLATE_NAMES = [
  'check-in-quick',
  'check-in-still-working',
  'acknowledgement',
  'resolution',
  'testimonial-standard',
  'testimonial-google-apps',
  'review-request',
  'billing-update',
  'training-signup',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Every placeholder a template may use, with what it stands for (the composer names a missing one by its label). */
export const PLACEHOLDER_LABELS = {
  'case.key': 'case number',
  'case.subject': 'case subject',
  'case.type': 'case type',
  'case.priority': 'case priority',
  'contact.name': "reporter's name",
  'contact.firstName': "reporter's first name",
  'agent.name': 'your name',
  'organization.name': "customer's organization",
  phrase: 'check-in phrase',
  item: 'what we are still working on getting',
  resolution: 'what was done to resolve the request',
  'link.billing': 'billing page link',
  'link.training': 'training sign-up link',
  'link.review': 'online review link',
  'link.googleApps': 'Google Workspace Marketplace review link',
} as const;
export type Placeholder = keyof typeof PLACEHOLDER_LABELS;
export const PLACEHOLDERS = Object.keys(PLACEHOLDER_LABELS) as Placeholder[];

export function isPlaceholder(name: string): name is Placeholder {
  return Object.hasOwn(PLACEHOLDER_LABELS, name);
}

/** A placeholder as written in a template: `{{case.key}}` (blanks inside the braces allowed). */
export const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names written in `text` (`{{ case.key }}` reads as `case.key`), in order, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1]!))];
}

/** A text whose placeholders are all known and all closed. */
const templateText = text.min(1, 'expected text, got an empty text').superRefine((value, ctx) => {
  const unknown = placeholdersIn(value).filter((name) => !isPlaceholder(name));
  if (unknown.length > 0) {
    const list = unknown.map((name) => `{{${name}}}`).join(', ');
    const known = PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');
    ctx.addIssue({ code: 'custom', message: `unknown placeholder${unknown.length > 1 ? 's' : ''} ${list}; known: ${known}` });
  }
  const stray = /\{\{|\}\}/.exec(value.replace(PLACEHOLDER, ''));
  if (stray) ctx.addIssue({ code: 'custom', message: `a placeholder is not closed near ${shown(strayContext(value, stray.index))}: write it as {{case.key}}` });
});

function strayContext(value: string, index: number): string {
  const withoutPlaceholders = value.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
  return withoutPlaceholders.slice(Math.max(0, index - 10), index + 20).trim();
}

export const templateSchema = z.strictObject(
  {
    name: oneOf(TEMPLATE_NAMES),
    title: text.min(1, 'expected text, got an empty text'),
    subject: templateText,
    body: templateText,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : `expected a template, got ${shown(issue.input)}`) },
);
export type Template = z.infer<typeof templateSchema>;

/** What a lead may change in a template: its subject and body. */
export const templateEditSchema = z.strictObject(
  { subject: templateText.optional(), body: templateText.optional() },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `only subject and body may be edited, got ${issue.keys.join(', ')}` : `expected an edit, got ${shown(issue.input)}`,
  },
);
export type TemplateEdit = z.infer<typeof templateEditSchema>;

/** A set of templates (as the workspace keeps them): each name at most once. */
export const templateListSchema = uniqueList(templateSchema, 'name', listOf('templates'));

/** Bad template input; `issues` name the field path (`templates[2].body: unknown placeholder {{case.owner}}; ...`). */
export class TemplateInputError extends InputIssuesError {}

function parse<T>(schema: z.ZodType<T>, input: unknown, at: readonly PropertyKey[], whole: string): T {
  return parseWithPaths(schema, input, at, whole, TemplateInputError);
}

/** A template read from untrusted input (a file, the API), or a `TemplateInputError`; `at` prefixes the paths. */
export function parseTemplate(input: unknown, at: readonly PropertyKey[] = []): Template {
  return parse(templateSchema, input, at, 'template');
}

/** A list of templates, or a `TemplateInputError` naming `templates[i].field`. */
export function parseTemplates(input: unknown, at: readonly PropertyKey[] = ['templates']): Template[] {
  return parse(templateListSchema, input, at, 'templates');
}

/** `template` with a lead's edit applied (subject and/or body), or a `TemplateInputError` naming the field. */
export function editTemplate(template: Template, edit: unknown): Template {
  const change = parse(templateEditSchema, edit, [], 'edit');
  return { ...template, ...(change.subject !== undefined && { subject: change.subject }), ...(change.body !== undefined && { body: change.body }) };
}
