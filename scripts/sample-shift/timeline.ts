import type { CaseStatus, EventKind } from '../../shared/domain/vocab';
import type { CaseRow } from './cases';
import { LEAD, contactById, firstName, ORGANIZATIONS, AGENTS } from './people';
import type { Random } from './random';
import { statusPath } from './statusPath';

/**
 * Writes one sample case's timeline as steps in order: how it came in, who took it, what was
 * said, and the status moves that brought it to its status (`statusPath`). Each step is either
 * `soon` after the previous one (a reply and its status change) or spaced by a weight.
 */
export interface Step {
  kind: EventKind;
  by: string | null;
  body: string | null;
  from?: string | null;
  to?: string | null;
  /** A minute or two after the previous step, instead of a share of the case's life. */
  soon?: boolean;
  /** Relative share of the time since the previous step (default 1). */
  weight?: number;
}

const TYPE_NAME = { R: 'request_for_service', A: 'admin_task', E: 'enhancement', B: 'bug' } as const;

export function caseType(row: CaseRow) {
  return TYPE_NAME[row.type];
}

/** Open statuses in which support owes the customer progress updates. */
const CHECK_IN_STATUSES: readonly CaseStatus[] = ['assigned', 'pending_product', 'pending_development', 'pending_release', 'moved_to_staging', 'staging_pass'];

const RESOLVING = [
  'delivering a great design!',
  'squashing this bug for good!',
  'making your site run smoothly again!',
  'getting your crews back to full speed!',
];

function agentFirst(id: string): string {
  return firstName(AGENTS.find((a) => a.id === id)?.name ?? 'Support');
}

export function caseSteps(row: CaseRow, key: string, closingStyle: 'confirmed' | 'timed_out', rng: Random): Step[] {
  const contact = contactById(row.rep);
  const first = firstName(contact.name);
  const org = ORGANIZATIONS.find((o) => o.id === contact.organizationId)?.name ?? null;
  const owner = row.who ?? LEAD;
  const taker = row.who ?? 'a1';
  const fill = (text: string) => text.replaceAll('{key}', key);
  const steps: Step[] = [];
  const say = (by: string, body: string, extra: Partial<Step> = {}) => steps.push({ kind: 'public_reply', by, body: fill(body), ...extra });
  const note = (by: string, body: string, extra: Partial<Step> = {}) => steps.push({ kind: 'internal_note', by, body, ...extra });
  const customer = (body: string, extra: Partial<Step> = {}) => steps.push({ kind: 'inbound', by: null, body, ...extra });
  const status = (from: string, to: string) => steps.push({ kind: 'status', by: owner, body: null, from, to, soon: true });
  let turnUsed = false;

  // How it came in.
  switch (row.ch) {
    case 'email':
      customer(row.description);
      break;
    case 'voicemail':
      steps.push({ kind: 'voicemail', by: null, body: `Voicemail from ${contact.name} (${contact.phone}): "${row.description}"` });
      break;
    case 'phone':
      steps.push({ kind: 'call', by: taker, body: `Inbound call from ${contact.name}${org ? `, ${org.replace(/\.$/, '')}` : ''}. Notes: ${row.description}` });
      break;
    case 'chat':
      steps.push({
        kind: 'chat',
        by: taker,
        body: `${first}: ${row.description}\n${agentFirst(taker)}: Thanks ${first}, I am opening a case for this so we can follow up.`,
      });
      break;
  }
  if (row.ho) note(taker, `HO Phone: ${row.ho}`, { soon: true });

  const type = caseType(row);
  const moves = statusPath(type, row.status);
  const firstReply = (): void => {
    if (row.noReply) return;
    const ack = {
      R: `Hi ${first}, thanks for reaching out. I am looking into this now and will get back to you shortly.`,
      A: `Hi ${first}, thanks, I have logged this as case {key} for our admin team and will confirm once it is done.`,
      E: `Hi ${first}, thank you for the suggestion. I have logged it as case {key} for our product team and will let you know when it is scheduled.`,
      B: `Hi ${first}, thanks for the report. I have reproduced it and escalated it to our development team as case {key}. I will update you as soon as a fix is scheduled.`,
    }[row.type];
    say(owner, row.reply ?? ack, { weight: 0.5 });
  };
  const assign = (soon: boolean) => {
    if (!row.who) return;
    const by = row.who === LEAD || rng.chance(0.5) ? LEAD : row.who;
    steps.push({ kind: 'assignment', by, body: null, from: null, to: row.who, soon, weight: 0.3 });
  };

  if (row.type !== 'R') {
    assign(false);
    firstReply();
    if (row.type === 'E') steps.push({ kind: 'link', by: owner, body: `Linked to product requirement REQ-${rng.int(200, 899)}`, soon: true });
    if (row.type === 'B') note(owner, `Escalated to the development team. Steps to reproduce and account details attached.`, { soon: true });
  }

  for (const { from, to } of moves) {
    switch (to) {
      case 'assigned':
        assign(false);
        status(from, to);
        firstReply();
        break;
      case 'pending_input':
        say(owner, row.ask ?? `Hi ${first}, could you send us a few more details so we can reproduce this?`);
        status(from, to);
        break;
      case 'pending_release':
        note(owner, `Development scheduled the fix for release 26.${rng.int(3, 6)}.`);
        say(owner, `Hi ${first}, good news: this is scheduled for our next release. I will confirm when it is live.`, { soon: true });
        status(from, to);
        break;
      case 'moved_to_staging':
        note(owner, 'Fix deployed to staging for verification.');
        status(from, to);
        say(owner, `Hi ${first}, the change is ready to try on our staging site. Could you check it with one of your projects and let us know?`, { soon: true });
        break;
      case 'staging_pass':
        customer('Checked on staging with two projects, it works as expected. Thanks!');
        status(from, to);
        break;
      case 'staging_fail':
        customer(row.turn ?? 'Tried it on staging, but it still does not behave as expected. Details below.');
        turnUsed = true;
        status(from, to);
        break;
      case 'resolved':
        if (row.type === 'R' || row.type === 'A') say(owner, `Hi ${first}, this is done. Let me know if anything still looks off.`);
        else note(owner, 'Released to production.');
        status(from, to);
        break;
      case 'pending_closure':
        say(owner, `Hi ${first}, "${row.subject}" is now resolved. If anything still looks wrong, just reply and we will pick it up again; otherwise we will close this case in 7 days.`);
        status(from, to);
        break;
      case 'closed':
        if (closingStyle === 'confirmed') {
          customer('Confirmed on our side, thank you for the help!');
          steps.push({ kind: 'no_reply_needed', by: owner, body: null, soon: true });
        } else {
          note(owner, 'No reply 7 days after the resolution email; closing.', { weight: 4 });
        }
        status(from, to);
        break;
      default:
        throw new RangeError(`no timeline for a move to ${to}`);
    }
  }

  // A check-in on long-running open work (SLA upkeep), then the customer's latest message.
  if (CHECK_IN_STATUSES.includes(row.status) && !row.noReply && !turnUsed && rng.chance(0.6)) {
    const body = rng.chance(0.5)
      ? `This is a quick update to let you know we are continuing to work on this request and will have another update for you as soon as we have progress or more information. We appreciate your patience and look forward to ${rng.pick(RESOLVING)}`
      : `Hi ${first}, I wanted to let you know we are still working on getting this fixed for you. We'll send an update as soon as we have more information. Thank you!`;
    say(owner, body);
  }
  if (row.turn && !turnUsed) customer(row.turn);
  return steps;
}
