import { z } from 'zod';
import { CASE_TYPES, PRIORITIES } from '../domain/vocab';
import { instant, localDate, oneOf, shown } from '../interchange/fields';
import { method } from './define';
import { caseDetailModel } from './models';

const text = (max: number) => z.string({ error: (issue) => `expected text, got ${shown(issue.input)}` }).max(max, `longer than ${max} characters`);
const required = (max: number, what: string) => text(max).refine((s) => s.trim() !== '', `is empty: ${what}`);
const flag = z.boolean({ error: (issue) => `expected true or false, got ${shown(issue.input)}` }).nullable();
const ids = (what: string) =>
  z.array(z.string().min(1, `expected ${what} ids`), { error: (issue) => `expected a list of ${what} ids, got ${shown(issue.input)}` }).max(100, `more than 100 ${what}s`);

/** The fields an agent edits in place on the case view; each one given is set (null clears it). */
const caseFieldsInput = z.strictObject(
  {
    subject: required(500, 'give the case a short summary'),
    description: text(50_000),
    type: oneOf(CASE_TYPES),
    /** One the case's type (the new type, when both change) offers. */
    priority: oneOf(PRIORITIES, 'P1..P6'),
    organizationId: z.string().min(1).nullable(),
    reporterId: z.string().min(1).nullable(),
    /** An agent by id, a team, or null (unassigned). */
    assignee: z.union([z.string().min(1), z.object({ teamId: z.string().min(1) })], {
      error: (issue) => `expected an agent id, { teamId } or null, got ${shown(issue.input)}`,
    }).nullable(),
    labels: z.array(required(100, 'a label needs a name')).max(50, 'more than 50 labels'),
    item: text(200).nullable(),
    needBy: localDate.nullable(),
    /** The next update agreed with the customer (an ISO 8601 instant); its deadline replaces the update SLA's. */
    agreedUpdateAt: instant.nullable(),
    fromPartner: flag,
    internal: flag,
    possibleTestimonial: flag,
    caseSource: text(200).nullable(),
    adminTaskType: text(200).nullable(),
    /** Agents who follow the case. */
    watchers: ids('agent'),
    /** Request participants (contacts): a public reply goes to them besides the reporter. */
    participants: ids('contact'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : `expected the fields to set, got ${shown(issue.input)}`) },
).partial();
export type CaseFieldsInput = z.output<typeof caseFieldsInput>;

/** What `case link KEY OTHER --kind` makes of OTHER: the configuration case KEY needs, a related case, or KEY's child. */
export const LINK_INPUT_KINDS = ['needs_config', 'related', 'child'] as const;

export const caseEditMethods = {
  'cases.update': method(
    z.object({ id: z.string().min(1), set: caseFieldsInput }),
    caseDetailModel,
    "sets fields of an open case in place; each change is recorded on the timeline ('field' entries, an 'assignment' for the assignee) and the rules run again; one unit of work",
  ),
  'cases.link': method(
    z.object({ id: z.string().min(1), otherId: z.string().min(1), kind: oneOf(LINK_INPUT_KINDS, 'needs_config | related | child') }),
    caseDetailModel,
    'links two existing cases by hand (the other is the configuration case this one needs, a related case, or its child); both timelines record it; a configuration case linked by hand is not raised: it shows a reminder to set its priority',
  ),
  'cases.split': method(
    z.object({
      id: z.string().min(1),
      type: oneOf(CASE_TYPES),
      subject: required(500, 'give the new case a short summary'),
      description: text(50_000).optional(),
      priority: oneOf(PRIORITIES, 'P1..P6').optional(),
      /** `split` (default): a second request, the new case a child of this one; `needs_config`: the configuration case this one needs (raised by the rule). */
      as: z.enum(['split', 'needs_config']).default('split'),
    }),
    z.object({ case: caseDetailModel, from: caseDetailModel }),
    "creates a new case linked to this one, with its own type and that type's defaults (the same organization and reporter); both timelines record the link; refused on a closed case",
  ),
  'cases.approveSplit': method(
    z.object({ id: z.string().min(1), note: required(2000, 'say what was agreed (the approved case carries the lead\'s note)') }),
    caseDetailModel,
    "a lead approves a new case split from an old one (an agent's split waits for it): the lead's note goes on the case as an internal note; lead only, recorded in the audit list",
  ),
  'cases.refile': method(
    z.object({ id: z.string().min(1), seq: z.number().int().positive(), toId: z.string().min(1) }),
    z.object({ case: caseDetailModel, from: caseDetailModel }),
    "moves a misfiled voicemail, email, call, chat or customer message (timeline entry `seq`) into the right case: the right case gets it as it arrived, both timelines record the move, nothing is deleted; the entry no longer counts on the case it left",
  ),
} as const;
