import { describe, expect, it } from 'vitest';
import { parseRule, parseRules, RuleInputError } from '../../../shared/rules/ruleSchema';

const good = {
  id: 'r1',
  description: 'Priority organization: priority raised to at least P4 High',
  conditions: [{ field: 'priorityOrganization', is: true }],
  actions: [{ action: 'raisePriority', atLeast: 'P4' }],
};

/** The messages of the error `parse` throws, one `path: message` a line. */
function errorOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleInputError);
    return (error as RuleInputError).message;
  }
  throw new Error('expected a RuleInputError');
}

describe('rule schema', () => {
  it('reads a rule, enabled and with no conditions unless it says otherwise', () => {
    expect(parseRule(good)).toEqual({ ...good, enabled: true });
    expect(parseRule({ id: 'r', description: 'Every case', actions: [{ action: 'addLabel', label: 'x' }] }).conditions).toEqual([]);
  });

  it('names the field path of a bad priority', () => {
    const rules = [good, { ...good, id: 'r2', actions: [{ action: 'raisePriority', atLeast: 'P7' }] }];
    expect(errorOf(() => parseRules(rules))).toBe('rules[1].actions[0].atLeast: expected P1..P6, got "P7"');
  });

  it('names an unknown condition field and lists the known ones', () => {
    expect(errorOf(() => parseRule({ ...good, conditions: [{ field: 'colour', is: true }] }))).toBe(
      'conditions[0].field: expected organization | priorityOrganization | plan | licenses | label | link | type | fromPartner, got "colour"',
    );
  });

  it('names an unknown action', () => {
    expect(errorOf(() => parseRule({ ...good, actions: [{ action: 'deleteCase' }] }))).toBe(
      'actions[0].action: expected raisePriority | setUrgency | addWatcher | addLabel | remind, got "deleteCase"',
    );
    expect(errorOf(() => parseRule({ ...good, actions: ['raise'] }))).toBe('actions[0]: expected an action, got "raise"');
    expect(errorOf(() => parseRule({ ...good, actions: [{ atLeast: 'P4' }] }))).toBe(
      'actions[0].action: expected raisePriority | setUrgency | addWatcher | addLabel | remind, got nothing',
    );
  });

  it('names a bad value inside a condition', () => {
    const rule = { ...good, conditions: [{ field: 'type', in: ['question'] }, { field: 'licenses', atLeast: 2.5 }, { field: 'link', kind: 'needs-config' }] };
    expect(errorOf(() => parseRules([rule])).split('\n')).toEqual([
      'rules[0].conditions[0].in[0]: expected request_for_service | admin_task | enhancement | bug, got "question"',
      'rules[0].conditions[1].atLeast: expected a whole number',
      'rules[0].conditions[2].kind: expected needs_config | waits_on_config | child | parent | related, got "needs-config"',
    ]);
  });

  it('refuses a rule with no action, no description, or a stray field', () => {
    expect(errorOf(() => parseRule({ ...good, actions: [] }))).toBe('actions: expected at least one action');
    expect(errorOf(() => parseRule({ ...good, description: undefined }))).toBe('description: required, got nothing');
    expect(errorOf(() => parseRule({ ...good, conditions: [{ field: 'label', has: 'EB', not: true }] }))).toBe('conditions[0]: unknown field not');
  });

  it('refuses an urgency outside the vocabulary and an empty list of organizations', () => {
    expect(errorOf(() => parseRule({ ...good, actions: [{ action: 'setUrgency', to: 'high' }] }))).toBe(
      'actions[0].to: expected none | urgent | emergency, got "high"',
    );
    expect(errorOf(() => parseRule({ ...good, conditions: [{ field: 'organization', in: [] }] }))).toBe(
      'conditions[0].in: expected at least one organization id',
    );
  });

  it('refuses two rules with one id', () => {
    expect(errorOf(() => parseRules([good, good]))).toBe('rules[1].id: "r1" appears more than once');
  });
});
