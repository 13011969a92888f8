import { z } from 'zod';
import { localDate } from '../interchange/fields';
import { CHECKLIST_AUTO_RULES, CHECKLIST_PARTS, checklistTemplateSchema, checklistTemplateItemSchema } from '../domain/checklist';
import { QUEUE_VIEWS } from '../domain/vocab';
import { method } from './define';

/**
 * The agent's daily checklist (`workflow.md` "The agent's day", `docs/checklist.md`): one per agent
 * per local day (the agent's time zone), made from the lead-edited template on its first read and
 * kept as history. Items the app can observe tick themselves after the commits that could change
 * them, with the time and the evidence; the rest are ticked by hand, each agent on their own list.
 * Instants are ISO 8601; days are local dates (YYYY-MM-DD).
 */

export const checklistItemModel = z.object({
  id: z.string(),
  part: z.enum(CHECKLIST_PARTS),
  text: z.string(),
  auto: z.enum(CHECKLIST_AUTO_RULES).nullable(),
  done: z.boolean(),
  /** When it was ticked; null when not done. */
  at: z.string().nullable(),
  /** The wall-clock time it was ticked in the agent's zone (HH:MM); null when not done. */
  time: z.string().nullable(),
  how: z.enum(['hand', 'auto']).nullable(),
  /** What the app saw ("No chat waiting at 09:20"); null for hand ticks. */
  evidence: z.string().nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemModel>;

export const checklistDayModel = z.object({
  agentId: z.string(),
  agentName: z.string(),
  timeZone: z.string(),
  /** The agent's local date. */
  day: z.string(),
  items: z.array(checklistItemModel),
  done: z.number().int(),
  total: z.number().int(),
  /** Whether the agent using this device may tick it (their own checklist). */
  canTick: z.boolean(),
  /** The agent's previous checklist (yesterday's, or the last day kept before it) with its unfinished items only. */
  previous: z.object({ day: z.string(), items: z.array(checklistItemModel) }).nullable(),
});
export type ChecklistDay = z.infer<typeof checklistDayModel>;

export const checklistTemplateModel = z.object({
  items: z.array(checklistTemplateItemSchema),
  /** Whether these are the built-in defaults (nothing saved or imported). */
  isDefault: z.boolean(),
  /** Whether the agent using this device is a lead (only leads may save). */
  canEdit: z.boolean(),
});
export type ChecklistTemplateInForce = z.infer<typeof checklistTemplateModel>;

export const checklistMethods = {
  'checklist.today': method(
    z.object({ agentId: z.string().min(1).optional(), day: localDate.optional() }),
    checklistDayModel,
    'the daily checklist of an agent (default: the one using this device) for a local day (default: today in the agent’s zone); today’s is made from the template on its first read; another day answers only if kept',
  ),
  'checklist.tick': method(
    z.object({ itemId: z.string().min(1, 'expected an item id'), done: z.boolean({ error: 'expected done: true or false' }), day: localDate.optional() }),
    checklistDayModel,
    'ticks (or unticks) an item of your own checklist by hand (default: today’s)',
  ),
  'checklist.viewed': method(
    z.object({ view: z.enum(QUEUE_VIEWS, { error: `expected one of ${QUEUE_VIEWS.join(', ')}` }) }),
    z.object({ ticked: z.array(z.string()) }),
    'the agent using this device opened a queue view: items that follow views tick themselves (Unassigned opened after the last sweep)',
  ),
  'checklist.history': method(
    z.object({ agentId: z.string().min(1, 'expected an agent id'), from: localDate, to: localDate }),
    z.object({ agentId: z.string(), days: z.array(z.object({ day: z.string(), done: z.number().int(), total: z.number().int(), items: z.array(checklistItemModel) })) }),
    'the agent’s kept checklists from `from` to `to` (local dates, inclusive; at most 400 days), oldest first',
  ),
  'checklist.template': method(z.object({}), checklistTemplateModel, 'the checklist template in force (Start / Middle / End)'),
  'checklist.saveTemplate': method(
    z.object({ items: checklistTemplateSchema }),
    checklistTemplateModel,
    'replaces the checklist template (leads only; recorded in the audit list); checklists already made keep their items, the next day’s follow the new template',
  ),
} as const;
