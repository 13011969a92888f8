import { z } from 'zod';
import { CASE_STATUSES, CHANNELS, PRIORITIES } from '../domain/vocab';

/**
 * A queue filter (`docs/queue.md` "Filters"): within a list any value matches, the lists and the
 * text together must all match; an absent or empty list does not restrict. An item without the
 * field (a call has no status, an item without an organization) fails a list on that field.
 * `text` is searched as the agent types it (`shared/domain/searchQuery.ts`): never an error.
 * The same shape is `queue.list`'s `filter` and what `filters.save` keeps.
 */
export const QUEUE_FILTER_LIMITS = { values: 100, text: 200 } as const;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(QUEUE_FILTER_LIMITS.values).optional();

export const queueFilterModel = z.object({
  channel: list(z.enum(CHANNELS)),
  priority: list(z.enum(PRIORITIES)),
  status: list(z.enum(CASE_STATUSES)),
  organizationId: list(z.string().min(1)),
  label: list(z.string().min(1)),
  text: z.string().max(QUEUE_FILTER_LIMITS.text).optional(),
});
export type QueueFilter = z.infer<typeof queueFilterModel>;

export { normalizeQueueFilter } from '../domain/queueFilter';

/** A filter an agent saved under a name (`filters.save`). */
export const savedFilterModel = z.object({
  name: z.string(),
  filter: queueFilterModel,
  /** When it was last saved (ISO). */
  savedAt: z.string(),
});
export type SavedFilter = z.infer<typeof savedFilterModel>;

/** Options the filter controls offer: organizations and labels of the open items, with how many items each. */
export const queueFilterOptionsModel = z.object({
  organizations: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
  labels: z.array(z.object({ label: z.string(), count: z.number().int() })),
});
export type QueueFilterOptions = z.infer<typeof queueFilterOptionsModel>;
