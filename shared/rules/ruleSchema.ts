import { z } from 'zod';
import { CASE_TYPES, PRIORITIES, URGENCIES } from '../domain/vocab';
import { bool, id, oneOf, requiredText, shown } from '../interchange/fields';
import { InputIssuesError, listOf, parseWithPaths, uniqueList } from '../interchange/settingsList';
import { LINK_HOWS, LINK_KINDS } from './caseFacts';

/**
 * A lead-edited case rule (`../shared/spec/workflow.md` "Rules (IF/THEN)"): IF every condition holds
 * (no conditions: every case), THEN every action applies. Evaluated by `evaluateRules` (evaluate.ts)
 * against a case's facts (caseFacts.ts). "Either A or B" is two rules.
 */

function strict<S extends z.ZodRawShape>(shape: S, what: string) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : `expected ${what}, got ${shown(issue.input)}`),
  });
}

function nonEmptyList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: (issue) => `expected a list of ${what}, got ${shown(issue.input)}` }).min(1, `expected at least one ${what.replace(/s$/, '')}`);
}

/** The error of a discriminated union: a bad discriminator (`key`) is named with the known values, anything else as not `what`. */
function unionError(key: string, known: readonly string[], what: string) {
  return (issue: { input?: unknown }) => {
    const input = issue.input;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return `expected ${what}, got ${shown(input)}`;
    return `expected ${known.join(' | ')}, got ${shown((input as Record<string, unknown>)[key])}`;
  };
}

const wholeNumber = z
  .number({ error: (issue) => `expected a whole number, got ${shown(issue.input)}` })
  .int('expected a whole number')
  .nonnegative('expected 0 or more');

const CONDITION_FIELDS = ['organization', 'priorityOrganization', 'plan', 'licenses', 'label', 'link', 'type', 'fromPartner'] as const;

/** What a condition may test; each reads the case's facts (caseFacts.ts says what each fact is). */
export const conditionSchema = z.discriminatedUnion(
  'field',
  [
    /** The case's organization is one of these (by id). */
    strict({ field: z.literal('organization'), in: nonEmptyList(id, 'organization ids') }, 'a condition'),
    /** The case's organization is (true) or is not (false) a priority organization; no organization is not one. */
    strict({ field: z.literal('priorityOrganization'), is: bool }, 'a condition'),
    /** The organization's plan is one of these (any letter case: "Paid" is "paid"); no organization or plan: never. */
    strict({ field: z.literal('plan'), in: nonEmptyList(requiredText, 'plans') }, 'a condition'),
    /** The organization has at least this many licenses (unknown counts as 0). */
    strict({ field: z.literal('licenses'), atLeast: wholeNumber }, 'a condition'),
    /** The case carries this label (exactly as written: "EB"). */
    strict({ field: z.literal('label'), has: requiredText }, 'a condition'),
    /** The case is linked to another as `kind`; with `how`, only a link made that way. */
    strict({ field: z.literal('link'), kind: oneOf(LINK_KINDS), how: oneOf(LINK_HOWS).optional() }, 'a condition'),
    /** The case's type is one of these. */
    strict({ field: z.literal('type'), in: nonEmptyList(oneOf(CASE_TYPES), 'case types') }, 'a condition'),
    /** The case came (true) or did not come (false) from a partner (its intake field). */
    strict({ field: z.literal('fromPartner'), is: bool }, 'a condition'),
  ],
  { error: unionError('field', CONDITION_FIELDS, 'a condition') },
);
export type RuleCondition = z.infer<typeof conditionSchema>;

const ACTION_NAMES = ['raisePriority', 'setUrgency', 'addWatcher', 'addLabel', 'remind'] as const;

/** What a rule may do. None lowers anything or takes anything away. */
export const actionSchema = z.discriminatedUnion(
  'action',
  [
    /** Raise the priority to at least this one: the nearest the case's type offers at or above it (priorityRaise.ts). */
    strict({ action: z.literal('raisePriority'), atLeast: oneOf(PRIORITIES, 'P1..P6') }, 'an action'),
    /** Set the case's urgency to at least this one (never lowered). */
    strict({ action: z.literal('setUrgency'), to: oneOf(URGENCIES, 'none | urgent | emergency') }, 'an action'),
    /** Add this agent (by id) to the case's watchers. */
    strict({ action: z.literal('addWatcher'), agentId: id }, 'an action'),
    /** Add this label to the case. */
    strict({ action: z.literal('addLabel'), label: requiredText }, 'an action'),
    /** Show this reminder on the case (for the agent; it changes no field). */
    strict({ action: z.literal('remind'), text: requiredText }, 'an action'),
  ],
  { error: unionError('action', ACTION_NAMES, 'an action') },
);
export type RuleAction = z.infer<typeof actionSchema>;

export const ruleSchema = strict(
  {
    id,
    /** Shown on the case's timeline each time the rule fires: say what it does ("Priority organization: priority raised to at least P4 High"). */
    description: requiredText,
    enabled: bool.default(true),
    conditions: z.array(conditionSchema, { error: (issue) => `expected a list of conditions, got ${shown(issue.input)}` }).default([]),
    actions: nonEmptyList(actionSchema, 'actions'),
  },
  'a rule',
);
export type Rule = z.output<typeof ruleSchema>;

/** The workspace's rules, in the order they are evaluated: each id at most once. */
export const ruleListSchema = uniqueList(ruleSchema, 'id', listOf('rules'));

/** Bad rule input; `issues` name the field path (`rules[2].actions[0].atLeast: expected P1..P6, got "P7"`). */
export class RuleInputError extends InputIssuesError {}

function parse<T>(schema: z.ZodType<T>, input: unknown, at: readonly PropertyKey[], whole: string): T {
  return parseWithPaths(schema, input, at, whole, RuleInputError);
}

/** A rule read from untrusted input (a file, the API), or a `RuleInputError`; `at` prefixes the paths. */
export function parseRule(input: unknown, at: readonly PropertyKey[] = []): Rule {
  return parse(ruleSchema, input, at, 'rule');
}

/** A list of rules, or a `RuleInputError` naming `rules[i].field`. */
export function parseRules(input: unknown, at: readonly PropertyKey[] = ['rules']): Rule[] {
  return parse(ruleListSchema, input, at, 'rules');
}
