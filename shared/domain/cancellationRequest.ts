/**
 * Whether a case is a cancellation request, so the case shows the cancellation steps
 * (shared/templates/cancellationSteps.ts; `workflow.md` "Templates": a cancellation request is not a
 * template, the case shows the steps). A case is one when it carries the label `cancellation`, or
 * when it is an admin task whose admin task type is "Cancellation" (both compared without case or
 * surrounding spaces). Nothing else (the subject, the description) makes a case one: an agent marks it
 * by adding the label.
 */

export const CANCELLATION_LABEL = 'cancellation';
export const CANCELLATION_ADMIN_TASK_TYPE = 'Cancellation';

const same = (a: string | null | undefined, b: string) => a?.trim().toLowerCase() === b.toLowerCase();

export function isCancellationRequest(c: { labels: readonly string[]; intake: { adminTaskType: string | null } }): boolean {
  return c.labels.some((label) => same(label, CANCELLATION_LABEL)) || same(c.intake.adminTaskType, CANCELLATION_ADMIN_TASK_TYPE);
}
