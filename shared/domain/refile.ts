import type { EventKind } from './vocab';

/**
 * Re-filing (`workflow.md` "Case": a misfiled voicemail, email or message moves to the right case).
 * Timelines are append-only, so the entry stays where it was filed; the case it left records a
 * `refile` entry naming it (`extra.moved`: its instant and kind, which travel in the interchange
 * format), and from then on it no longer counts there: not for the SLA clock, not for who waits.
 */

/** Kinds of entries that can be re-filed: what a customer sent, or a call or chat filed from the queue. */
export const REFILABLE_KINDS: readonly EventKind[] = ['inbound', 'voicemail', 'call', 'chat'];

/** What a `refile` entry on the case an entry left says about it. */
export interface MovedEntry {
  at: string;
  kind: EventKind;
}

interface TimelinePoint {
  at: number;
  kind: EventKind;
  extra?: Record<string, unknown>;
}

function movedOf(point: TimelinePoint): MovedEntry | null {
  if (point.kind !== 'refile') return null;
  const moved = point.extra?.moved as MovedEntry | undefined;
  return moved && typeof moved.at === 'string' && typeof moved.kind === 'string' ? moved : null;
}

/** Whether a timeline entry was re-filed away from its case (a `refile` entry of the same timeline names it). */
export function movedOutKeys(timeline: readonly TimelinePoint[]): Set<string> {
  const out = new Set<string>();
  for (const p of timeline) {
    const moved = movedOf(p);
    if (moved) out.add(`${Date.parse(moved.at)}|${moved.kind}`);
  }
  return out;
}

/** Where each entry re-filed away from this case went: `at|kind` -> the id of the case it went to (the `refile` entry's `to`). */
export function movedOutTo(timeline: readonly (TimelinePoint & { to?: string | null })[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of timeline) {
    const moved = movedOf(p);
    if (moved && p.to) out.set(`${Date.parse(moved.at)}|${moved.kind}`, p.to);
  }
  return out;
}

/** The key `movedOutTo` reads an entry by. */
export function movedKey(p: TimelinePoint): string | null {
  return REFILABLE_KINDS.includes(p.kind) ? `${p.at}|${p.kind}` : null;
}

/** The entries that count on this case: all but those re-filed away from it. */
export function countingEntries<P extends TimelinePoint>(timeline: readonly P[]): readonly P[] {
  const moved = movedOutKeys(timeline);
  if (moved.size === 0) return timeline;
  return timeline.filter((p) => !(REFILABLE_KINDS.includes(p.kind) && moved.has(`${p.at}|${p.kind}`)));
}
