import { CASE_TYPE_LABELS, PRIORITY_LABELS, type CaseType, type Priority } from '../domain/vocab';
import { PLACEHOLDER, type Placeholder, type Template } from './templateSchema';

/** What a blank placeholder shows as in a filled template, until the agent writes over it. */
export const MISSING_MARK = '[…]';

/** The links a template may point the customer to (kept by leads with the workspace settings). */
export type TemplateLinks = Partial<Record<'billing' | 'training' | 'review' | 'googleApps', string>>;

/** What a template is filled from: the case, its reporter, the agent replying, and what the agent chose or wrote. */
export interface TemplateContext {
  case: { key: string; subject: string; type: CaseType; priority: Priority };
  contact?: { name: string } | null;
  agent: { name: string };
  organization?: { name: string } | null;
  /** The check-in phrase picked (usually from `CHECK_IN_PHRASES`). */
  phrase?: string | null;
  /** The agent's fill-ins: what we are still working on getting (`item`), what was done (`resolution`). */
  fillIns?: Partial<Record<'item' | 'resolution', string>>;
  links?: TemplateLinks;
}

export interface FilledTemplate {
  subject: string;
  body: string;
  /** Placeholders that had no value, in order of first use: each shows as `[…]`; the reply cannot be sent until they are written over. */
  missing: Placeholder[];
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof']);

/** The first name of a contact's name: "Dana Reyes" -> "Dana", "Reyes, Dana" -> "Dana", "Dr. Dana Reyes" -> "Dana". */
export function firstName(name: string): string {
  const [before, after] = name.split(',', 2);
  const words = ((after?.trim() ? after : before) ?? '').trim().split(/\s+/);
  const rest = words.length > 1 && HONORIFICS.has(words[0]!.toLowerCase().replace(/\.$/, '')) ? words.slice(1) : words;
  return rest[0] ?? '';
}

function valueOf(placeholder: Placeholder, context: TemplateContext): string | null | undefined {
  switch (placeholder) {
    case 'case.key':
      return context.case.key;
    case 'case.subject':
      return context.case.subject;
    case 'case.type':
      return CASE_TYPE_LABELS[context.case.type];
    case 'case.priority':
      return `${context.case.priority} ${PRIORITY_LABELS[context.case.priority]}`;
    case 'contact.name':
      return context.contact?.name;
    case 'contact.firstName':
      return context.contact && firstName(context.contact.name);
    case 'agent.name':
      return context.agent.name;
    case 'organization.name':
      return context.organization?.name;
    case 'phrase':
      return context.phrase;
    case 'item':
    case 'resolution':
      return context.fillIns?.[placeholder];
    case 'link.billing':
    case 'link.training':
    case 'link.review':
    case 'link.googleApps':
      return context.links?.[placeholder.slice('link.'.length) as keyof TemplateLinks];
  }
}

/**
 * The template's subject and body with every placeholder replaced by its value from `context` (values
 * are inserted as written, never read as placeholders themselves). A placeholder without a value (or
 * only blanks) is left as `[…]` and listed in `missing`, so the composer can refuse to send until it is filled.
 */
export function fillTemplate(template: Template, context: TemplateContext): FilledTemplate {
  const missing = new Set<Placeholder>();
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      const value = valueOf(name as Placeholder, context)?.trim();
      if (value) return value;
      missing.add(name as Placeholder);
      return MISSING_MARK;
    });
  const subject = fill(template.subject);
  const body = fill(template.body);
  return { subject, body, missing: [...missing] };
}

/** How many blanks (`[…]`) a text still holds: the composer sends only when the subject and body hold none. */
export function blanksIn(text: string): number {
  return text.split(MISSING_MARK).length - 1;
}
