import type { CaseDetail, Input, MethodName, Output } from '../../shared/contract/index';
import { AppError } from '../../shared/contract/result';
import { CASE_STATUSES, CASE_STATUS_LABELS, CASE_TYPE_LABELS, EVENT_KIND_LABELS, LINK_KIND_LABELS, PRIORITY_LABELS, type CaseStatus } from '../../shared/domain/vocab';
import { slaLeftText } from '../../shared/sla/slaWords';
import { TEMPLATE_NAMES, type TemplateName } from '../../shared/templates/templateSchema';

/** How a case command reaches the core (the CLI's own `call`). */
export type CaseCall = <M extends MethodName>(method: M, payload: Input<M>) => Promise<Output<M>>;

/**
 * `shiftdesk case show|reply|note|status KEY ...` (docs/cli.md): the case actions of the core on one
 * case found by its key. A refused action is the core's `invalid_input` (exit 2) and changes nothing.
 */
export async function caseIdOf(call: CaseCall, key: string): Promise<string> {
  const { cases } = await call('cases.search', { text: key });
  const hit = cases.find((c) => c.key.toLowerCase() === key.toLowerCase());
  if (!hit) throw new AppError('invalid_input', `no case with key ${JSON.stringify(key)}`);
  return hit.id;
}

export function parseStatus(text: string | undefined): CaseStatus {
  if (text !== undefined && (CASE_STATUSES as readonly string[]).includes(text)) return text as CaseStatus;
  throw new AppError('invalid_input', `status: expected one of ${CASE_STATUSES.join(', ')}, got ${JSON.stringify(text ?? '')}`);
}

/** A case as `case show` prints it: its fields, its SLA timer and its whole timeline, oldest first. */
export function caseText(c: CaseDetail): string {
  const rulesFired = c.timeline.filter((e) => e.kind === 'rule');
  const lines = [
    `${c.key} · ${c.subject}`,
    `${CASE_TYPE_LABELS[c.type]} · ${c.priority} ${PRIORITY_LABELS[c.priority]} · ${CASE_STATUS_LABELS[c.status]}${c.urgencyInForce === 'none' ? '' : ` · ${c.urgencyInForce}`}`,
    `Organization: ${c.organization ? `${c.organization.name}${c.organization.priority ? ' (priority organization)' : ''}` : '-'}`,
    `Reporter: ${c.reporter ? [c.reporter.name, c.reporter.email, c.reporter.phone].filter(Boolean).join(' · ') : '-'}`,
    `Assignee: ${c.assignee?.name ?? (c.team ? `${c.team.name} (team)` : 'unassigned')}`,
    ...(c.needBy ? [`Need by: ${c.needBy}`] : []),
    ...(c.item ? [`Item: ${c.item}`] : []),
    ...(c.labels.length ? [`Labels: ${c.labels.join(', ')}`] : []),
    ...(c.watchers.length ? [`Watchers: ${c.watchers.map((w) => w.name).join(', ')}`] : []),
    ...(c.participants.length ? [`Participants: ${c.participants.map((p) => [p.name, p.email].filter(Boolean).join(' ')).join(', ')}`] : []),
    `SLA: ${c.sla ? `${c.sla.class} · due ${c.sla.deadline} · ${c.sla.state} · ${slaLeftText(c.sla)}` : 'no update timer runs'}`,
    ...(c.links.length ? ['Linked cases:', ...c.links.map((l) => `  ${LINK_KIND_LABELS[l.kind]} ${l.key} · ${l.subject} (${CASE_STATUS_LABELS[l.status]})${l.how === 'by_hand' ? ', linked by hand' : ''}`)] : []),
    ...(c.reminders.length ? ['Reminders:', ...c.reminders.map((r) => `  ${r}`)] : []),
    ...(rulesFired.length ? ['Rules fired:', ...rulesFired.map((e) => `  ${e.at}  ${e.body ?? ''}`)] : []),
    '',
    'Timeline:',
    ...c.timeline.map((e) => {
      const change = e.from !== null || e.to !== null ? ` ${e.from ?? '-'} -> ${e.to ?? '-'}` : '';
      const body = e.body ? `\n    ${e.body.replace(/\n/g, '\n    ')}` : '';
      return `  ${e.at}  ${EVENT_KIND_LABELS[e.kind]}${e.byName ? ` by ${e.byName}` : ''}${change}${body}`;
    }),
  ];
  return lines.join('\n');
}

/** The one line a done action prints: "status Assigned -> Pending Input · SLA pending_customer due ...". */
export function caseActionLine(sub: 'reply' | 'note' | 'status', c: CaseDetail): string {
  const last = c.timeline.at(-1);
  const what =
    sub === 'status' && last?.kind === 'status'
      ? `status ${CASE_STATUS_LABELS[last.from as CaseStatus] ?? last.from} -> ${CASE_STATUS_LABELS[c.status]}`
      : sub === 'reply'
        ? `public reply recorded (send it from your help desk: Shiftdesk does not send mail yet)${
            last?.kind === 'status' ? ` · status ${CASE_STATUS_LABELS[last.from as CaseStatus] ?? last.from} -> ${CASE_STATUS_LABELS[c.status]}` : ''
          }`
        : 'internal note added';
  return `${what} · SLA: ${c.sla ? `${c.sla.class} due ${c.sla.deadline} (${slaLeftText(c.sla)})` : 'no update timer runs'}`;
}

export function parseTemplateName(text: string): TemplateName {
  if ((TEMPLATE_NAMES as readonly string[]).includes(text)) return text as TemplateName;
  throw new AppError('invalid_input', `template: expected one of ${TEMPLATE_NAMES.join(', ')}, got ${JSON.stringify(text)}`);
}

/**
 * A template filled by the core from the case, the agent and the templates in force (`cases.draft`),
 * for `case reply --template`. A blank left (what we are still working on, what was done, a phrase) is
 * refused with the draft, to be written over and recorded with `--body`.
 */
export async function templateReply(call: CaseCall, id: string, name: TemplateName, phrase: string | undefined): Promise<string> {
  const filled = await call('cases.draft', { id, template: name, ...(phrase !== undefined && { phrase }) });
  if (filled.missing.length > 0) {
    throw new AppError(
      'invalid_input',
      `--template ${name}: fill in ${filled.missing.join(', ')} (shown as […]), then record the text with --body:\n\n${filled.body}`,
    );
  }
  return filled.body;
}
