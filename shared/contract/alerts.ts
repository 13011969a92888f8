import { z } from 'zod';
import { method } from './define';
import { alertModel, openTargetModel } from './models';

export const alertMethods = {
  'alerts.list': method(
    z.object({ limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ alerts: z.array(alertModel), unread: z.number().int() }),
    'the latest SLA alerts, newest first, and how many are unread (the notification centre)',
  ),
  'alerts.markRead': method(
    z.object({ ids: z.array(z.string()).optional() }),
    z.object({ unread: z.number().int() }),
    'marks these alerts read (all when ids is omitted)',
  ),
  'alerts.open': method(
    z.object({ ids: z.array(z.string().min(1)).min(1, 'expected at least one alert id') }),
    openTargetModel,
    'a notification was clicked: marks its alerts read and tells every window what to open (event `open`)',
  ),
} as const;
