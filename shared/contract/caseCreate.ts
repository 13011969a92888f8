import { z } from 'zod';
import { CASE_TYPES, PRIORITIES } from '../domain/vocab';
import { localDate, oneOf, shown } from '../interchange/fields';
import { method } from './define';
import { caseDetailModel } from './models';

const optionalText = (max: number) => z.string({ error: (issue) => `expected text, got ${shown(issue.input)}` }).max(max, `longer than ${max} characters`);
const flag = z.boolean({ error: (issue) => `expected true or false, got ${shown(issue.input)}` });

/** Who a new case is assigned to: the agent using this device, an agent by id, or a team. Absent: the type's default. */
const assigneeInput = z.union([z.literal('me'), z.string().min(1, 'expected "me", an agent id or { teamId }'), z.object({ teamId: z.string().min(1) })], {
  error: (issue) => `expected "me", an agent id or { teamId }, got ${shown(issue.input)}`,
});

export const teamModel = z.object({ id: z.string(), name: z.string(), members: z.array(z.string()) });
export const releaseModel = z.object({ id: z.string(), name: z.string(), date: z.string() });

export const caseCreateMethods = {
  'cases.create': method(
    z.object({
      type: oneOf(CASE_TYPES),
      /** Required unless the case is created from an interaction (then its subject, else its channel and caller). */
      subject: optionalText(500)
        .refine((s) => s.trim() !== '', 'is empty: give the case a short summary')
        .optional(),
      description: optionalText(50_000).optional(),
      /** One the type offers (`shared/domain/caseTypes.ts`); absent: P6 Low, which every type offers. */
      priority: oneOf(PRIORITIES, 'P1..P6').optional(),
      organizationId: z.string().min(1).optional(),
      reporterId: z.string().min(1).optional(),
      assignee: assigneeInput.optional(),
      /** A waiting call, chat, voicemail or email: the case is prefilled from it and it is filed into the case. */
      fromInteractionId: z.string().min(1).optional(),
      /** Instead of the type's default need-by date. */
      needBy: localDate.optional(),
      fromPartner: flag.optional(),
      /** true: internal, false: external. */
      internal: flag.optional(),
      possibleTestimonial: flag.optional(),
      caseSource: optionalText(200).optional(),
      adminTaskType: optionalText(200).optional(),
    }),
    z.object({
      case: caseDetailModel,
      /** The team the case is assigned to (null: an agent). */
      team: teamModel.nullable(),
      needBy: z.string().nullable(),
      /** P1 or P2: the escalation to engineering (the dev team) and the acknowledgement with the case number are offered. */
      escalation: z.object({ teamId: z.string(), template: z.literal('acknowledgement') }).nullable(),
    }),
    "creates a case of a type with the type's defaults (status, team or assignee, need-by date from the day or the release list), checking the priority against the ones the type offers; from an interaction, prefilled from it and the interaction filed into it",
  ),
  'teams.list': method(z.object({}), z.array(teamModel), 'the teams a case may be assigned to (lead-kept; the five default teams until a lead keeps others)'),
  'releases.list': method(z.object({}), z.array(releaseModel), 'the release list, by date (the "next release" need-by date)'),
} as const;
