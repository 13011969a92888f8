import type { Input, Output } from '../../shared/contract/index';
import { AppError } from '../../shared/contract/result';
import { CASE_TYPES, PRIORITIES, type CaseType, type Priority } from '../../shared/domain/vocab';

/** The options `case new` reads (docs/cli.md). */
export interface CaseNewOptions {
  type?: string | undefined;
  subject?: string | undefined;
  org?: string | undefined;
  contact?: string | undefined;
  priority?: string | undefined;
  'from-interaction'?: string | undefined;
}

function bad(message: string): never {
  throw new AppError('invalid_input', `case new: ${message}`);
}

/**
 * The `cases.create` payload of `shiftdesk case new` (bad input is `invalid_input`: exit 2, nothing
 * written). `--subject` may be left out with `--from-interaction` (the interaction's subject is used).
 */
export function caseNewPayload(o: CaseNewOptions): Input<'cases.create'> {
  if (o.type === undefined) bad(`--type is required: one of ${CASE_TYPES.join(', ')}`);
  if (!(CASE_TYPES as readonly string[]).includes(o.type)) bad(`--type: expected one of ${CASE_TYPES.join(', ')}, got ${JSON.stringify(o.type)}`);
  if (o.priority !== undefined && !(PRIORITIES as readonly string[]).includes(o.priority.toUpperCase())) {
    bad(`--priority: expected P1..P6, got ${JSON.stringify(o.priority)}`);
  }
  if (o.subject === undefined && o['from-interaction'] === undefined) bad('--subject TEXT is required (or --from-interaction ID to take its subject)');
  return {
    type: o.type as CaseType,
    ...(o.subject !== undefined && { subject: o.subject }),
    ...(o.priority !== undefined && { priority: o.priority.toUpperCase() as Priority }),
    ...(o.org !== undefined && { organizationId: o.org }),
    ...(o.contact !== undefined && { reporterId: o.contact }),
    ...(o['from-interaction'] !== undefined && { fromInteractionId: o['from-interaction'] }),
  };
}

/** What `case new` adds on stderr after the key: the P1/P2 escalation and acknowledgement it offers. */
export function caseNewNotice(created: Output<'cases.create'>): string | null {
  if (!created.escalation) return null;
  const { key, priority } = created.case;
  return `${key} is ${priority}: escalate it to engineering (team ${created.escalation.teamId}) and acknowledge it to the customer with the case number (template "${created.escalation.template}")`;
}
