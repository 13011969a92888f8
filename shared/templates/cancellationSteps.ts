/**
 * A cancellation request is not a template: the case shows its steps (`workflow.md` "Templates";
 * the enterprise case process: "if user in the paid plan asks ... downgrade the account first then we
 * will proceed with the cancellation").
 */

export interface CancellationStep {
  /** Stable id of the step (for a checklist's ticks). */
  id: 'check-plan' | 'downgrade' | 'cancel' | 'tell-account-manager';
  text: string;
}

/** Whether an organization's plan (free text in the workspace, e.g. "paid", "free") is a paid one. */
export function isPaidPlan(plan: string | null | undefined): boolean {
  return plan?.trim().toLowerCase() === 'paid';
}

const TELL_ACCOUNT_MANAGER: CancellationStep = {
  id: 'tell-account-manager',
  text: "Message the account's account manager as a heads-up that the customer asked to cancel.",
};
const CANCEL: CancellationStep = { id: 'cancel', text: 'Proceed with the cancellation, then confirm it to the customer.' };
const DOWNGRADE: CancellationStep = { id: 'downgrade', text: 'Downgrade the account from its paid plan first.' };

/**
 * The steps a case shows for a cancellation request, in order, for the organization's `plan`: a paid
 * plan is downgraded first; the account manager hears of it before the cancellation; an unknown plan
 * is checked first (and downgraded if it is paid).
 */
export function cancellationSteps(plan: string | null | undefined): CancellationStep[] {
  if (!plan?.trim()) {
    return [
      { id: 'check-plan', text: "Check the customer's plan: the organization has none recorded." },
      { id: 'downgrade', text: 'If it is a paid plan, downgrade the account first.' },
      TELL_ACCOUNT_MANAGER,
      CANCEL,
    ];
  }
  return isPaidPlan(plan) ? [DOWNGRADE, TELL_ACCOUNT_MANAGER, CANCEL] : [TELL_ACCOUNT_MANAGER, CANCEL];
}
