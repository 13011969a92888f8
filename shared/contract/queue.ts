import { z } from 'zod';
import { QUEUE_VIEWS } from '../domain/vocab';
import { method } from './define';
import { workItemModel } from './models';

export const QUEUE_PAGE_MAX = 500;

export const queueMethods = {
  'queue.list': method(
    z.object({
      view: z.enum(QUEUE_VIEWS).default('all'),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().positive().max(QUEUE_PAGE_MAX).default(100),
    }),
    z.object({ total: z.number().int(), offset: z.number().int(), items: z.array(workItemModel) }),
    'one window of a queue view, in the order of queue.md, with its total',
  ),
  'queue.counts': method(
    z.object({}),
    z.record(z.enum(QUEUE_VIEWS), z.number().int()),
    'the number of items in each queue view',
  ),
} as const;
