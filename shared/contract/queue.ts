import { z } from 'zod';
import { QUEUE_VIEWS } from '../domain/vocab';
import { method } from './define';
import { workItemModel } from './models';
import { queueFilterModel, queueFilterOptionsModel } from './queueFilter';

export const QUEUE_PAGE_MAX = 500;

export const queueMethods = {
  'queue.list': method(
    z.object({
      view: z.enum(QUEUE_VIEWS).default('all'),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().positive().max(QUEUE_PAGE_MAX).default(100),
      /** Narrows the view (docs/queue.md "Filters"); `total` counts what passes it. */
      filter: queueFilterModel.optional(),
    }),
    z.object({ total: z.number().int(), offset: z.number().int(), items: z.array(workItemModel) }),
    'one window of a queue view (optionally filtered and searched), in the order of docs/queue.md, with its total',
  ),
  'queue.counts': method(
    z.object({}),
    // Every view is always present; partial only so that older callers' types stay valid.
    z.partialRecord(z.enum(QUEUE_VIEWS), z.number().int()),
    'the number of items in each queue view (unfiltered)',
  ),
  'queue.filterOptions': method(
    z.object({}),
    queueFilterOptionsModel,
    'the organizations and labels of the open items, with counts, for the filter controls',
  ),
  'queue.take': method(
    z.object({ itemId: z.string().min(1) }),
    workItemModel,
    'assigns an unassigned item to the session agent (refused when taken by somebody else or the agent is Unavailable / On leave)',
  ),
} as const;
