import { z } from 'zod';
import { shown } from './fields';
import { describeIssues, formatPath, type FileIssue } from './issues';

/**
 * What lead-kept lists (rules, templates, ...) share: a list whose items are unique by a key, and
 * parsing untrusted input into an error whose issues name the field path
 * (`rules[2].actions[0].atLeast: expected P1..P6, got "P7"`).
 */

/** How a unique list words its errors: what it expected, and a repeated key (with the index of its first use). */
export interface UniqueListWords {
  list: string;
  duplicate(value: unknown, first: number): string;
}

/** A list of `item`, each `key` at most once (the workspace file's teams and releases, the lead's rules and templates). */
export function uniqueList<T extends z.ZodType>(item: T, key: keyof z.output<T> & string, words: UniqueListWords) {
  return z.array(item, { error: (issue) => `expected ${words.list}, got ${shown(issue.input)}` }).superRefine((list, ctx) => {
    const seen = new Map<unknown, number>();
    list.forEach((entry, index) => {
      const value = (entry as Record<string, unknown>)[key];
      const first = seen.get(value);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [index, key], message: words.duplicate(value, first) });
      else seen.set(value, index);
    });
  });
}

/** A lead-kept list's words: "expected a list of rules", `"x" appears more than once`. */
export const listOf = (what: string): UniqueListWords => ({ list: `a list of ${what}`, duplicate: (value) => `"${String(value)}" appears more than once` });

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
