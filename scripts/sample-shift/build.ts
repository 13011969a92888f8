/**
 * Writes resources/sample-shift/sample-shift.json, the sample shift a new workspace can load.
 * Deterministic: the hand-written tables (people.ts, cases.ts, interactions.ts) and a seeded
 * random generator for the rest. Run: npx tsx scripts/sample-shift/build.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SAMPLE_ANCHOR } from '../../resources/sample-shift/anchor';
import { FORMAT, FORMAT_VERSION } from '../../shared/interchange/schema';
import { describeIssues, parseWorkspaceFile } from '../../shared/interchange/validate';
import { MINUTE, toIso } from '../../shared/time/instant';
import { businessBefore, parseBusinessAge, parseCalendarOffset } from './businessTime';
import { CASE_ROWS, type CaseRow } from './cases';
import { INTERACTION_ROWS } from './interactions';
import { AGENTS, CALENDAR, CONTACTS, ORGANIZATIONS, contactById } from './people';
import { seededRandom, type Random } from './random';
import { caseSteps, caseType, type Step } from './timeline';

const SEED = 20260303;
const FIRST_KEY = 1001;

/** Business minutes before the anchor for each step: the first at the case's age, the rest spread after it. */
function placeSteps(steps: readonly Step[], ageMinutes: number, waitingOnUs: boolean, rng: Random): number[] {
  const tailShare = waitingOnUs ? 0.01 + rng.next() * 0.07 : 0.05 + rng.next() * 0.25;
  const tail = Math.max(1, Math.round(ageMinutes * tailShare));
  const soonGaps = steps.map((s, i) => (i > 0 && s.soon ? rng.int(1, 4) : 0));
  const weights = steps.map((s, i) => (i === 0 || s.soon ? 0 : (s.weight ?? 1) * (0.5 + rng.next())));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const spread = ageMinutes - tail - soonGaps.reduce((a, b) => a + b, 0);
  const ages: number[] = [];
  let at = ageMinutes;
  steps.forEach((_, i) => {
    if (i > 0) at = Math.min(at - 1, Math.round(at - soonGaps[i]! - (totalWeight ? (spread * weights[i]!) / totalWeight : 0)));
    ages.push(at);
  });
  const last = ages[ages.length - 1]!;
  if (last < 1) throw new RangeError(`a case aged ${ageMinutes} business minutes is too young for ${steps.length} timeline steps`);
  return ages;
}

function buildCases(rng: Random) {
  // Keys follow creation order: the oldest case has the lowest key.
  const order = CASE_ROWS.map((row, index) => ({ row, index, age: jittered(parseBusinessAge(row.age), row.age, rng) })).sort((a, b) => b.age - a.age || a.index - b.index);
  const keyOf = new Map<number, number>();
  order.forEach((o, i) => keyOf.set(o.index, FIRST_KEY + i));
  let closedSeen = 0;

  const createdAtOfRow = new Map<number, number>();
  const cases: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  for (const { row, index, age } of order) {
    const n = keyOf.get(index)!;
    const id = `k${n}`;
    const key = `C-${n}`;
    const closingStyle = row.status === 'closed' && closedSeen++ % 3 === 2 ? 'timed_out' : 'confirmed';
    const steps = caseSteps(row, key, closingStyle, rng);
    const ages = placeSteps(steps, age, waitingOnUs(steps), rng);
    const contact = contactById(row.rep);
    createdAtOfRow.set(index, businessBefore(SAMPLE_ANCHOR, age));
    const channels = new Set([row.ch]);
    // The resolved date: the last move to Resolved or Pending Closure (the resolution email), as the app sets it.
    const resolvedStep = steps.map((st, i) => ({ st, i })).filter(({ st }) => st.kind === 'status' && (st.to === 'resolved' || st.to === 'pending_closure')).at(-1);
    if (row.ch !== 'email' && steps.some((s) => s.kind === 'public_reply')) channels.add('email');
    cases.push({
      id,
      key,
      subject: row.subject,
      description: row.description,
      type: caseType(row),
      status: row.status,
      priority: row.p,
      channel: row.ch,
      channels: [...channels],
      organizationId: contact.organizationId,
      reporterId: contact.id,
      assigneeId: row.who,
      labels: row.labels ?? [],
      createdAt: toIso(createdAtOfRow.get(index)!),
      urgency: row.urgency ?? 'none',
      agreedUpdateAt: row.agreed ? toIso(SAMPLE_ANCHOR + parseCalendarOffset(row.agreed) * MINUTE) : null,
      ...(resolvedStep && row.status !== 'closed' && { resolvedAt: toIso(businessBefore(SAMPLE_ANCHOR, ages[resolvedStep.i]!)) }),
      ...(row.testimonial && { possibleTestimonial: true }),
    });
    steps.forEach((s, i) => {
      events.push({
        caseId: id,
        at: toIso(businessBefore(SAMPLE_ANCHOR, ages[i]!)),
        kind: s.kind,
        by: s.by,
        body: s.body,
        ...(s.from !== undefined || s.to !== undefined ? { from: s.from ?? null, to: s.to ?? null } : {}),
      });
    });
  }
  return { cases, events, idOfRow: (row: number) => `k${keyOf.get(row)}`, createdAtOfRow: (row: number) => createdAtOfRow.get(row)! };
}

/** Ages given in hours, days or weeks are approximate: spread them so cases do not all start on the hour. */
function jittered(minutes: number, age: string, rng: Random): number {
  if (age.endsWith('m')) return minutes;
  const spread = Math.max(5, Math.round(minutes / 10));
  return minutes + rng.int(-spread, spread);
}

/** The customer wrote last (after our last public reply). */
function waitingOnUs(steps: readonly Step[]): boolean {
  const messages = steps.filter((s) => s.kind === 'inbound' || s.kind === 'public_reply');
  return messages[messages.length - 1]?.kind === 'inbound';
}

function buildInteractions(idOfRow: (row: number) => string, createdAtOfRow: (row: number) => number) {
  return INTERACTION_ROWS.map((x, i) => {
    if (x.caseRow !== undefined) {
      const row: CaseRow | undefined = CASE_ROWS[x.caseRow];
      if (!row || row.rep !== x.contact) {
        throw new RangeError(`interaction ${i}: case row ${x.caseRow} is not reported by contact ${x.contact}`);
      }
    }
    let since: number;
    if (x.ago !== 'case created') since = SAMPLE_ANCHOR - x.ago * MINUTE;
    else if (x.caseRow !== undefined && CASE_ROWS[x.caseRow]?.ch === x.channel) since = createdAtOfRow(x.caseRow);
    else throw new RangeError(`interaction ${i}: only an item that opened a case by the same channel starts when it was created`);
    return {
      id: `i${i + 1}`,
      channel: x.channel,
      state: x.state,
      since: toIso(since),
      contactId: x.contact,
      caseId: x.caseRow === undefined ? null : idOfRow(x.caseRow),
      priority: x.priority ?? null,
      urgent: x.urgent ?? false,
      assigneeId: x.assignee ?? null,
      subject: x.subject,
      body: x.body,
    };
  });
}

function buildSampleFile(): Record<string, unknown> {
  const rng = seededRandom(SEED);
  const { cases, events, idOfRow, createdAtOfRow } = buildCases(rng);
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    calendar: CALENDAR,
    agents: AGENTS,
    organizations: ORGANIZATIONS,
    contacts: CONTACTS,
    cases,
    events,
    interactions: buildInteractions(idOfRow, createdAtOfRow),
  };
}

function main(): void {
  const file = buildSampleFile();
  const parsed = parseWorkspaceFile(file);
  if (!parsed.ok) {
    console.error(`the sample shift is not a valid workspace file:\n${describeIssues(parsed.issues)}`);
    process.exit(1);
  }
  const out = resolve(import.meta.dirname, '../../resources/sample-shift/sample-shift.json');
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${out}: ${parsed.file.cases.length} cases, ${parsed.file.events.length} events, ${parsed.file.interactions.length} interactions`);
}

main();
