import { z } from 'zod';
import { CASE_STATUSES } from '../domain/vocab';
import { oneOf, shown } from '../interchange/fields';
import { TEMPLATE_NAMES } from '../templates/templateSchema';
import { method } from './define';

/** How many cases one bulk check-in may reply to. */
export const REPLY_MANY_MAX = 200;

const optionalText = (max: number) => z.string({ error: (issue) => `expected text, got ${shown(issue.input)}` }).max(max, `longer than ${max} characters`);

/** A message body: required, not only spaces, at most 50,000 characters (as `cases.reply`'s). */
const messageBody = z
  .string({ error: 'expected the text of the message' })
  .max(50_000, 'longer than 50,000 characters')
  .refine((text) => text.trim() !== '', 'is empty: write the message first');

const oneReply = z.object({
  id: z.string({ error: 'expected the id of a case' }).min(1, 'expected the id of a case'),
  body: messageBody,
  /** The template it was written from (as `cases.reply`'s `template`). */
  template: oneOf(TEMPLATE_NAMES).optional(),
});

export const caseDraftMethods = {
  'cases.draft': method(
    z.object({
      id: z.string().min(1),
      template: oneOf(TEMPLATE_NAMES),
      /** The check-in phrase (`{{phrase}}`), usually one of `CHECK_IN_PHRASES`. */
      phrase: optionalText(500).optional(),
      /** What we are still working on getting (`{{item}}`), what was done (`{{resolution}}`). */
      fillIns: z
        .object({ item: optionalText(2000).optional(), resolution: optionalText(10_000).optional() }, { error: (issue) => `expected { item?, resolution }, got ${shown(issue.input)}` })
        .optional(),
    }),
    z.object({
      template: z.enum(TEMPLATE_NAMES),
      /** The template's title, for the composer's menu. */
      title: z.string(),
      subject: z.string(),
      body: z.string(),
      /** Placeholders left without a value (each shown as `[…]` in the text), in order of first use. */
      missing: z.array(z.string()),
    }),
    "a template (the lead's edit in force, else the default) filled from the case (key, subject, type, priority, reporter, organization), the agent using this device, the template links and what the agent chose or wrote; a blank left shows as […] and is listed in missing. Writes nothing",
  ),
  'cases.replyMany': method(
    z.object({
      replies: z
        .array(oneReply, { error: (issue) => `expected a list of { id, body, template? }, got ${shown(issue.input)}` })
        .min(1, 'is empty: choose at least one case')
        .max(REPLY_MANY_MAX, `more than ${REPLY_MANY_MAX} cases at once`),
    }),
    z.object({
      /** The cases replied to, in the order given, as each was left. */
      cases: z.array(z.object({ id: z.string(), key: z.string(), status: z.enum(CASE_STATUSES) })),
    }),
    'the bulk check-in: one public reply recorded on each case (each as cases.reply), in one unit of work: when one is refused (a closed case, a case named twice), nothing is recorded and the error names the case',
  ),
} as const;
