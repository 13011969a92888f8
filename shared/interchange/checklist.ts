import { z } from 'zod';
import { CHECKLIST_AUTO_RULES, CHECKLIST_PARTS, checklistTemplateSchema, type ChecklistDayItem } from '../domain/checklist';
import { id, instant, localDate, shown } from './fields';
import { toIso } from '../time/instant';

/**
 * The daily checklist in the interchange format (docs/format.md, docs/checklist.md): the optional
 * top-level `checklistTemplate` (the lead-edited template; absent or null: the workspace keeps its
 * own) and `checklistDays` (each agent's kept checklists, one per agent per local day; instants ISO).
 */

export const checklistTemplateFileSchema = checklistTemplateSchema;

const dayItemSchema = z.object({
  id: z.string({ error: (issue) => `expected an item id, got ${shown(issue.input)}` }).min(1, 'expected an item id'),
  part: z.enum(CHECKLIST_PARTS, { error: (issue) => `expected start, middle or end, got ${shown(issue.input)}` }),
  text: z.string({ error: (issue) => `expected text, got ${shown(issue.input)}` }).min(1, 'the item’s text is empty'),
  auto: z.enum(CHECKLIST_AUTO_RULES, { error: (issue) => `expected one of ${CHECKLIST_AUTO_RULES.join(', ')} or null, got ${shown(issue.input)}` }).nullable().default(null),
  done: z.boolean({ error: (issue) => `expected true or false, got ${shown(issue.input)}` }).default(false),
  at: instant.nullable().default(null),
  how: z.enum(['hand', 'auto'], { error: (issue) => `expected hand, auto or null, got ${shown(issue.input)}` }).nullable().default(null),
  evidence: z.string().nullable().default(null),
  lowest: z.object({ count: z.number().int().nonnegative(), at: instant }).nullable().optional(),
});

export const checklistDaySchema = z.object({
  agentId: id,
  day: localDate,
  items: z.array(dayItemSchema, { error: (issue) => `expected a list of items, got ${shown(issue.input)}` }),
});
export type ChecklistDayRecord = { agentId: string; day: string; items: ChecklistDayItem[] };

/** The kept days, each agent's day once. */
export const checklistDaysSchema = z
  .array(checklistDaySchema, { error: (issue) => `expected a list of checklist days, got ${shown(issue.input)}` })
  .superRefine((days, ctx) => {
    const seen = new Map<string, number>();
    days.forEach((d, i) => {
      const key = `${d.agentId}|${d.day}`;
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i], message: `the checklist of ${d.agentId} on ${d.day} is already [${first}]` });
      else seen.set(key, i);
    });
  });

/** A kept day as the file writes it (instants ISO; no nulls for what was never set). */
export function serializeChecklistDay(d: ChecklistDayRecord): Record<string, unknown> {
  return {
    agentId: d.agentId,
    day: d.day,
    items: d.items.map((i) => ({
      id: i.id,
      part: i.part,
      text: i.text,
      auto: i.auto,
      done: i.done,
      at: i.at === null ? null : toIso(i.at),
      how: i.how,
      evidence: i.evidence,
      ...(i.lowest ? { lowest: { count: i.lowest.count, at: toIso(i.lowest.at) } } : {}),
    })),
  };
}
