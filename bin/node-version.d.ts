export const MINIMUM_NODE: string;
export function isAtLeast(version: string, minimum: string): boolean;
export function nodeVersionProblem(version: string, what: string, execPath?: string): string | null;
