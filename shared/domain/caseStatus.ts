import { CASE_STATUS_LABELS, type CaseStatus } from './vocab';

/**
 * The case status transition table (`workflow.md` "Statuses", SOP 05): the one place that says which
 * moves a case may make, and by what. A refused move says why and what to do instead.
 *
 * - `agent`: an agent moves it by hand (the status menu, `case status`);
 * - `resolution_email`: sending the resolution email moves Resolved -> Pending Closure;
 * - `customer_message`: the customer writes on a Pending Input or Pending Closure case: back to Assigned;
 * - `closure`: the closure timer (7 calendar days after the resolution email, `sla.md` 6), or the
 *   testimonial follow-up, closes a Pending Closure case.
 */
export const TRANSITION_CAUSES = ['agent', 'resolution_email', 'customer_message', 'closure'] as const;
export type TransitionCause = (typeof TRANSITION_CAUSES)[number];

type Table = Record<CaseStatus, Partial<Record<CaseStatus, readonly TransitionCause[]>>>;

const AGENT = ['agent'] as const;
/** Where work on a case can go by hand from New, Assigned and the first pending statuses (but where it is). */
function working(from: CaseStatus): Partial<Record<CaseStatus, readonly TransitionCause[]>> {
  const moves: Partial<Record<CaseStatus, readonly TransitionCause[]>> = {
    assigned: AGENT,
    pending_input: AGENT,
    pending_product: AGENT,
    pending_development: AGENT,
    resolved: AGENT,
  };
  delete moves[from];
  return moves;
}

export const CASE_TRANSITIONS: Table = {
  new: working('new'),
  assigned: working('assigned'),
  pending_input: { ...working('pending_input'), assigned: ['agent', 'customer_message'] },
  pending_product: { ...working('pending_product'), pending_release: AGENT },
  pending_development: { ...working('pending_development'), pending_release: AGENT, moved_to_staging: AGENT },
  pending_release: { assigned: AGENT, moved_to_staging: AGENT, resolved: AGENT },
  moved_to_staging: { staging_pass: AGENT, staging_fail: AGENT },
  staging_pass: { pending_release: AGENT, resolved: AGENT },
  staging_fail: { assigned: AGENT, pending_development: AGENT },
  // Reopened by hand, or on to Pending Closure by the resolution email (not by hand).
  resolved: { assigned: AGENT, pending_closure: ['resolution_email'] },
  // The customer confirms (the agent closes it), answers (back to Assigned), or the closure timer runs out.
  pending_closure: { closed: ['agent', 'closure'], assigned: ['agent', 'customer_message'] },
  closed: {},
};

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

const label = (s: CaseStatus) => CASE_STATUS_LABELS[s];

/** Whether `cause` may move a case from `from` to `to`; when not, why and what to do instead. */
export function checkTransition(from: CaseStatus, to: CaseStatus, cause: TransitionCause = 'agent'): TransitionCheck {
  if (from === to) return { ok: false, reason: `the case is already ${label(to)}` };
  const causes = CASE_TRANSITIONS[from][to];
  if (causes?.includes(cause)) return { ok: true };
  return { ok: false, reason: `${label(from)} -> ${label(to)} is not a move ${causeWords(cause)}: ${insteadOf(from, to, causes)}` };
}

/** The statuses an agent can move a case to from `from`, in the vocabulary's order. */
export function agentMoves(from: CaseStatus): CaseStatus[] {
  return (Object.keys(CASE_TRANSITIONS[from]) as CaseStatus[]).filter((to) => CASE_TRANSITIONS[from][to]!.includes('agent'));
}

function causeWords(cause: TransitionCause): string {
  switch (cause) {
    case 'agent':
      return 'an agent makes by hand';
    case 'resolution_email':
      return 'the resolution email makes';
    case 'customer_message':
      return "a customer's message makes";
    case 'closure':
      return 'the closure timer makes';
  }
}

function insteadOf(from: CaseStatus, to: CaseStatus, causes: readonly TransitionCause[] | undefined): string {
  if (from === 'closed') return 'a closed case stays closed; a new request is a new case (split it from this one)';
  if (causes?.includes('resolution_email')) return `send the resolution email (template "resolution"): that moves it to ${label(to)}`;
  if (to === 'pending_closure') return `resolve it first, then send the resolution email (template "resolution")`;
  if (to === 'closed') return `resolve it and send the resolution email; it closes on the customer's confirmation or 7 days later`;
  const moves = agentMoves(from);
  return moves.length > 0 ? `from ${label(from)} it can go to ${moves.map(label).join(', ')}` : `nothing moves it from ${label(from)} by hand`;
}
