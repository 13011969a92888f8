import { z } from 'zod';
import { shown, text } from '../interchange/fields';
import { parseWithPaths } from '../interchange/settingsList';
import type { TemplateLinks } from './fill';

/**
 * The links templates fill in (`{{link.billing}}`, `{{link.training}}`, `{{link.review}}`,
 * `{{link.googleApps}}`), kept by leads: each a web address (http or https). A link left out is
 * none: a template that uses it shows the blank `[…]` until the agent writes over it.
 */

export const TEMPLATE_LINK_KEYS = ['billing', 'training', 'review', 'googleApps'] as const;
export type TemplateLinkKey = (typeof TEMPLATE_LINK_KEYS)[number];

/** What each link is, for the lead's screen. */
export const TEMPLATE_LINK_LABELS: Record<TemplateLinkKey, string> = {
  billing: 'Billing page',
  training: 'Training sign-up',
  review: 'Online review',
  googleApps: 'Google Workspace Marketplace review',
};

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const link = text.refine(isWebAddress, { error: (issue) => `expected a web address (https://...), got ${shown(issue.input)}` });

export const templateLinksSchema = z.strictObject(
  { billing: link.optional(), training: link.optional(), review: link.optional(), googleApps: link.optional() },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown link ${issue.keys.join(', ')} (known: ${TEMPLATE_LINK_KEYS.join(', ')})`
        : `expected an object of links { billing, training, review, googleApps }, got ${shown(issue.input)}`,
  },
) satisfies z.ZodType<TemplateLinks>;

/** Links read from untrusted input, or an `InputIssuesError` naming `templateLinks.review`. */
export function parseTemplateLinks(input: unknown, at: readonly PropertyKey[] = ['templateLinks']): TemplateLinks {
  return parseWithPaths(templateLinksSchema, input, at, 'templateLinks');
}
