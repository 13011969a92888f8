/**
 * Troubleshooting a problem the agent cannot reproduce (`workflow.md` "Troubleshooting an
 * unreproducible problem"; the enterprise case process "How to troubleshoot a customer problem that
 * you cannot reproduce"): questions asked in order, browser, computer, user, firm (a test firm), ISP,
 * region. Each is answered yes (the problem shows there too: move on), no (it does not: that is the
 * scope, and the guide stops) or skipped (the user has no access to this: move on). The answers are
 * saved on the case as an internal note (`troubleshootingNote`).
 */

export type TroubleshootingStepId = 'browser' | 'computer' | 'user' | 'firm' | 'isp' | 'region';
export type TroubleshootingAnswer = 'yes' | 'no' | 'skipped';

export interface TroubleshootingStep {
  id: TroubleshootingStepId;
  /** Short name of the check ("Browser"). */
  label: string;
  /** What the agent does and asks; "yes" means the problem shows there too. */
  question: string;
  /** What a "no" here means: the problem only affects ... */
  scope: string;
}

export const TROUBLESHOOTING_STEPS: readonly TroubleshootingStep[] = [
  {
    id: 'browser',
    label: 'Browser',
    question: 'Ask the user to try a different web browser. Does the problem happen there too?',
    scope: 'a specific browser',
  },
  {
    id: 'computer',
    label: 'Computer',
    question: 'Ask the user to try a different computer. Does the problem happen there too?',
    scope: 'a specific computer',
  },
  {
    id: 'user',
    label: 'User',
    question: 'Does the problem happen for anyone else in their business?',
    scope: 'a specific user',
  },
  {
    id: 'firm',
    label: 'Firm',
    question: 'Give the user login credentials for a test firm. Does the problem happen there too?',
    scope: 'a specific firm',
  },
  {
    id: 'isp',
    label: 'ISP',
    question: 'Ask the user for their ISP and find other customers on the same ISP. Do they have the problem?',
    scope: 'a specific ISP',
  },
  {
    id: 'region',
    label: 'Region',
    question: 'Find other customers in the same region. Do they have the problem?',
    scope: 'a specific region',
  },
];

export const ANSWER_TEXT: Record<TroubleshootingAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  skipped: 'Skipped (the user has no access to this)',
};

export interface TroubleshootingWalk {
  /** The steps asked so far with their answers, in order. */
  asked: { step: TroubleshootingStep; answer: TroubleshootingAnswer }[];
  /** The step answered "no": the problem only affects that; null while none is. */
  scope: TroubleshootingStep | null;
  /** The step to ask next; null when the guide has ended (a "no", or every step answered). */
  next: TroubleshootingStep | null;
  /** The guide has ended. */
  done: boolean;
}

/**
 * Walks the steps with the answers given so far, in order. The first "no" is the scope and ends the
 * guide: an answer after it is refused (RangeError), as is an answer that is not yes, no or skipped.
 */
export function walkTroubleshooting(answers: readonly TroubleshootingAnswer[]): TroubleshootingWalk {
  if (answers.length > TROUBLESHOOTING_STEPS.length) {
    throw new RangeError(`answers: at most ${TROUBLESHOOTING_STEPS.length} (one per step), got ${answers.length}`);
  }
  const asked: TroubleshootingWalk['asked'] = [];
  for (const [i, answer] of answers.entries()) {
    const step = TROUBLESHOOTING_STEPS[i]!;
    if (!(answer in ANSWER_TEXT)) throw new RangeError(`answers[${i}] (${step.label}): expected yes, no or skipped, got ${JSON.stringify(answer)}`);
    asked.push({ step, answer });
    if (answer === 'no') {
      if (i < answers.length - 1) {
        throw new RangeError(`answers[${i + 1}]: the guide ended at ${step.label} (answered no), no step is asked after it`);
      }
      return { asked, scope: step, next: null, done: true };
    }
  }
  const next = TROUBLESHOOTING_STEPS[answers.length] ?? null;
  return { asked, scope: null, next, done: next === null };
}

/**
 * The internal note saved on the case: each step asked with its answer, then the scope found, "no
 * scope found" when every step passed, or, for a guide stopped early, the step it stopped before.
 */
export function troubleshootingNote(walk: TroubleshootingWalk): string {
  const lines = ['Troubleshooting (a problem we could not reproduce):'];
  for (const [i, { step, answer }] of walk.asked.entries()) {
    lines.push(`${i + 1}. ${step.label}: ${step.question} ${ANSWER_TEXT[answer]}`);
  }
  if (walk.scope) lines.push(`Scope: only affects ${walk.scope.scope} (${walk.scope.label}).`);
  else if (walk.done) lines.push('Scope: no scope found (every step passed).');
  else lines.push(`Scope: not found yet; stopped before ${walk.next!.label}.`);
  return lines.join('\n');
}
