import { z } from 'zod';
import { shown } from './fields';
import { describeIssues, formatPath, type FileIssue } from './issues';

/**
 * What lead-kept lists (rules, templates, ...) share: a list whose items are unique by a key, and
 * parsing untrusted input into an error whose issues name the field path
 * (`rules[2].actions[0].atLeast: expected P1..P6, got "P7"`).
 */

/** A list of `item`, each `key` at most once; `what` names the list in its type error ("rules"). */
export function uniqueList<T extends z.ZodType>(item: T, key: keyof z.output<T> & string, what: string) {
  return z.array(item, { error: (issue) => `expected a list of ${what}, got ${shown(issue.input)}` }).superRefine((list, ctx) => {
    const seen = new Set<unknown>();
    list.forEach((entry, index) => {
      const value = (entry as Record<string, unknown>)[key];
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index, key], message: `"${String(value)}" appears more than once` });
      seen.add(value);
    });
  });
}

/** Bad input to a lead-kept list; `issues` name the field path. */
export class InputIssuesError extends Error {
  constructor(readonly issues: FileIssue[]) {
    super(describeIssues(issues));
    this.name = new.target.name;
  }
}

/** `input` parsed by `schema`, or `Err` with every issue at its path (`at` prefixes it; `whole` names the value itself). */
export function parseWithPaths<T>(
  schema: z.ZodType<T>,
  input: unknown,
  at: readonly PropertyKey[],
  whole: string,
  Err: new (issues: FileIssue[]) => InputIssuesError = InputIssuesError,
): T {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new Err(
    parsed.error.issues.map((issue) => ({
      path: formatPath([...at, ...issue.path], whole),
      // An absent required key reads better as "required" than as a type mismatch on undefined.
      message: issue.code === 'invalid_type' && issue.input === undefined ? 'required, got nothing' : issue.message,
    })),
  );
}
