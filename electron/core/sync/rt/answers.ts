import { z } from 'zod';

/**
 * The shapes of RT 5.0.3 REST2 answers the connector reads (docs/rt-test-server.md FINDINGS). Every
 * answer is checked against one of these before it is used, so a surprise is a `malformed` SyncError
 * naming the path (`describeIssue`), never an `undefined` deep in the mapping. Only the keys read are
 * listed; RT's others pass through unchecked.
 */

/** Ids are numbers on `GET /ticket/N` but strings in collections and create answers. */
const id = z.union([z.string().regex(/^\d+$/), z.number().int()]).transform(String);
/** Numbers such as Priority are strings. */
const numeric = z.union([z.string().regex(/^-?\d+$/), z.number().int()]).transform(Number);
/** A reference to another record: `{type, id, _url}`; users are named by Name. */
const ref = z.object({ id: z.union([z.string(), z.number()]).transform(String) });

export const errorAnswer = z.object({ message: z.string() });

export const customFieldValue = z.object({
  id,
  name: z.string(),
  /** `[]` when empty; `[null]` after a PUT of `[]`. */
  values: z.array(z.string().nullable()),
});

export const ticketAnswer = z.object({
  id,
  Subject: z.string(),
  Status: z.string(),
  Queue: ref,
  Owner: ref,
  Requestor: z.array(ref),
  Created: z.string(),
  LastUpdated: z.string(),
  Priority: numeric,
  CustomFields: z.array(customFieldValue),
  /** Links among them: `{ref: 'parent' | 'child' | 'depends-on' | 'depended-on-by' | 'refers-to' | 'referred-to-by', id}`. */
  _hyperlinks: z.array(z.object({ ref: z.string(), id: z.union([z.string(), z.number()]).transform(String).optional() })).default([]),
});
export type RtTicket = z.infer<typeof ticketAnswer>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    count: z.number().int(),
    page: z.number().int(),
    per_page: z.number().int(),
    /** null when the user cannot see every record of that kind. */
    total: z.number().nullable().optional(),
    items: z.array(item),
  });
}

/** `POST /tickets` search items with `fields=Queue,LastUpdated`. */
export const ticketHit = z.object({ id, Queue: ref, LastUpdated: z.string() });
export type RtTicketHit = z.infer<typeof ticketHit>;

export const queueItem = z.object({ id, Name: z.string() });

/** History items with `fields=Type,Field,OldValue,NewValue,Created,Creator`. */
export const transactionItem = z.object({
  id,
  Type: z.string(),
  Field: z.string().nullable(),
  OldValue: z.string().nullable(),
  NewValue: z.string().nullable(),
  Created: z.string(),
  Creator: ref,
});
export type RtTransaction = z.infer<typeof transactionItem>;

/** Attachments with `fields=TransactionId,ContentType,Content`: Content is text in the collection. */
export const attachmentItem = z.object({ TransactionId: id, ContentType: z.string(), Content: z.string().nullable() });
export type RtAttachment = z.infer<typeof attachmentItem>;

/** `GET /user/N`: what any privileged user may see of another (RT hides the rest without AdminUsers). */
export const userAnswer = z.object({
  Name: z.string(),
  RealName: z.string().nullable().optional(),
  EmailAddress: z.string().nullable().optional(),
  Privileged: z.union([z.number(), z.string()]).transform((v) => Number(v) === 1),
});
export type RtUser = z.infer<typeof userAnswer>;

/** POST /ticket: the new ticket's id. */
export const createdAnswer = z.object({ id });

/** PUT /ticket/N, POST correspond/comment: a list of human messages, even when they failed. */
export const messagesAnswer = z.array(z.string());

/** The path of a zod issue as `CustomFields[0].values`. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(the whole answer)';
}

/** "at CustomFields[0].values: expected an array". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'RT answered something unexpected';
  const what =
    issue.code === 'invalid_type'
      ? issue.input === undefined
        ? `missing (expected ${article(issue.expected)})`
        : `expected ${article(issue.expected)}`
      : issue.message;
  return `RT answered something unexpected at ${issuePath(issue.path)}: ${what}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
