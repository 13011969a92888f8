import { z } from 'zod';
import { method } from './define';
import { openTargetModel, workItemModel } from './models';

/** How many at-risk items the tray lists (`queue.md` "Views": the window title / tray count). */
export const AT_RISK_TOP = 3;

/**
 * Counts where the agent looks (the desktop's window title, tray and dock badge): the items of
 * *My queue* whose timer is in warning or breached, and a way to show one of them from outside the
 * page (the tray's list), the same way a notification click does.
 */
export const attentionMethods = {
  'queue.atRisk': method(
    z.object({ limit: z.number().int().min(0).max(20).default(AT_RISK_TOP) }),
    z.object({ count: z.number().int(), top: z.array(workItemModel) }),
    'how many My queue items are in warning or breached, and the first `limit` of them in queue order',
  ),
  'queue.openItem': method(
    z.object({ id: z.string().min(1) }),
    openTargetModel,
    'shows one work item in every window (event `open`), as a notification click does (the tray list)',
  ),
} as const;
