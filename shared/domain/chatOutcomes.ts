import { Temporal } from 'temporal-polyfill';

/**
 * Chat outcomes (`workflow.md` "Chat outcomes", SOP "Chat Reporting"): every chat gets one outcome,
 * numbered by severity. A chat that held several (questions, then a feature idea, then a blocker)
 * keeps the most severe, the highest number. "Answered - unhappy" carries a note of the question.
 */
export const CHAT_OUTCOMES = [1, 2, 3, 4, 5] as const;
export type ChatOutcome = (typeof CHAT_OUTCOMES)[number];

export const CHAT_OUTCOME_LABELS: Record<ChatOutcome, string> = {
  1: 'Answered - happy',
  2: 'Answered - unhappy',
  3: 'Added feature request',
  4: 'Reported a problem - workaround',
  5: 'Reported a problem - no workaround',
};

/** Short names for a table's columns and a chart's axis. */
export const CHAT_OUTCOME_SHORT: Record<ChatOutcome, string> = {
  1: 'Happy',
  2: 'Unhappy',
  3: 'Feature request',
  4: 'Workaround',
  5: 'No workaround',
};

/** The outcome that must come with a note of the customer's question. */
export const OUTCOME_NEEDING_NOTE: ChatOutcome = 2;

export const outcomeNeedsNote = (outcome: ChatOutcome): boolean => outcome === OUTCOME_NEEDING_NOTE;

export function isChatOutcome(value: unknown): value is ChatOutcome {
  return typeof value === 'number' && (CHAT_OUTCOMES as readonly number[]).includes(value);
}

/** The most severe (highest) of the outcomes a chat carries, or null when it has none. */
export function mostSevere(outcomes: readonly ChatOutcome[]): ChatOutcome | null {
  let kept: ChatOutcome | null = null;
  for (const o of outcomes) if (kept === null || o > kept) kept = o;
  return kept;
}

/** One outcome given to a chat: what, the note (outcome 2), who and when (ISO instant). */
export interface ChatOutcomeEntry {
  outcome: ChatOutcome;
  note: string | null;
  at: string;
  by: string | null;
}

/** The first instant of local `day` (YYYY-MM-DD) in `timeZone` and the first of the next day (a DST day is 23 or 25 hours). */
export function localDayBounds(day: string, timeZone: string): { start: number; end: number } {
  const date = Temporal.PlainDate.from(day, { overflow: 'reject' });
  const start = date.toZonedDateTime({ timeZone }).epochMilliseconds;
  const end = date.add({ days: 1 }).toZonedDateTime({ timeZone }).epochMilliseconds;
  return { start, end };
}

/** The local date (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDayOf(at: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** Counts of chats by outcome; `none` is chats still without an outcome; `total` counts them all. */
export interface OutcomeCounts {
  byOutcome: Record<`${ChatOutcome}`, number>;
  none: number;
  total: number;
}

/** What the report needs of one chat: who had it, when it began, its outcome kept (null: none yet). */
export interface ChatFact {
  agentId: string | null;
  since: number;
  outcome: ChatOutcome | null;
}

export interface ChatReportCounts {
  /** Every agent who had a chat that day (null: chats nobody took), in `agentId` order, unassigned last. */
  agents: { agentId: string | null; counts: OutcomeCounts }[];
  team: OutcomeCounts;
}

export function emptyCounts(): OutcomeCounts {
  return { byOutcome: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, none: 0, total: 0 };
}

function add(counts: OutcomeCounts, outcome: ChatOutcome | null): void {
  if (outcome === null) counts.none++;
  else counts.byOutcome[`${outcome}`]++;
  counts.total++;
}

/**
 * The daily chat report: the chats that began on local `day` in the team's `timeZone`, counted by
 * outcome per agent and for the whole team. Chats outside the day are ignored, so a caller may pass
 * a wider set.
 */
export function chatReportCounts(facts: Iterable<ChatFact>, day: string, timeZone: string): ChatReportCounts {
  const { start, end } = localDayBounds(day, timeZone);
  const team = emptyCounts();
  const perAgent = new Map<string | null, OutcomeCounts>();
  for (const f of facts) {
    if (f.since < start || f.since >= end) continue;
    let counts = perAgent.get(f.agentId);
    if (!counts) perAgent.set(f.agentId, (counts = emptyCounts()));
    add(counts, f.outcome);
    add(team, f.outcome);
  }
  const agents = [...perAgent.entries()]
    .map(([agentId, counts]) => ({ agentId, counts }))
    .sort((a, b) => (a.agentId === null ? 1 : b.agentId === null ? -1 : a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
  return { agents, team };
}
