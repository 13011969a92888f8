/**
 * Large, realistic workspace files for benchmarks: N cases with a realistic mix of types,
 * statuses, priorities, channels and organizations, about 3 events per case and a few hundred
 * live or unfiled interactions. Deterministic for a given `{ cases, seed, now }`; about a second
 * per 100,000 cases. Content (subjects, descriptions, team, calendar) comes from the sample shift.
 */
import type { CaseStatus, CaseType, Channel, Priority } from '../../shared/domain/vocab';
import { CASE_TYPES, CHANNELS } from '../../shared/domain/vocab';
import { FORMAT, FORMAT_VERSION } from '../../shared/interchange/schema';
import { DAY, MINUTE, toIso } from '../../shared/time/instant';
import { CASE_ROWS } from '../../scripts/sample-shift/cases';
import { AGENTS, CALENDAR } from '../../scripts/sample-shift/people';
import { seededRandom, type Random } from '../../scripts/sample-shift/random';
import { CREATED_STATUS, reachableStatuses } from '../../scripts/sample-shift/statusPath';
import { caseType } from '../../scripts/sample-shift/timeline';

export interface GenerateOptions {
  /** How many cases (0 or more, whole). */
  cases: number;
  /** Seed of the pseudo-random choices; same seed, same file. */
  seed: number;
  /** Epoch milliseconds the workspace looks live at: everything happened before it. */
  now: number;
}

/** Priorities each type offers (`workflow.md` "Types, default statuses and priorities"), with weights. */
const PRIORITIES_BY_TYPE: Record<CaseType, { values: Priority[]; weights: number[] }> = {
  request_for_service: { values: ['P3', 'P4', 'P5', 'P6'], weights: [1, 3, 4, 4] },
  admin_task: { values: ['P1', 'P2', 'P6'], weights: [1, 4, 3] },
  enhancement: { values: ['P1', 'P2', 'P3', 'P6'], weights: [1, 2, 4, 5] },
  bug: { values: ['P1', 'P2', 'P3', 'P6'], weights: [1, 3, 4, 2] },
};
const TYPE_WEIGHTS = [50, 15, 15, 20]; // in CASE_TYPES order
const CHANNEL_WEIGHTS = [20, 20, 5, 55]; // in CHANNELS order
/** Most of a large workspace is history: done cases outweigh open ones about two to one. */
const STATUS_WEIGHT: Record<CaseStatus, number> = {
  new: 3, assigned: 8, pending_input: 5, pending_product: 5, pending_development: 5, pending_release: 2,
  moved_to_staging: 1, staging_pass: 1, staging_fail: 1, resolved: 4, pending_closure: 6, closed: 55,
};
const LABELS: [string, number][] = [['EB', 0.1], ['billing', 0.06], ['onboarding', 0.05], ['cancellation', 0.02]];

const ORG_WORDS = ['Bright', 'Sun', 'Prairie', 'Lake', 'Mesa', 'Green', 'North', 'Harbor', 'Cedar', 'Summit', 'River', 'Golden', 'Blue', 'Pine', 'Canyon', 'Coastal', 'Valley', 'Aurora', 'Granite', 'Maple'];
const ORG_KINDS = ['Solar', 'Energy', 'Roof & Solar', 'Electric', 'Solar Design', 'Home Energy', 'Power Systems', 'Renewables'];
const FIRST = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Casey', 'Morgan', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Drew', 'Reese', 'Robin', 'Kendall', 'Harper', 'Rowan'];
const LAST = ['Garcia', 'Nguyen', 'Smith', 'Patel', 'Johnson', 'Kim', 'Brown', 'Lopez', 'Miller', 'Davis', 'Wilson', 'Moore', 'Clark', 'Lewis', 'Young', 'Walker'];

const DONE: readonly CaseStatus[] = ['resolved', 'pending_closure', 'closed'];

function checkOptions({ cases, seed, now }: GenerateOptions): void {
  if (!Number.isInteger(cases) || cases < 0) throw new RangeError(`cases must be a whole number 0 or more, got ${cases}`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a number, got ${seed}`);
  if (!Number.isFinite(now)) throw new RangeError(`now must be epoch milliseconds, got ${now}`);
}

function people(count: number, rng: Random, idPrefix: string, domain: string, organizationId: string | null, start: number) {
  return Array.from({ length: count }, (_, i) => {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const n = start + i;
    return {
      id: `${idPrefix}${n}`,
      name: `${first} ${last}`,
      email: `${first}.${last}.${n}@${domain}`.toLowerCase(),
      phone: `+1 555-555-${String(n % 10000).padStart(4, '0')}`,
      organizationId,
    };
  });
}

export function generateWorkspace(options: GenerateOptions): unknown {
  checkOptions(options);
  const { cases: caseCount, now } = options;
  const rng = seededRandom(options.seed);
  const minute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
  const nowMinute = minute(now);

  const agents = AGENTS.map((a) => ({ ...a }));
  const agentIds = agents.map((a) => a.id);

  const orgCount = Math.max(8, Math.round(caseCount / 100));
  const organizations = Array.from({ length: orgCount }, (_, i) => {
    const paid = rng.chance(0.7);
    return {
      id: `o${i + 1}`,
      name: `${ORG_WORDS[i % ORG_WORDS.length]}${['path', 'ward', 'field', 'view', 'ridge'][Math.floor(i / ORG_WORDS.length) % 5]} ${rng.pick(ORG_KINDS)} ${i + 1}`,
      priority: rng.chance(0.08),
      plan: paid ? 'paid' : 'free',
      licenses: paid ? rng.int(2, 150) : rng.int(1, 3),
    };
  });
  const contacts: ReturnType<typeof people> = [];
  const contactsOf: string[][] = [];
  organizations.forEach((org, i) => {
    const staff = people(rng.int(1, 4), rng, 'c', `org${i + 1}.example.com`, org.id, contacts.length + 1);
    contacts.push(...staff);
    contactsOf.push(staff.map((c) => c.id));
  });
  const homeowners = people(Math.max(3, Math.round(orgCount / 4)), rng, 'c', 'example.org', null, contacts.length + 1);
  contacts.push(...homeowners);

  const rowsByType = new Map(CASE_TYPES.map((t) => [t, CASE_ROWS.filter((r) => caseType(r) === t)]));
  const statusesByType = new Map(
    CASE_TYPES.map((t) => {
      const values = reachableStatuses(t);
      return [t, { values, weights: values.map((s) => STATUS_WEIGHT[s]) }];
    }),
  );

  // Ages first, oldest first, so that keys follow creation order.
  const ages = Array.from({ length: caseCount }, () => Math.max(MINUTE, Math.round(rng.next() ** 2 * 365 * DAY)));
  ages.sort((a, b) => b - a);

  const cases: Record<string, unknown>[] = new Array(caseCount);
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < caseCount; i++) {
    const type = rng.weighted(CASE_TYPES, TYPE_WEIGHTS);
    const { values, weights } = statusesByType.get(type)!;
    let status = rng.weighted(values, weights);
    const createdAt = minute(nowMinute - ages[i]!);
    const age = nowMinute - createdAt;
    // Engineering work and done cases take days; a case younger than a day is still early.
    if (age < DAY) status = CREATED_STATUS[type];
    const open = !DONE.includes(status);
    const orgIndex = rng.chance(0.95) ? rng.int(0, orgCount - 1) : -1;
    const org = orgIndex >= 0 ? organizations[orgIndex]! : null;
    const reporter = org ? rng.pick(contactsOf[orgIndex]!) : rng.pick(homeowners).id;
    let priority = rng.weighted(PRIORITIES_BY_TYPE[type].values, PRIORITIES_BY_TYPE[type].weights);
    if (org?.priority && priority > 'P2') priority = 'P2';
    const channel: Channel = rng.weighted(CHANNELS, CHANNEL_WEIGHTS);
    const row = rng.pick(rowsByType.get(type)!);
    const assigneeId = status === 'new' && rng.chance(0.6) ? null : rng.pick(agentIds);
    const id = `k${i + 1}`;
    cases[i] = {
      id,
      key: `C-${10001 + i}`,
      subject: row.subject,
      description: row.description,
      type,
      status,
      priority,
      channel,
      channels: channel === 'email' || status === CREATED_STATUS[type] ? [channel] : [channel, 'email'],
      organizationId: org?.id ?? null,
      reporterId: reporter,
      assigneeId,
      labels: LABELS.filter(([, p]) => rng.chance(p)).map(([label]) => label),
      createdAt: toIso(createdAt),
      urgent: open && rng.chance(0.03),
      agreedUpdateAt: open && rng.chance(0.03) ? toIso(nowMinute + rng.int(-6 * 60, 3 * 24 * 60) * MINUTE) : null,
    };

    // Timeline: the request, then (once worked) a reply and the status it reached, sometimes a
    // customer follow-up that waits on us. Times are whole minutes, strictly increasing, before now.
    events.push({ caseId: id, at: toIso(createdAt), kind: 'inbound', by: null, body: row.description });
    if (status === CREATED_STATUS[type] && rng.chance(0.5)) continue;
    const by = assigneeId ?? rng.pick(agentIds);
    const span = Math.max(0, age / MINUTE - 1);
    if (span < 3) continue;
    const m1 = Math.max(1, Math.floor(span * (0.3 + rng.next() * 0.3)));
    const m2 = Math.max(m1 + 1, Math.floor(span * (0.65 + rng.next() * 0.15)));
    const m3 = Math.max(m2 + 1, Math.floor(span * (0.85 + rng.next() * 0.14)));
    const [t1, t2, t3] = [m1, m2, m3].map((m) => createdAt + m * MINUTE) as [number, number, number];
    events.push({ caseId: id, at: toIso(t1), kind: 'public_reply', by, body: `Hi, thanks for reaching out about "${row.subject}". We are on it.` });
    if (status !== CREATED_STATUS[type]) {
      events.push({ caseId: id, at: toIso(t2), kind: 'status', by, body: null, from: CREATED_STATUS[type], to: status });
    }
    if (open && rng.chance(0.3)) {
      events.push({ caseId: id, at: toIso(t3), kind: 'inbound', by: null, body: 'Any update on this? Thanks.' });
    }
  }

  const interactions = Array.from({ length: Math.min(400, Math.max(12, Math.round(caseCount * 0.004))) }, (_, i) => {
    const state = rng.chance(0.5) ? 'waiting' : 'done';
    const channel = rng.weighted(CHANNELS, [10, 20, 30, 40]);
    const live = channel === 'phone' || channel === 'chat';
    const agoMinutes = state === 'done' ? rng.int(10, 7 * 24 * 60) : live ? rng.int(1, 50) : rng.int(60, 3 * 24 * 60);
    const linked = caseCount > 0 && rng.chance(0.3) ? (cases[rng.int(0, caseCount - 1)] as { id: string; reporterId: string }) : null;
    const row = rng.pick(CASE_ROWS);
    return {
      id: `i${i + 1}`,
      channel,
      state,
      since: toIso(nowMinute - agoMinutes * MINUTE),
      contactId: linked?.reporterId ?? rng.pick(contacts).id,
      caseId: linked?.id ?? null,
      priority: live ? rng.weighted(['P1', 'P2', 'P4', 'P5', 'P6'] as Priority[], [1, 2, 4, 4, 4]) : null,
      urgent: live && rng.chance(0.05),
      assigneeId: state === 'done' || rng.chance(0.2) ? rng.pick(agentIds) : null,
      subject: row.subject,
      body: row.description,
    };
  });

  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    calendar: CALENDAR,
    agents,
    organizations,
    contacts,
    cases,
    events,
    interactions,
  };
}
