import type { SlaDetail } from '../../../shared/contract/index';

type Target = NonNullable<SlaDetail['target']>;

const UNIT_WORDS: Record<Target['unit'], [one: string, many: string]> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  business_days: ['business day', 'business days'],
  days: ['day', 'days'],
};

/**
 * A target in words: "2 hours of business time", "1 business day (8 business hours)",
 * "7 days around the clock"; the agreed next update has no target of its own.
 */
export function targetText(target: Target | null, targetMinutes: number): string {
  if (target === null) return 'the time agreed with the customer';
  const [one, many] = UNIT_WORDS[target.unit];
  const amount = `${target.amount} ${target.amount === 1 ? one : many}`;
  if (target.clock === 'calendar') return `${amount} around the clock`;
  // A business day is the calendar's hours per business day: say how many hours that makes.
  if (target.unit === 'business_days') return `${amount} (${targetMinutes / 60} business hours)`;
  return `${amount} of business time`;
}

const START_REASONS: Record<SlaDetail['clockStartReason'], string> = {
  last_reply: "support sent its last public reply",
  created: 'the case was created; support has not replied yet',
  customer_wrote: 'the customer wrote after "no reply needed"',
};

export function clockStartText(reason: SlaDetail['clockStartReason']): string {
  return START_REASONS[reason];
}
