import { Temporal } from 'temporal-polyfill';
import { CHAT_OUTCOME_LABELS, type ChatOutcome } from './chatOutcomes';

/**
 * Closure and testimonial follow-ups (`sla.md` section 6, SOP 05 "Acquiring Testimonials via Happy
 * Customer Follow Ups"), as pure rules: when a Pending Closure case comes due to close, and whether it
 * goes to the *Testimonial follow-ups* list instead of being closed automatically.
 */

/** Calendar days from the resolution email to the case being due to close. */
export const CLOSURE_DAYS = 7;

/**
 * The instant a case is due to close: the same local wall-clock time {@link CLOSURE_DAYS} calendar
 * days after the resolution email (`resolvedAt`), in the workspace's time zone. Across a DST change
 * that is 7 x 24 hours plus or minus the hour the clocks moved. A local time the change skips moves
 * forward by the gap, a repeated one takes its earlier instant (Temporal's 'compatible', the rule
 * `shared/time/calendarZone.ts` uses for the business calendar).
 */
export function closureDueAt(resolvedAt: number, timeZone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(resolvedAt).toZonedDateTimeISO(timeZone).add({ days: CLOSURE_DAYS }).epochMilliseconds;
}

/**
 * How far a due instant can be from `resolvedAt + 7 x 24 h` in any zone (a DST change is an hour,
 * a zone that changed its offset by a whole day is the extreme): a database query bounds by
 * `resolved_at <= at - 7 days + CLOSURE_SLACK_MS` and the exact rule then filters.
 */
export const CLOSURE_SLACK_MS = 26 * 60 * 60 * 1000;

/** Why a case goes to the Testimonial follow-ups list instead of closing by itself. */
export const TESTIMONIAL_REASONS = ['possible_testimonial', 'happy_chat'] as const;
export type TestimonialReason = (typeof TESTIMONIAL_REASONS)[number];

export const TESTIMONIAL_REASON_LABELS: Record<TestimonialReason, string> = {
  possible_testimonial: 'Marked possible testimonial',
  happy_chat: `Customer chat: ${CHAT_OUTCOME_LABELS[1]}`,
};

/** A chat filed into the case: when it began and the outcome it keeps (the most severe given; null = none yet). */
export interface CaseChatFact {
  since: number;
  outcome: ChatOutcome | null;
}

/**
 * Whether a case due to close is a testimonial candidate, and why (null: it closes automatically).
 *
 * - marked *possible testimonial* (at intake or later): always a candidate;
 * - otherwise the customer answered happily: the **latest** chat filed into the case that has an
 *   outcome keeps "Answered - happy" (outcome 1). A happy chat followed by a later unhappy one, or by a
 *   reported problem, is not a happy customer any more; chats without an outcome are not counted.
 */
export function testimonialReason(c: { possibleTestimonial?: boolean | null }, chats: readonly CaseChatFact[]): TestimonialReason | null {
  if (c.possibleTestimonial === true) return 'possible_testimonial';
  let latest: CaseChatFact | null = null;
  for (const chat of chats) if (chat.outcome !== null && (latest === null || chat.since >= latest.since)) latest = chat;
  return latest?.outcome === 1 ? 'happy_chat' : null;
}

/** The templates the follow-up offers, in the order shown; choosing none closes the case without a message. */
export const TESTIMONIAL_TEMPLATES = ['testimonial-standard', 'testimonial-google-apps', 'review-request'] as const;
export type TestimonialTemplate = (typeof TESTIMONIAL_TEMPLATES)[number];
