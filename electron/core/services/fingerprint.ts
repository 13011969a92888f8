import { createHash } from 'node:crypto';
import type { EventRecord } from '../../../shared/interchange/schema';

/** JSON with object keys sorted at every depth, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Fingerprints of a file's events: a hash of everything the event says, plus how many identical
 * events came before it in the same file. Importing the same file again yields the same
 * fingerprints (a no-op), while two genuinely repeated events (the same message sent twice) are both kept.
 */
export function eventFingerprints(events: readonly EventRecord[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const content = canonicalJson([e.caseId, e.at, e.kind, e.by, e.body, e.from, e.to, e.extra]);
    const n = seen.get(content) ?? 0;
    seen.set(content, n + 1);
    return createHash('sha256').update(`${content}\n${n}`).digest('hex');
  });
}
