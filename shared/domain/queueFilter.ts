import type { QueueFilter } from '../contract/queueFilter';

/**
 * The same filter without repeats, empty lists or blank text (what is stored and compared). Apart
 * from the filter's schema (`shared/contract/queueFilter.ts`), so the renderer's first screen needs no zod.
 */
export function normalizeQueueFilter(filter: QueueFilter): QueueFilter {
  const out: QueueFilter = {};
  for (const field of ['channel', 'priority', 'status', 'organizationId', 'label'] as const) {
    const values = filter[field];
    if (values && values.length > 0) (out as Record<string, unknown>)[field] = [...new Set<string>(values)];
  }
  const text = filter.text?.trim();
  if (text) out.text = text;
  return out;
}
