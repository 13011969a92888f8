import { z } from 'zod';
import { method } from './define';
import { queueFilterModel, savedFilterModel } from './queueFilter';

export const SAVED_FILTER_NAME_MAX = 60;
export const SAVED_FILTERS_MAX = 50;

const name = z.string().trim().min(1, 'a saved filter needs a name').max(SAVED_FILTER_NAME_MAX);

/** Saved queue filters, kept in the workspace per session agent (`docs/queue.md` "Saved filters"). */
export const filterMethods = {
  'filters.list': method(z.object({}), z.array(savedFilterModel), "the session agent's saved filters, by name"),
  'filters.save': method(
    z.object({ name, filter: queueFilterModel }),
    savedFilterModel,
    'saves a filter under a name for the session agent (the same name replaces it)',
  ),
  'filters.remove': method(z.object({ name }), z.object({ removed: z.literal(true) }), "removes one of the session agent's saved filters"),
} as const;
