/**
 * Instants cross the contract and the interchange format as ISO 8601 strings; the core stores
 * them as epoch milliseconds. These helpers convert without reading the wall clock.
 */

/** ISO 8601 in UTC, without milliseconds when they are zero: `2026-03-02T14:05:00Z`. */
export function toIso(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

export function toIsoOrNull(ms: number | null): string | null {
  return ms === null ? null : toIso(ms);
}

/** Parses an ISO 8601 instant; throws on anything `Date` cannot read. */
export function parseIso(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${JSON.stringify(iso)}`);
  return ms;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
