import { z } from 'zod';
import { TESTIMONIAL_REASONS, TESTIMONIAL_TEMPLATES } from '../domain/closure';
import { method } from './define';

/**
 * Closure and testimonial follow-ups (`sla.md` section 6, `docs/closure.md`): a Pending Closure case
 * is due to close 7 calendar days after the resolution email; the closure scheduler closes it, exactly
 * once, unless it is a testimonial candidate, which waits in the Testimonial follow-ups list for the
 * agent to send a request (or none), which closes it. Instants are ISO 8601.
 */

const iso = z.string();
const isoInput = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 instant such as 2026-03-10T17:00:00Z' });

/** A template the follow-up offers, filled from the case (the agent may edit it before recording). */
export const followUpDraftModel = z.object({
  template: z.enum(TESTIMONIAL_TEMPLATES),
  /** The template's title ("Testimonial request: Standard"). */
  title: z.string(),
  subject: z.string(),
  body: z.string(),
  /** Placeholders without a value (shown as `[…]`): the text must be written over before it is recorded. */
  missing: z.array(z.string()),
});
export type FollowUpDraft = z.infer<typeof followUpDraftModel>;

/** A row of the Testimonial follow-ups list. */
export const testimonialFollowUpModel = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  organization: z.object({ id: z.string(), name: z.string() }).nullable(),
  reporter: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }).nullable(),
  /** When the resolution email was recorded. */
  resolvedAt: iso,
  /** When the case came due to close (7 calendar days later, in the workspace's time zone). */
  dueAt: iso,
  reason: z.enum(TESTIMONIAL_REASONS),
  /** The reason in words ("Marked possible testimonial"). */
  reasonText: z.string(),
  drafts: z.array(followUpDraftModel),
});
export type TestimonialFollowUp = z.infer<typeof testimonialFollowUpModel>;

/** A case the closure timer closed. */
export const closedCaseModel = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  resolvedAt: iso,
  dueAt: iso,
});
export type ClosedCase = z.infer<typeof closedCaseModel>;

/** How many rows the follow-ups list answers at most (the oldest due first); `total` counts them all. */
export const FOLLOW_UPS_MAX = 200;

const followUpList = z.object({ at: iso, total: z.number().int(), followUps: z.array(testimonialFollowUpModel) });
export type FollowUpList = z.infer<typeof followUpList>;

export const closureMethods = {
  'closure.run': method(
    z.object({ at: isoInput.optional() }),
    z.object({ at: iso, closed: z.array(closedCaseModel), followUps: z.array(testimonialFollowUpModel), followUpsTotal: z.number().int() }),
    'closes, once, every Pending Closure case due to close by `at` (default now, never later) that is not a testimonial candidate, recorded on its timeline; answers what it closed and the testimonial follow-ups due',
  ),
  'testimonials.list': method(
    z.object({ at: isoInput.optional() }),
    followUpList,
    'the Testimonial follow-ups list: Pending Closure cases due to close by `at` (default now) that are testimonial candidates, the oldest due first, each with the templates filled from the case',
  ),
  'testimonials.followUp': method(
    z.object({
      id: z.string().min(1),
      /** The request sent, or null: none (the case just closes). */
      template: z.enum(TESTIMONIAL_TEMPLATES).nullable(),
      /** The text as the agent edited it; absent: the template filled from the case. */
      body: z.string().max(50_000, 'longer than 50,000 characters').optional(),
    }),
    z.object({ id: z.string(), key: z.string(), status: z.literal('closed'), template: z.enum(TESTIMONIAL_TEMPLATES).nullable(), body: z.string().nullable() }),
    'records the chosen testimonial request (or none) as a public reply in the name of the agent using this device and closes the case; refused on a case that is not a due testimonial candidate',
  ),
} as const;
