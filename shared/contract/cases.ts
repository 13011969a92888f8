import { z } from 'zod';
import { method } from './define';
import { CASE_STATUSES, URGENCIES } from '../domain/vocab';
import { TEMPLATE_NAMES } from '../templates/templateSchema';
import { caseDetailModel, slaModel } from './models';

/** A message body: required, not only spaces, at most 50,000 characters. */
const messageBody = z
  .string({ error: 'expected the text of the message' })
  .max(50_000, 'longer than 50,000 characters')
  .refine((text) => text.trim() !== '', 'is empty: write the message first');

/** What an action would do to the case's SLA timer (`cases.preview`). */
const caseAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reply'), template: z.enum(TEMPLATE_NAMES).optional() }),
  z.object({ kind: z.literal('note') }),
  z.object({ kind: z.literal('status'), status: z.enum(CASE_STATUSES) }),
]);

export const caseMethods = {
  'cases.get': method(z.object({ id: z.string().min(1) }), caseDetailModel, 'one case with its fields and timeline'),
  'cases.markNoReplyNeeded': method(
    z.object({ id: z.string().min(1), note: z.string().max(2000, 'note longer than 2000 characters').optional() }),
    caseDetailModel,
    'records "no reply needed" on the timeline (the agent using this device): the update timer stops until the customer writes again',
  ),
  'cases.setUrgency': method(
    z.object({ id: z.string().min(1), urgency: z.enum(URGENCIES) }),
    caseDetailModel,
    "sets the case's urgency (none, urgent, emergency); the urgency in force is the higher of it and the one its priority implies for its type",
  ),
  'cases.setStatus': method(
    z.object({ id: z.string().min(1), status: z.enum(CASE_STATUSES) }),
    caseDetailModel,
    'moves the case to another status along the transition table (shared/domain/caseStatus.ts), recorded on the timeline in the name of the agent using this device; a refused move says why and what to do instead',
  ),
  'cases.reply': method(
    z.object({
      id: z.string().min(1),
      body: messageBody,
      /** The template it was written from; `resolution` (the resolution email) moves a Resolved case to Pending Closure. */
      template: z.enum(TEMPLATE_NAMES).optional(),
    }),
    caseDetailModel,
    'records a public reply to the customer on the timeline (final once recorded; the mail itself is sent from the help desk until a connector exists): it restarts the update clock; the resolution email moves a Resolved case to Pending Closure',
  ),
  'cases.note': method(
    z.object({ id: z.string().min(1), body: messageBody }),
    caseDetailModel,
    'records an internal note on the timeline (never sent; the clocks do not move)',
  ),
  'cases.preview': method(
    z.object({ id: z.string().min(1), action: caseAction }),
    z.object({
      /** The timer now, and as it would be right after the action (the same engine, as of now); null: no timer runs. */
      before: slaModel.nullable(),
      after: slaModel.nullable(),
    }),
    "what a reply, a note or a status change would do to the case's SLA timer, before it is made",
  ),
} as const;
