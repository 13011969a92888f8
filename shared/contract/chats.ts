import { z } from 'zod';
import { CHAT_OUTCOMES, type ChatOutcome } from '../domain/chatOutcomes';
import { localDate, shown } from '../interchange/fields';
import { method } from './define';

const agentRef = z.object({ id: z.string(), name: z.string() });

const outcome = z.custom<ChatOutcome>((v) => (CHAT_OUTCOMES as readonly unknown[]).includes(v), {
  error: (issue) => `expected an outcome 1..5, got ${shown(issue.input)}`,
});

const outcomeEntryModel = z.object({
  outcome: z.number(),
  label: z.string(),
  note: z.string().nullable(),
  at: z.string(),
  by: agentRef.nullable(),
});

/** A chat's outcomes: the one kept (the most severe; null: none yet) and every one given, oldest first. */
export const chatOutcomeModel = z.object({
  interactionId: z.string(),
  outcome: z.number().nullable(),
  label: z.string().nullable(),
  entries: z.array(outcomeEntryModel),
});
export type ChatOutcomeView = z.infer<typeof chatOutcomeModel>;

const countsModel = z.object({
  byOutcome: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
  none: z.number(),
  total: z.number(),
});

export const chatReportModel = z.object({
  day: z.string(),
  timeZone: z.string(),
  /** Each agent who had a chat that day (or the one asked for); `agent` null: chats nobody took. */
  agents: z.array(z.object({ agent: agentRef.nullable(), counts: countsModel })),
  /** The whole team, whoever was asked for. */
  team: countsModel,
});
export type ChatReport = z.infer<typeof chatReportModel>;

export const chatMethods = {
  'chats.outcome': method(
    z.object({ interactionId: z.string().min(1, 'expected an interaction id, got an empty text') }),
    chatOutcomeModel,
    "a chat's outcome (the most severe given) and every outcome given, with who and when",
  ),
  'chats.setOutcome': method(
    z.object({
      interactionId: z.string().min(1, 'expected an interaction id, got an empty text'),
      outcome,
      note: z.string().max(2000, 'note longer than 2000 characters').optional(),
    }),
    chatOutcomeModel,
    'gives a chat an outcome 1..5 (2, answered - unhappy, needs a note of the question), recorded with the agent using this device and the time; the most severe outcome given is kept',
  ),
  'reports.chats': method(
    z.object({ day: localDate, agentId: z.string().min(1, 'expected an agent id, got an empty text').optional() }),
    chatReportModel,
    "the daily chat report: the chats that began on a local day in the team's time zone, counted by outcome per agent and for the team",
  ),
} as const;
