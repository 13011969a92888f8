import type { QueueView } from '../../../shared/domain/vocab';

/** The views whose rows say who an item is assigned to: not My queue (all yours) nor Unassigned (nobody's). */
export function showsAssignee(view: QueueView): boolean {
  return view !== 'my' && view !== 'unassigned';
}

/**
 * Who an item is assigned to, as its row says it: "You", a colleague's name (`names`: the agents of
 * `agents.list` by id), "Unassigned"; "Another agent" for one the list does not have, and null while
 * the agents are not read yet.
 */
export function assigneeText(assigneeId: string | null, me: string | null, names: ReadonlyMap<string, string>): string | null {
  if (assigneeId === null) return 'Unassigned';
  if (assigneeId === me) return 'You';
  if (names.size === 0) return null;
  return names.get(assigneeId) ?? 'Another agent';
}
