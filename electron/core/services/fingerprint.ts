import { hash } from 'node:crypto';
import type { EventRecord } from '../../../shared/interchange/schema';
import type { EventRepository } from '../db/repositories/types';

/** JSON with object keys sorted at every depth, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Everything an event says, as text: `canonicalJson` of the list, the plain `JSON.stringify` of its scalars. */
function eventContent(e: EventRecord): string {
  const scalars = JSON.stringify([e.caseId, e.at, e.kind, e.by, e.body, e.from, e.to]);
  return `${scalars.slice(0, -1)},${canonicalJson(e.extra)}]`;
}

/**
 * Fingerprints of a file's events, one at a time in file order: a hash of everything the event says,
 * plus how many identical events came before it in the same file. Importing the same file again
 * yields the same fingerprints (a no-op), while two genuinely repeated events (the same message sent
 * twice) are both kept. Remembers only a short digest per distinct event (an import reads 300,000).
 */
export function createFingerprinter(): (event: EventRecord) => string {
  const seen = new Map<string, number>();
  return (e) => {
    const content = eventContent(e);
    const first = hash('sha256', `${content}\n0`, 'hex');
    const key = first.slice(0, 16);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? first : hash('sha256', `${content}\n${n}`, 'hex');
  };
}

/** The fingerprints of a list of events (a file's, or the events one action records). */
export function eventFingerprints(events: readonly EventRecord[]): string[] {
  return events.map(createFingerprinter());
}

/** Appends the events one action records, each with its fingerprint (the repository skips one already stored). */
export function appendEvents(events: EventRepository, list: readonly EventRecord[]): void {
  const prints = eventFingerprints(list);
  list.forEach((e, i) => events.append(e, prints[i]!));
}
