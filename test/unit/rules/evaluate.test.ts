import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/rules/defaultRules';
import { applyRulesOutcome, describeChange, evaluateRules } from '../../../shared/rules/evaluate';
import { parseRules, type Rule } from '../../../shared/rules/ruleSchema';
import { caseFacts, org } from './facts';

/** Lead-written rules exercising every condition and action. */
const LEAD_RULES: Rule[] = parseRules([
  {
    id: 'partner-watch',
    description: 'Partner case: the partner manager watches it',
    conditions: [{ field: 'fromPartner', is: true }],
    actions: [{ action: 'addWatcher', agentId: 'agent-pm' }, { action: 'addLabel', label: 'partner' }],
  },
  {
    id: 'eb-urgent',
    description: 'EB financing: urgent',
    conditions: [{ field: 'label', has: 'EB' }],
    actions: [{ action: 'setUrgency', to: 'urgent' }],
  },
  {
    id: 'acme-eb',
    description: 'Acme: label EB',
    conditions: [{ field: 'organization', in: ['org-acme'] }],
    actions: [{ action: 'addLabel', label: 'EB' }],
  },
  {
    id: 'partner-remind',
    description: 'Partner case: tell the account manager',
    conditions: [{ field: 'label', has: 'partner' }, { field: 'priorityOrganization', is: false }],
    actions: [{ action: 'remind', text: 'Message the account manager as a heads-up.' }],
  },
  {
    id: 'switched-off',
    description: 'Disabled: would raise everything to P1',
    enabled: false,
    actions: [{ action: 'raisePriority', atLeast: 'P1' }],
  },
]);

describe('evaluateRules', () => {
  it('applies every action of a rule whose conditions all hold, in rule order', () => {
    const outcome = evaluateRules(LEAD_RULES, caseFacts({ fromPartner: true }));
    expect(outcome.addWatchers).toEqual(['agent-pm']);
    expect(outcome.addLabels).toEqual(['partner']);
    expect(outcome.addReminders).toEqual(['Message the account manager as a heads-up.']);
    expect(outcome.fired.map((f) => f.id)).toEqual(['partner-watch', 'partner-remind']);
  });

  it('does not fire a rule when one of its conditions fails', () => {
    const outcome = evaluateRules(LEAD_RULES, caseFacts({ fromPartner: true, organization: org({ priority: true }) }));
    expect(outcome.fired.map((f) => f.id)).toEqual(['partner-watch']);
  });

  it('lets a label added by a later rule fire an earlier rule', () => {
    const outcome = evaluateRules(LEAD_RULES, caseFacts({ organization: org({ id: 'org-acme' }) }));
    expect(outcome.addLabels).toEqual(['EB']);
    expect(outcome.urgency).toBe('urgent');
    expect(outcome.fired.map((f) => f.id)).toEqual(['acme-eb', 'eb-urgent']);
  });

  it('only raises urgency: an emergency case stays an emergency', () => {
    const outcome = evaluateRules(LEAD_RULES, caseFacts({ labels: ['EB'], urgency: 'emergency' }));
    expect(outcome.urgency).toBeNull();
    expect(outcome.fired).toEqual([]);
  });

  it('skips a disabled rule', () => {
    expect(evaluateRules(LEAD_RULES, caseFacts()).priority).toBeNull();
  });

  it('does not add what the case has already', () => {
    const outcome = evaluateRules(LEAD_RULES, caseFacts({ fromPartner: true, labels: ['partner'], watchers: ['agent-pm'] }));
    expect(outcome.addLabels).toEqual([]);
    expect(outcome.addWatchers).toEqual([]);
    expect(outcome.fired.map((f) => f.id)).toEqual(['partner-remind']);
  });

  it('is idempotent: evaluating again on the result fires nothing', () => {
    const cases = [
      caseFacts({ type: 'bug', fromPartner: true, organization: org({ id: 'org-acme', plan: 'paid', licenses: 40 }) }),
      caseFacts({ organization: org({ priority: true }), links: [{ kind: 'needs_config', how: 'by_hand' }] }),
      caseFacts({ type: 'admin_task', labels: ['EB'], organization: org({ plan: 'paid' }) }),
    ];
    const rules = [...DEFAULT_RULES, ...LEAD_RULES];
    for (const facts of cases) {
      const first = evaluateRules(rules, facts);
      expect(first.fired).not.toEqual([]);
      expect(evaluateRules(rules, applyRulesOutcome(facts, first)).fired).toEqual([]);
    }
  });

  it('describes each change for the timeline', () => {
    const [fired] = evaluateRules(DEFAULT_RULES, caseFacts({ type: 'bug', organization: { id: 'o1', priority: true, plan: null, licenses: null } })).fired;
    expect(`${fired!.description} (${fired!.changes.map(describeChange).join('; ')})`).toBe(
      'Priority organization: priority raised to at least P4 High (priority P6 Low -> P3 Very High)',
    );
    expect(describeChange({ kind: 'urgency', from: 'none', to: 'urgent' })).toBe('urgency None -> Urgent');
  });
});
