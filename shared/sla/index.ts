/**
 * The SLA policy (`shared/spec/sla.md` sections 1-5), pure: no Node, no wall clock.
 *
 * - `DEFAULT_SLA_POLICY`, `SlaPolicy`: per class a target (`amount` + `unit` + `clock`), the status
 *   groups (open / internal / customer) and the warning thresholds (75 %, 15 minutes).
 *   `parseSlaPolicy(unknown)` / `slaPolicySchema` check a lead-edited policy, naming each problem.
 * - `evaluateSla(input, now)`: the case's timer as of `now` (class, clock, clock start, deadline,
 *   target, used, remaining on the target's own clock, state, all candidates), or null when no
 *   timer runs. `planSla(input)` is the now-independent part (deadline, warningAt: what to store
 *   and to arm alerts on); `slaAt(plan, now, clocks)` adds used / remaining / state.
 *   `slaFactsOf(case, timeline)` is the settings-independent part of a plan (stored on work items)
 *   and `planSlaFacts(facts, setup)` the rest: `planSla` is the two in a row.
 *   `input` = the case facts (`type`, `status`, `priority`, `urgency`, `createdAt`, `agreedUpdateAt`), its
 *   `timeline` ({ at, kind, by }), and the workspace's `SlaSetup` (`policy`, `hoursPerBusinessDay`,
 *   `clocks: { business, calendar }` as `DurationClock`s).
 *   `urgencyInForce(policy, facts)`: the higher of the urgency set and the one the priority implies
 *   for the type (the policy's `urgencyByType`); `emergency` and `urgent` follow it.
 * - `daysSinceLastSent(timeline, now, timeZone)`: "last sent to customer (days)", null when never.
 *   `lastSentToCustomer`, `isSentToCustomer`: a message from support is a human public reply, or a
 *   call or chat with an agent (a call back); internal notes and status changes never count.
 * - `slaClockStart(createdAt, timeline)`: where the timer starts; null while "no reply needed" holds.
 */
export {
  AGREED_CLOCK,
  DEFAULT_SLA_POLICY,
  parseSlaPolicy,
  SLA_TARGET_UNITS,
  slaPolicySchema,
  STATUS_GROUP_CLASS,
  STATUS_GROUPS,
  statusGroupOf,
  TARGET_CLASSES,
  targetMs,
  urgencyInForce,
  type ImpliedUrgency,
  type SlaPolicy,
  type SlaPolicyIssue,
  type SlaTarget,
  type SlaTargetUnit,
  type StatusGroup,
  type TargetClass,
  type UrgencyByType,
} from './policy';
export {
  evaluateSla,
  planSla,
  planSlaFacts,
  slaAt,
  slaFactsOf,
  type SlaCandidate,
  type SlaCaseFacts,
  type SlaClocks,
  type SlaFacts,
  type SlaEvaluation,
  type SlaInput,
  type SlaPlan,
  type SlaSetup,
  type SlaTimelinePoint,
} from './evaluate';
export { daysSinceLastSent, isSentToCustomer, lastSentToCustomer, type SentPoint } from './lastSent';
export { slaClockStart, type SlaClockStart } from './clockStart';
export { clockStartReason, skippedTime, type ClockStartReason, type SkippedTime } from './explain';
export { alertInterrupts } from './alertGate';
