import { Temporal } from 'temporal-polyfill';
import { slaClockStart } from './clockStart';
import { lastSentToCustomer, type SentPoint } from './lastSent';
import type { SlaPlan } from './evaluate';

/** Why a timer starts where it does (`sla.md` section 1). */
export type ClockStartReason = 'last_reply' | 'created' | 'customer_wrote';

/** The closed time a business clock skipped, for the explainer on a case. */
export interface SkippedTime {
  /** Closed stretches between the clock start and the deadline (at most `limit`). */
  closed: Array<{ from: number; to: number }>;
  /** How many more closed stretches there were beyond `limit`. */
  closedMore: number;
  /** The calendar's holidays (local dates) from the clock start's date to the deadline's. */
  holidays: string[];
}

export function clockStartReason(createdAt: number, timeline: readonly SentPoint[]): ClockStartReason {
  const start = slaClockStart(createdAt, timeline)?.start;
  if (start !== undefined && start === lastSentToCustomer(timeline)) return 'last_reply';
  return start === createdAt ? 'created' : 'customer_wrote';
}

/**
 * What the plan's clock skipped between its start and its deadline: nothing on the calendar clock;
 * on the business clock the closed stretches (nights, weekends, holidays) and the holidays by date.
 */
export function skippedTime(
  plan: Pick<SlaPlan, 'clock' | 'clockStart' | 'deadline'>,
  business: { closedBetween(from: number, to: number): Array<{ from: number; to: number }> },
  calendar: { timeZone: string; holidays: readonly string[] },
  limit = 20,
): SkippedTime {
  if (plan.clock !== 'business' || plan.deadline <= plan.clockStart) return { closed: [], closedMore: 0, holidays: [] };
  const closed = business.closedBetween(plan.clockStart, plan.deadline);
  const localDate = (at: number) => Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(calendar.timeZone).toPlainDate().toString();
  const first = localDate(plan.clockStart);
  const last = localDate(plan.deadline);
  return {
    closed: closed.slice(0, limit),
    closedMore: Math.max(0, closed.length - limit),
    holidays: calendar.holidays.filter((d) => d >= first && d <= last).sort(),
  };
}
