/**
 * Deadline benchmark (issue 3): how fast one calendar's deadlines are recomputed.
 *   npx tsx test/bench/deadlines.ts            (prints a table)
 *   import { runDeadlineBench } from './deadlines'  (rows for scripts/bench.js)
 *
 * - build: the interval table of America/Chicago Mon-Fri 09:00-17:00 with US holidays for
 *   2026-2027 (median of several builds; the first, cold build also loads Temporal's zone data).
 * - ours: 100,000 deadlines (whole-minute starts spread over 2026, targets 2 h / 8 h / 24 h business
 *   in turn) with `businessClock`, median of several runs.
 * - dayjs-business-time: the same 100,000 deadlines with the npm library on the same calendar.
 *   It works in the process's local time zone, so the process runs it with TZ=America/Chicago and
 *   passes/reads epoch milliseconds: both sides get and return the same instants, the library's
 *   own time-zone handling (the OS's zone rules through Date) included. It counts whole minutes,
 *   hence whole-minute starts. Fewer runs (it is slow); the ratio uses medians.
 */
import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import { pathToFileURL } from 'node:url';
import { buildCalendarTable, businessClock, type CalendarInput } from '../../shared/time/calendar';
import { HOUR, MINUTE, toIso } from '../../shared/time/instant';

export interface Row {
  name: string;
  medianMs: number;
  runs: number;
  note: string;
}

const ZONE = 'America/Chicago';
const HOLIDAYS = [
  '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-11-27', '2026-12-25',
  '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-07-05', '2027-09-06', '2027-11-25', '2027-11-26', '2027-12-24',
];
const NINE_TO_FIVE = [['09:00', '17:00']] as const;
const CALENDAR: CalendarInput = {
  timeZone: ZONE,
  week: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: NINE_TO_FIVE },
  holidays: HOLIDAYS,
};
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2028, 0, 1);
const CASES = 100_000;
const TARGETS = [2 * HOUR, 8 * HOUR, 24 * HOUR];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Deterministic whole-minute starts over 2026 (mulberry32). */
function starts(seed: number): Float64Array {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const minutesIn2026 = 365 * 24 * 60;
  return Float64Array.from({ length: CASES }, () => FROM + Math.floor(random() * minutesIn2026) * MINUTE);
}

function withTimeZone<T>(zone: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone; // Node re-reads TZ when it is assigned.
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

function dayjsDeadlines(from: Float64Array): Float64Array {
  return withTimeZone(ZONE, () => {
    const out = new Float64Array(from.length);
    for (let i = 0; i < from.length; i++) {
      out[i] = dayjs(from[i]!).addBusinessMinutes(TARGETS[i % 3]! / MINUTE).valueOf();
    }
    return out;
  });
}

export async function runDeadlineBench(options: { runs?: number; baselineRuns?: number } = {}): Promise<Row[]> {
  const runs = options.runs ?? 7;
  const baselineRuns = options.baselineRuns ?? 3;
  const rows: Row[] = [];

  const cold = time(() => buildCalendarTable(CALENDAR, FROM, TO));
  const builds: number[] = [];
  let intervals = 0;
  for (let r = 0; r < runs; r++) builds.push(time(() => (intervals = buildCalendarTable(CALENDAR, FROM, TO).starts.length)));
  rows.push({
    name: 'build 2-year table',
    medianMs: median(builds),
    runs,
    note: `${intervals} intervals; first build in this process ${cold.toFixed(1)} ms (Temporal warming up)`,
  });
  // A zone this process has not used yet, once Temporal is warm: what a second workspace calendar costs.
  const otherZone = time(() => buildCalendarTable({ ...CALENDAR, timeZone: 'Europe/Berlin' }, FROM, TO));
  rows.push({ name: 'build 2-year table, new zone', medianMs: otherZone, runs: 1, note: 'Europe/Berlin, first use of that zone' });

  const from = starts(1);
  const clock = businessClock(CALENDAR, { from: FROM, to: TO });
  const ours = new Float64Array(CASES);
  const compute = () => {
    for (let i = 0; i < CASES; i++) ours[i] = clock.add(from[i]!, TARGETS[i % 3]!);
  };
  compute(); // warm-up
  const oursTimes: number[] = [];
  for (let r = 0; r < runs; r++) oursTimes.push(time(compute));
  const oursMedian = median(oursTimes);
  rows.push({ name: `${CASES} deadlines (businessClock)`, medianMs: oursMedian, runs, note: 'targets 2 h / 8 h / 24 h business' });

  dayjs.extend(dayjsBusinessTime);
  dayjs.setHolidays(HOLIDAYS);
  const segment = [{ start: '09:00:00', end: '17:00:00' }];
  dayjs.setBusinessTime({ sunday: null, monday: segment, tuesday: segment, wednesday: segment, thursday: segment, friday: segment, saturday: null });
  let theirs: Float64Array = new Float64Array(0);
  const theirTimes: number[] = [];
  for (let r = 0; r < baselineRuns; r++) theirTimes.push(time(() => (theirs = dayjsDeadlines(from))));
  const theirMedian = median(theirTimes);
  let agree = 0;
  let firstDiff = '';
  for (let i = 0; i < CASES; i++) {
    if (theirs[i] === ours[i]) agree++;
    else if (!firstDiff) firstDiff = `; first difference: start ${toIso(from[i]!)} + ${TARGETS[i % 3]! / HOUR} h: ours ${toIso(ours[i]!)}, dayjs ${toIso(theirs[i]!)}`;
  }
  rows.push({
    name: `${CASES} deadlines (dayjs-business-time)`,
    medianMs: theirMedian,
    runs: baselineRuns,
    note: `${(theirMedian / oursMedian).toFixed(0)}x slower than businessClock; ${agree}/${CASES} identical deadlines${firstDiff}`,
  });
  return rows;
}

function print(rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(width)}  ${'median'.padStart(10)}  runs  note`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${`${r.medianMs.toFixed(1)} ms`.padStart(10)}  ${String(r.runs).padStart(4)}  ${r.note}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  print(await runDeadlineBench());
}
