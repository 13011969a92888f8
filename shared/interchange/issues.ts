/** One problem in a workspace file, located by its record path: `cases[17].priority`. */
export interface FileIssue {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[], whole = '(file)'): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || whole;
}

/** The first `max` issues, one per line, and how many more there were (`total`, when more were counted than kept). */
export function describeIssues(issues: readonly FileIssue[], max = 10, total = issues.length): string {
  const lines = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (total > max) lines.push(`... and ${total - max} more`);
  return lines.join('\n');
}

/** Whether an id exists already in the workspace the file is imported into. */
export type ExistingIds = (table: 'agents' | 'organizations' | 'contacts' | 'cases' | 'interactions', id: string) => boolean;
