import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, NEEDS_CONFIG_BY_HAND_REMINDER } from '../../../shared/rules/defaultRules';
import { evaluateRules } from '../../../shared/rules/evaluate';
import { parseRules } from '../../../shared/rules/ruleSchema';
import { caseFacts, org } from './facts';

const run = (facts = caseFacts()) => evaluateRules(DEFAULT_RULES, facts);
const firedIds = (facts = caseFacts()) => run(facts).fired.map((f) => f.id);

describe('the default rules', () => {
  it('are valid rules as a lead would save them', () => {
    expect(parseRules(DEFAULT_RULES)).toEqual(DEFAULT_RULES);
  });

  it('leave a plain case of no organization alone', () => {
    expect(run()).toEqual({ priority: null, urgency: null, addLabels: [], addWatchers: [], addReminders: [], fired: [] });
  });

  it('raise a case of a priority organization to P4 High, with the description for the timeline', () => {
    const outcome = run(caseFacts({ organization: org({ priority: true }) }));
    expect(outcome.priority).toBe('P4');
    expect(outcome.fired).toEqual([
      {
        id: 'priority-organization',
        description: 'Priority organization: priority raised to at least P4 High',
        changes: [{ kind: 'priority', from: 'P6', to: 'P4' }],
      },
    ]);
  });

  it('raise an enhancement of a priority organization too (only the paid rules spare enhancements)', () => {
    expect(run(caseFacts({ type: 'enhancement', organization: org({ priority: true }) })).priority).toBe('P3');
  });

  it('raise a case created from a "needs config" link to P4 High', () => {
    const outcome = run(caseFacts({ links: [{ kind: 'needs_config', how: 'created' }] }));
    expect(outcome.priority).toBe('P4');
    expect(firedIds(caseFacts({ links: [{ kind: 'needs_config', how: 'created' }] }))).toEqual(['needs-config-link']);
  });

  it('do not raise a case linked as "needs config" by hand, and remind the agent to set it', () => {
    const outcome = run(caseFacts({ links: [{ kind: 'needs_config', how: 'by_hand' }] }));
    expect(outcome.priority).toBeNull();
    expect(outcome.addReminders).toEqual([NEEDS_CONFIG_BY_HAND_REMINDER]);
    expect(outcome.fired.map((f) => f.id)).toEqual(['needs-config-by-hand']);
  });

  it('do not raise a case split off another (a child link)', () => {
    expect(run(caseFacts({ links: [{ kind: 'child', how: 'created' }] })).priority).toBeNull();
  });

  it('raise a paid customer with 10 or more licenses to P4, and name only that rule', () => {
    const facts = caseFacts({ organization: org({ plan: 'paid', licenses: 10 }) });
    expect(run(facts).priority).toBe('P4');
    expect(firedIds(facts)).toEqual(['paid-10-licenses']);
  });

  it('raise a paid customer with 9 licenses (or an unknown count) to P5 Medium', () => {
    expect(run(caseFacts({ organization: org({ plan: 'paid', licenses: 9 }) })).priority).toBe('P5');
    expect(firedIds(caseFacts({ organization: org({ plan: 'Paid', licenses: null }) }))).toEqual(['paid']);
  });

  it('do not raise a trial customer with many licenses', () => {
    expect(run(caseFacts({ organization: org({ plan: 'trial', licenses: 50 }) })).fired).toEqual([]);
  });

  it('raise a Request for Service reporting a problem (label "problem") to P5 Medium', () => {
    const outcome = run(caseFacts({ type: 'request_for_service', labels: ['problem'] }));
    expect(outcome.priority).toBe('P5');
    expect(outcome.fired.map((f) => [f.id, f.changes])).toEqual([['reporting-a-problem', [{ kind: 'priority', from: 'P6', to: 'P5' }]]]);
  });

  it('leave a Bug of a free customer at the priority the agent chose (a Bug is not raised for being a Bug)', () => {
    expect(run(caseFacts({ type: 'bug' })).fired).toEqual([]);
    expect(run(caseFacts({ type: 'bug', labels: ['problem'] })).fired).toEqual([]);
  });

  it('raise a paid Admin Task with 10+ licenses to P2, the nearest it offers at or above P4', () => {
    expect(run(caseFacts({ type: 'admin_task', organization: org({ plan: 'paid', licenses: 12 }) })).priority).toBe('P2');
  });

  it('never raise an enhancement for being paid', () => {
    expect(run(caseFacts({ type: 'enhancement', organization: org({ plan: 'paid', licenses: 200 }) })).fired).toEqual([]);
  });

  it('never lower a priority: a P2 case of a priority organization stays P2', () => {
    expect(run(caseFacts({ type: 'bug', priority: 'P2', organization: org({ priority: true, plan: 'paid', licenses: 30 }) })).fired).toEqual([]);
  });
});
