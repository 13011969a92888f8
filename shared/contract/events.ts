import { z } from 'zod';
import { jobProgressModel } from './jobs';
import { notificationModel, openTargetModel } from './models';

/** What changed, so each window re-reads only the rows it shows. */
export const CHANGE_TOPICS = ['workspace', 'cases', 'interactions', 'agents', 'session', 'alerts', 'settings', 'filters', 'sweep', 'audit', 'checklist', 'sync'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

export const events = {
  changed: z.object({ topics: z.array(z.enum(CHANGE_TOPICS)) }),
  /** An SLA notification to show now. The desktop's main process shows its own; browser mode shows this one. */
  notify: notificationModel,
  /** A notification was clicked: show this item or the notification centre. */
  open: openTargetModel,
  /** A long job (import, export, moving every deadline, rebuilding the queue) moved on, or ended. */
  progress: jobProgressModel,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

