import { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES, CHANNELS, INTERACTION_STATES, PRIORITIES } from '../domain/vocab';
import { bool, instant, oneOf, shown } from '../interchange/fields';
import { method } from './define';
import { caseDetailModel, workItemModel } from './models';

/**
 * Intake and filing (`queue.md` "Work items", issue 4 item 4): calls and chats logged by hand, live
 * events pushed by phone and chat systems (the local intake endpoint, `docs/intake.md`), voicemails
 * and emails filed into a new or an existing case.
 */

/** What each channel's system may say about one interaction (`intake.push`'s `status`). */
export const INTAKE_STATUSES = {
  phone: ['ringing', 'held', 'answered', 'ended'],
  chat: ['waiting', 'answered', 'ended'],
  voicemail: ['received'],
  email: ['received'],
} as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[keyof typeof INTAKE_STATUSES][number];
/** Statuses that put (or keep) an interaction in the queue; the others take it out (state `done`). */
export const WAITING_INTAKE_STATUSES: readonly IntakeStatus[] = ['ringing', 'held', 'waiting', 'received'];

/** A phone or chat system's name: letters, digits, `_` and `-` (it becomes part of the interaction id). */
export const INTAKE_SOURCE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
/** Largest text a pushed or logged interaction may carry (an email body, a transcript). */
export const INTAKE_TEXT_MAX = 200_000;

const limited = (max: number, what = 'text') =>
  z
    .string({ error: (issue) => `expected ${what}, got ${shown(issue.input)}` })
    .trim()
    .max(max, `${what} longer than ${max} characters`);
const required = (max: number, what = 'text') => limited(max, what).min(1, `expected ${what}, got an empty text`);
const email = z
  .string({ error: (issue) => `expected an email address, got ${shown(issue.input)}` })
  .trim()
  .max(320, 'email address longer than 320 characters')
  .pipe(z.email({ error: (issue) => `expected an email address, got ${shown(issue.input)}` }));
const priority = oneOf(PRIORITIES, 'P1..P6');

/** Audio the renderer may play with `<audio>`: https anywhere, plain http only on this machine (the CSP's `media-src`). */
export function isPlayableAudioUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname);
}
const audioUrl = z
  .string({ error: (issue) => `expected a URL, got ${shown(issue.input)}` })
  .max(2000, 'URL longer than 2000 characters')
  .refine(isPlayableAudioUrl, {
    error: (issue) => `expected an https URL (or http on 127.0.0.1/localhost), got ${shown(issue.input)}`,
  });

/** Who called or wrote, as the system knows them; matched to a contact by email, then phone (else a new contact). */
export const intakePersonSchema = z.object(
  { name: limited(200, 'a name').optional(), phone: limited(50, 'a phone number').optional(), email: email.optional() },
  { error: (issue) => `expected { name, phone, email }, got ${shown(issue.input)}` },
);

const pushCommon = {
  /** The sending system, e.g. "pbx" or "livechat". With `externalId` it identifies the interaction. */
  source: z
    .string({ error: (issue) => `expected a source name, got ${shown(issue.input)}` })
    .regex(INTAKE_SOURCE, 'expected a source name of letters, digits, _ or - (at most 40)'),
  /** The sending system's own id of the call, chat, voicemail or email. */
  externalId: required(200, 'an id'),
  /** When it happened (default: when it arrives). For `ringing` and `waiting` it is the start of the wait. */
  at: instant.optional(),
  from: intakePersonSchema.optional(),
  subject: limited(300).optional(),
  priority: priority.optional(),
  urgent: bool.optional(),
  /** The agent it is routed to (agent id or email); an unknown agent leaves it unassigned. */
  agent: required(320, 'an agent id or email').optional(),
  /** A case key the customer gave (phone menu, chat form); an unknown key is ignored. */
  caseKey: required(64, 'a case key').optional(),
};

const statusOf = <C extends keyof typeof INTAKE_STATUSES>(channel: C) => oneOf(INTAKE_STATUSES[channel], INTAKE_STATUSES[channel].join(' | '));

export const intakePushSchema = z.discriminatedUnion(
  'channel',
  [
    z.object({ ...pushCommon, channel: z.literal('phone'), status: statusOf('phone'), body: limited(INTAKE_TEXT_MAX).optional() }),
    z.object({ ...pushCommon, channel: z.literal('chat'), status: statusOf('chat'), body: limited(INTAKE_TEXT_MAX).optional() }),
    z.object({
      ...pushCommon,
      channel: z.literal('voicemail'),
      status: statusOf('voicemail'),
      transcript: limited(INTAKE_TEXT_MAX).optional(),
      audioUrl: audioUrl.optional(),
      durationSeconds: z.number({ error: (issue) => `expected a number of seconds, got ${shown(issue.input)}` }).nonnegative().optional(),
    }),
    z.object({
      ...pushCommon,
      channel: z.literal('email'),
      status: statusOf('email'),
      body: limited(INTAKE_TEXT_MAX),
      headers: z
        .record(z.string(), limited(8000), { error: (issue) => `expected an object of header texts, got ${shown(issue.input)}` })
        .refine((h) => Object.keys(h).length <= 200, 'more than 200 headers')
        .optional(),
    }),
  ],
  {
    error: (issue) => {
      const input = issue.input;
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return `expected an intake event object, got ${shown(input)}`;
      return `expected channel phone | chat | voicemail | email, got ${shown((input as Record<string, unknown>).channel)}`;
    },
  },
);
export type IntakePush = z.input<typeof intakePushSchema>;
export type ParsedIntakePush = z.output<typeof intakePushSchema>;

/** The contact of a logged call or chat: an existing contact's id, or a new contact's name (phone, email, organization optional). */
const logContact = z
  .object(
    {
      id: required(200, 'a contact id').optional(),
      name: limited(200, 'a name').optional(),
      phone: limited(50, 'a phone number').optional(),
      email: email.optional(),
      organizationId: required(200, 'an organization id').optional(),
    },
    { error: (issue) => `expected { id } or { name, phone, email }, got ${shown(issue.input)}` },
  )
  .superRefine((c, ctx) => {
    if (c.id === undefined && !c.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'expected a name for a new contact (or the id of an existing one)' });
    }
  });

/** A new case's reporter typed by the agent (an unknown caller): an existing contact with that email or phone is used, else one is added. */
const reporter = z.object(
  { name: required(200, 'a name'), phone: limited(50, 'a phone number').optional(), email: email.optional() },
  { error: (issue) => `expected { name, phone, email }, got ${shown(issue.input)}` },
);

/** How an interaction left the queue without a case: an agent marked it done, or logged it by hand (a conversation that already happened). */
export const DONE_HOWS = ['marked_done', 'logged'] as const;

export const interactionDetailModel = z.object({
  id: z.string(),
  channel: z.enum(CHANNELS),
  state: z.enum(INTERACTION_STATES),
  since: z.string(),
  /** The last status its system sent (null for records imported or logged by hand). */
  status: z.string().nullable(),
  source: z.string().nullable(),
  externalId: z.string().nullable(),
  subject: z.string().nullable(),
  /** The message, transcript or note. */
  body: z.string().nullable(),
  from: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
  contact: z
    .object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), organizationName: z.string().nullable() })
    .nullable(),
  priority: z.enum(PRIORITIES).nullable(),
  urgent: z.boolean(),
  assigneeId: z.string().nullable(),
  /** Email headers as received. */
  headers: z.record(z.string(), z.string()).nullable(),
  /** A voicemail's recording, playable with `<audio src>`. */
  audioUrl: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  /** The case it belongs to (given by the customer, or filed into). */
  case: z.object({ id: z.string(), key: z.string(), subject: z.string() }).nullable(),
  /** When it was filed into `case` (null: not filed). */
  filedAt: z.string().nullable(),
  /** Taken out of the queue without a case (`interactions.markDone`), or logged by hand as done: when and by whom; null otherwise. */
  done: z
    .object({ at: z.string(), by: z.object({ id: z.string(), name: z.string() }).nullable(), how: z.enum(DONE_HOWS) })
    .nullable(),
  /** The item it shows as in the queue, or null when it is not waiting. */
  item: workItemModel.nullable(),
});
export type InteractionDetail = z.infer<typeof interactionDetailModel>;

export const caseSearchHitModel = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(PRIORITIES),
  open: z.boolean(),
  createdAt: z.string(),
  organizationName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
});
export type CaseSearchHit = z.infer<typeof caseSearchHitModel>;

export const CASE_SEARCH_LIMIT = 20;

export const intakeMethods = {
  'interactions.log': method(
    z.object({
      channel: oneOf(['phone', 'chat'], 'phone | chat'),
      contact: logContact,
      subject: required(300, 'a subject'),
      note: limited(10_000).optional(),
      priority: priority.nullable().default(null),
      urgent: bool.default(false),
      /** When the call or chat started (default now; never later than now). */
      since: instant.optional(),
      /** Assign it to the agent using this device (default; refused while they are Unavailable or On leave); false leaves it unassigned. */
      assignToMe: bool.default(true),
    }),
    interactionDetailModel,
    'records a call or chat the agent had (the quick form) as done: not in the queue, ready to file into a case; a new contact when no id is given',
  ),
  'intake.push': method(
    intakePushSchema,
    z.object({
      interactionId: z.string(),
      state: z.enum(INTERACTION_STATES),
      status: z.string(),
      /** False when the event changed nothing (a repeat, or older than what is known). */
      changed: z.boolean(),
      /** The event named an `agent` it was not routed to, and why (no such agent; Unavailable or On leave); null otherwise. */
      notRouted: z.string().nullable(),
      /** Its queue item, or null when it is not waiting (answered, ended, filed). */
      item: workItemModel.nullable(),
    }),
    "what phone and chat systems send (the intake endpoint): creates or updates the interaction of source + externalId; idempotent",
  ),
  'interactions.get': method(z.object({ id: required(300, 'an interaction id') }), interactionDetailModel, 'one interaction with its content (transcript, body, headers, audio)'),
  'interactions.markDone': method(
    z.object({ id: required(300, 'an interaction id') }),
    interactionDetailModel,
    'takes a call, chat or voicemail out of the queue without a case (answered, returned); records who and when',
  ),
  'interactions.undoDone': method(
    z.object({ id: required(300, 'an interaction id') }),
    interactionDetailModel,
    "undoes Mark done: the item is back in the queue as it was (refused when it was filed since, or its system said it was answered or ended)",
  ),
  'interactions.file': method(
    z
      .object({
        id: required(300, 'an interaction id'),
        /** Append to this existing case... */
        caseId: required(200, 'a case id').optional(),
        /** ...or create a new case (reporter: the interaction's contact). */
        newCase: z
          .object({
            subject: required(300, 'a subject'),
            type: oneOf(CASE_TYPES, CASE_TYPES.join(' | ')),
            priority,
            urgent: bool.default(false),
            /** Assign the new case to the agent using this device (default: the interaction's assignee, if any). */
            assignToMe: bool.default(false),
            /** The reporter as the agent typed it (an unknown caller), found by email or phone, else added (default: the interaction's contact). */
            reporter: reporter.optional(),
          })
          .optional(),
      })
      .superRefine((v, ctx) => {
        if ((v.caseId === undefined) === (v.newCase === undefined)) {
          ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'give either caseId (append) or newCase (new case), not both or neither' });
        }
      }),
    caseDetailModel,
    'files an interaction into a new or an existing case: its content goes on the timeline, it leaves the queue (one transaction)',
  ),
  'cases.search': method(
    z.object({ text: required(200, 'search text') }),
    z.object({ cases: z.array(caseSearchHitModel) }),
    'cases to file into, by key, contact name or email, or organization name: that exact key first, then open before closed, newest first; at most 20',
  ),
  'intake.info': method(
    z.object({}),
    z.object({
      /** `http://127.0.0.1:<port>/intake`; null until an app has run the endpoint on this workspace. */
      url: z.string().nullable(),
      token: z.string(),
      /** Whether an app announced the endpoint as running (it may have crashed since). */
      running: z.boolean(),
      port: z.number().int().nullable(),
    }),
    "the local intake endpoint's address and this workspace's token (for the phone or chat system's admin)",
  ),
} as const;
