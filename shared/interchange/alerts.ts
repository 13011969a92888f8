import { z } from 'zod';
import { AGENT_STATUSES, ALERT_DELIVERIES, ALERT_KINDS, SLA_CLASSES } from '../domain/vocab';
import { toIso, toIsoOrNull } from '../time/instant';
import { bool, id, instant, oneOf, requiredText, shown, text } from './fields';

/**
 * The alert history (our addition to the format, `docs/format.md`): every SLA warning and breach the
 * workspace has fired, so a workspace restored or moved through a file does not notify them again.
 * An alert is one per queue item, kind and deadline (its identity: the file carries no id); its
 * instants are read into epoch milliseconds. Keys an alert does not know are not kept.
 */

const ITEM_ID = /^(case|interaction):(.+)$/;

/** The queue item an alert is about: `case:<case id>` or `interaction:<interaction id>`. */
const itemId = z
  .string({ error: (issue) => `expected an item id (case:<id> or interaction:<id>), got ${shown(issue.input)}` })
  .regex(ITEM_ID, { error: (issue) => `expected an item id (case:<id> or interaction:<id>), got ${shown(issue.input)}` });

export const alertSchema = z
  .object(
    {
      itemId,
      caseId: id.nullable().default(null),
      key: requiredText,
      kind: oneOf(ALERT_KINDS, 'warning | breached'),
      slaClass: oneOf(SLA_CLASSES),
      deadline: instant,
      dueAt: instant,
      firedAt: instant,
      late: bool.default(false),
      delivery: oneOf(ALERT_DELIVERIES, 'notified | grouped | silenced').default('notified'),
      silencedBy: oneOf(AGENT_STATUSES).nullable().default(null),
      agentId: id.nullable().default(null),
      title: requiredText,
      body: text.default(''),
      readAt: instant.nullable().default(null),
    },
    { error: (issue) => `expected an alert object, got ${shown(issue.input)}` },
  )
  .superRefine((a, ctx) => {
    if ((a.delivery === 'silenced') !== (a.silencedBy !== null)) {
      const message =
        a.delivery === 'silenced' ? 'expected the agent status that silenced it (delivery is "silenced"), got null' : `expected null unless delivery is "silenced", got ${shown(a.silencedBy)}`;
      ctx.addIssue({ code: 'custom', path: ['silencedBy'], message });
    }
  });

export type AlertRecord = z.output<typeof alertSchema>;

/** The record an alert's item id names: `{ table: 'cases', id }` or `{ table: 'interactions', id }`. */
export function alertItem(itemIdText: string): { table: 'cases' | 'interactions'; id: string } {
  const m = ITEM_ID.exec(itemIdText)!;
  return { table: m[1] === 'case' ? 'cases' : 'interactions', id: m[2]! };
}

/** An alert as the format writes it (instants as ISO text, the keys in the schema's order). */
export function serializeAlert(a: AlertRecord): Record<string, unknown> {
  return {
    itemId: a.itemId,
    caseId: a.caseId,
    key: a.key,
    kind: a.kind,
    slaClass: a.slaClass,
    deadline: toIso(a.deadline),
    dueAt: toIso(a.dueAt),
    firedAt: toIso(a.firedAt),
    late: a.late,
    delivery: a.delivery,
    silencedBy: a.silencedBy,
    agentId: a.agentId,
    title: a.title,
    body: a.body,
    readAt: toIsoOrNull(a.readAt),
  };
}
