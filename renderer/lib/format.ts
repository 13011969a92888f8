import { formatWait } from '../../shared/time/formatWait';
import { DAY, parseIso } from '../../shared/time/instant';

/** Waiting time from an ISO instant to `now` (epoch ms); never negative. */
export function waitingSince(iso: string, now: number): string {
  return formatWait(Math.max(0, now - parseIso(iso)));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'near' | 'far' | 'full', timeZone: string | undefined): Intl.DateTimeFormat {
  const cacheKey = `${kind}|${timeZone ?? ''}`;
  let found = formatters.get(cacheKey);
  if (!found) {
    const base: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    const options: Intl.DateTimeFormatOptions =
      kind === 'near'
        ? { ...base, weekday: 'short' }
        : kind === 'far'
          ? { ...base, day: 'numeric', month: 'short', year: 'numeric' }
          : { ...base, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZoneName: 'short' };
    try {
      found = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      // An unknown time zone in the agent's record: fall back to this device's.
      found = new Intl.DateTimeFormat('en-GB', options);
    }
    formatters.set(cacheKey, found);
  }
  return found;
}

const FORMAT_KINDS = ['near', 'far', 'full'] as const;

/**
 * Builds the instant formats for `timeZone` ahead of need, one per idle moment. The first
 * `Intl.DateTimeFormat` for a zone loads locale and zone data (about 30 ms in Chromium); built
 * lazily, that lands in whichever frame first shows such a date, e.g. mid-scroll through the queue.
 */
export function prepareInstantFormats(timeZone: string | undefined): () => void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => globalThis.setTimeout(run, 1));
  const cancel = globalThis.cancelIdleCallback ?? globalThis.clearTimeout;
  let pending = 0;
  const next = ([kind, ...rest]: readonly (typeof FORMAT_KINDS)[number][]) => {
    if (kind === undefined) return;
    pending = idle(() => {
      formatter(kind, timeZone).format(0);
      next(rest);
    }) as number;
  };
  next(FORMAT_KINDS);
  return () => cancel(pending);
}

/**
 * An instant in the agent's time zone: "Tue 10:30" within six days of `now`, else
 * "3 Mar 2026, 10:30" (a weekday alone would be ambiguous).
 */
export function formatInstant(iso: string, timeZone: string | undefined, now: number): string {
  const at = parseIso(iso);
  const near = Math.abs(now - at) < 6 * DAY;
  return formatter(near ? 'near' : 'far', timeZone).format(at);
}

/** The full form, for tooltips: "Tuesday 24 November 2026 at 10:30 CET". */
export function formatInstantFull(iso: string, timeZone: string | undefined): string {
  return formatter('full', timeZone).format(parseIso(iso));
}
