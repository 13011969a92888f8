import { z } from 'zod';

/** What changed, so each window re-reads only the rows it shows. */
export const CHANGE_TOPICS = ['workspace', 'cases', 'interactions', 'agents', 'session'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

export const events = {
  changed: z.object({ topics: z.array(z.enum(CHANGE_TOPICS)) }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

