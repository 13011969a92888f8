import type { CaseDetail } from '../../shared/contract/index';
import { LINK_INPUT_KINDS } from '../../shared/contract/caseEdit';
import { AppError } from '../../shared/contract/result';
import { CASE_TYPES, LINK_KIND_LABELS, type CaseType } from '../../shared/domain/vocab';
import { caseIdOf, type CaseCall } from './caseCommands';

/**
 * `shiftdesk case link KEY OTHER --kind needs-config|related|child` and
 * `shiftdesk case split KEY --type TYPE --subject TEXT [--priority P] [--as needs-config]` (docs/cli.md).
 */

type LinkInputKind = (typeof LINK_INPUT_KINDS)[number];

/** `needs-config` or `needs_config`. */
const asName = (text: string) => text.trim().toLowerCase().replace(/-/g, '_');

export function parseLinkKind(text: string | undefined): LinkInputKind {
  const name = text === undefined ? '' : asName(text);
  if ((LINK_INPUT_KINDS as readonly string[]).includes(name)) return name as LinkInputKind;
  throw new AppError('invalid_input', `--kind: expected needs-config, related or child, got ${JSON.stringify(text ?? '')}`);
}

function parseType(text: string | undefined): CaseType {
  const name = text === undefined ? '' : asName(text);
  if ((CASE_TYPES as readonly string[]).includes(name)) return name as CaseType;
  throw new AppError('invalid_input', `--type: expected one of ${CASE_TYPES.join(', ')}, got ${JSON.stringify(text ?? '')}`);
}

export async function runCaseLink(call: CaseCall, key: string, otherKey: string | undefined, kindText: string | undefined): Promise<string> {
  if (!otherKey) throw new AppError('invalid_input', 'case link: expected the OTHER case key after KEY');
  const kind = parseLinkKind(kindText);
  const [id, otherId] = [await caseIdOf(call, key), await caseIdOf(call, otherKey)];
  const c = await call('cases.link', { id, otherId, kind });
  const other = await call('cases.get', { id: otherId });
  const link = c.links.find((l) => l.caseId === otherId)!;
  const lines = [`${c.key}: linked: ${LINK_KIND_LABELS[link.kind]} ${other.key}`];
  for (const reminder of other.reminders) lines.push(`${other.key} reminds: ${reminder}`);
  return lines.join('\n');
}

export interface SplitOptions {
  type: string | undefined;
  subject: string | undefined;
  priority: string | undefined;
  as: string | undefined;
}

export async function runCaseSplit(call: CaseCall, key: string, o: SplitOptions): Promise<{ created: CaseDetail; text: string }> {
  const type = parseType(o.type);
  if (o.subject === undefined) throw new AppError('invalid_input', 'case split: --subject: expected the new case\'s summary');
  const as = o.as === undefined ? 'split' : asName(o.as);
  if (as !== 'split' && as !== 'needs_config') throw new AppError('invalid_input', `--as: expected needs-config (or leave it out for a split), got ${JSON.stringify(o.as)}`);
  const priority = o.priority?.toUpperCase();
  const id = await caseIdOf(call, key);
  const { case: created, from } = await call('cases.split', {
    id,
    type,
    subject: o.subject,
    as,
    ...(priority !== undefined && { priority: priority as never }),
  });
  const fired = created.timeline.filter((e) => e.kind === 'rule').map((e) => `  rule: ${e.body}`);
  return { created, text: [`${created.key}`, `${from.key}: ${as === 'split' ? 'split into' : 'needs config from'} ${created.key} (${created.priority})`, ...fired].join('\n') };
}
