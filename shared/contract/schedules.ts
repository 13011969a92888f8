import { z } from 'zod';
import { WEEKDAYS } from '../domain/vocab';
import { method } from './define';

/**
 * Schedules (`workflow.md` "The agent's day", `docs/schedules.md`): each agent's weekly windows in
 * their own time zone, and their SLA upkeep blocks (at least two days a week, at least an hour each).
 * Leads edit both; everyone reads them. The reminders they bring run in the core's schedule
 * scheduler. Instants are ISO 8601; local times HH:MM in the agent's zone.
 */

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time HH:MM (00:00-24:00)');
const window = z
  .tuple([clock, clock])
  .refine(([a, b]) => a < b, 'expected a window whose end is after its start');
const week = z.partialRecord(z.enum(WEEKDAYS), z.array(window));

export const upkeepBlockModel = z.object({
  day: z.enum(WEEKDAYS),
  start: clock,
  minutes: z.number().int('expected a whole number of minutes'),
});
export type UpkeepBlockInput = z.infer<typeof upkeepBlockModel>;

export const agentScheduleModel = z.object({
  agentId: z.string(),
  name: z.string(),
  timeZone: z.string(),
  schedule: week,
  blocks: z.array(upkeepBlockModel),
  /** The shifts of the agent's local day today, and the next shift's start (ISO), for the team board and the dialog. */
  today: z.array(z.object({ from: z.string(), to: z.string(), start: z.string(), end: z.string() })),
  nextShiftStart: z.string().nullable(),
});
export type AgentSchedule = z.infer<typeof agentScheduleModel>;

export const scheduleMethods = {
  'schedules.get': method(z.object({ agentId: z.string().min(1) }), agentScheduleModel, "an agent's weekly schedule (their time zone) and SLA upkeep blocks"),
  'schedules.set': method(
    z.object({ agentId: z.string().min(1), schedule: week }),
    agentScheduleModel,
    "replaces an agent's weekly windows (lead only; recorded)",
  ),
  'schedules.setUpkeep': method(
    z.object({ agentId: z.string().min(1), blocks: z.array(upkeepBlockModel) }),
    agentScheduleModel,
    "replaces an agent's SLA upkeep blocks: at least two days a week, at least 60 minutes each (lead only; recorded)",
  ),
} as const;
