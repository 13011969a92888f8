import { higherUrgency, PRIORITY_LABELS, URGENCY_LABELS, type Priority, type Urgency } from '../domain/vocab';
import type { CaseFacts } from './caseFacts';
import { raisedPriority } from './priorityRaise';
import type { Rule, RuleAction, RuleCondition } from './ruleSchema';

/** One thing a rule changed on the case. */
export type RuleChange =
  | { kind: 'priority'; from: Priority; to: Priority }
  | { kind: 'urgency'; from: Urgency; to: Urgency }
  | { kind: 'label'; label: string }
  | { kind: 'watcher'; agentId: string }
  | { kind: 'reminder'; text: string };

/** A rule that fired: its description (for the case's timeline) and what it changed, in order. */
export interface FiredRule {
  id: string;
  description: string;
  changes: RuleChange[];
}

/** What the rules do to a case: the changes to apply, and which rules fired (in the order they first fired). */
export interface RulesOutcome {
  /** The new priority, or null when no rule raised it. */
  priority: Priority | null;
  /** The new urgency, or null when no rule raised it. */
  urgency: Urgency | null;
  addLabels: string[];
  addWatchers: string[];
  addReminders: string[];
  fired: FiredRule[];
}

function holds(condition: RuleCondition, facts: CaseFacts): boolean {
  const org = facts.organization;
  switch (condition.field) {
    case 'organization':
      return org !== null && condition.in.includes(org.id);
    case 'priorityOrganization':
      return (org?.priority ?? false) === condition.is;
    case 'plan': {
      const plan = org?.plan?.trim().toLowerCase();
      return plan !== undefined && condition.in.some((p) => p.trim().toLowerCase() === plan);
    }
    case 'licenses':
      return (org?.licenses ?? 0) >= condition.atLeast;
    case 'label':
      return facts.labels.includes(condition.has);
    case 'link':
      return facts.links.some((link) => link.kind === condition.kind && (condition.how === undefined || link.how === condition.how));
    case 'type':
      return condition.in.includes(facts.type);
    case 'fromPartner':
      return facts.fromPartner === condition.is;
  }
}

/** What `action` changes on `facts` (nothing when the case has it already). */
function changeOf(action: RuleAction, facts: CaseFacts): RuleChange | null {
  switch (action.action) {
    case 'raisePriority': {
      const to = raisedPriority(facts.type, facts.priority, action.atLeast);
      return to === facts.priority ? null : { kind: 'priority', from: facts.priority, to };
    }
    case 'setUrgency': {
      const to = higherUrgency(facts.urgency, action.to);
      return to === facts.urgency ? null : { kind: 'urgency', from: facts.urgency, to };
    }
    case 'addLabel':
      return facts.labels.includes(action.label) ? null : { kind: 'label', label: action.label };
    case 'addWatcher':
      return facts.watchers.includes(action.agentId) ? null : { kind: 'watcher', agentId: action.agentId };
    case 'remind':
      return facts.reminders.includes(action.text) ? null : { kind: 'reminder', text: action.text };
  }
}

function applied(facts: CaseFacts, change: RuleChange): CaseFacts {
  switch (change.kind) {
    case 'priority':
      return { ...facts, priority: change.to };
    case 'urgency':
      return { ...facts, urgency: change.to };
    case 'label':
      return { ...facts, labels: [...facts.labels, change.label] };
    case 'watcher':
      return { ...facts, watchers: [...facts.watchers, change.agentId] };
    case 'reminder':
      return { ...facts, reminders: [...facts.reminders, change.text] };
  }
}

/**
 * Evaluates the enabled `rules` against a case's `facts`: the one place rules run, on create and on
 * every change. Rules run in list order, each seeing what the earlier ones changed (a label one rule
 * adds satisfies a later rule's label condition), and the list runs again until a pass changes
 * nothing, so an earlier rule whose condition a later rule made true fires too. Every action only adds
 * (priority and urgency only go up; labels, watchers and reminders are added once), so this ends, the
 * order is deterministic, and evaluating again on the result fires nothing. A rule whose conditions
 * hold but which changes nothing has not fired (the timeline records only what changed).
 */
export function evaluateRules(rules: readonly Rule[], facts: CaseFacts): RulesOutcome {
  const fired = new Map<string, FiredRule>();
  let current = facts;
  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of rules) {
      if (!rule.enabled || !rule.conditions.every((c) => holds(c, current))) continue;
      for (const action of rule.actions) {
        const change = changeOf(action, current);
        if (change === null) continue;
        current = applied(current, change);
        changed = true;
        const entry = fired.get(rule.id) ?? { id: rule.id, description: rule.description, changes: [] };
        entry.changes.push(change);
        fired.set(rule.id, entry);
      }
    }
  }
  const added = <T>(after: readonly T[], before: readonly T[]) => after.slice(before.length);
  return {
    priority: current.priority === facts.priority ? null : current.priority,
    urgency: current.urgency === facts.urgency ? null : current.urgency,
    addLabels: added(current.labels, facts.labels),
    addWatchers: added(current.watchers, facts.watchers),
    addReminders: added(current.reminders, facts.reminders),
    fired: [...fired.values()],
  };
}

/** `facts` with an outcome's changes applied (what the case looks like after the rules ran). */
export function applyRulesOutcome(facts: CaseFacts, outcome: RulesOutcome): CaseFacts {
  return {
    ...facts,
    priority: outcome.priority ?? facts.priority,
    urgency: outcome.urgency ?? facts.urgency,
    labels: [...facts.labels, ...outcome.addLabels],
    watchers: [...facts.watchers, ...outcome.addWatchers],
    reminders: [...facts.reminders, ...outcome.addReminders],
  };
}

/** One change in words, for the timeline after the rule's description: "priority P6 Low -> P3 Very High". */
export function describeChange(change: RuleChange): string {
  switch (change.kind) {
    case 'priority':
      return `priority ${change.from} ${PRIORITY_LABELS[change.from]} -> ${change.to} ${PRIORITY_LABELS[change.to]}`;
    case 'urgency':
      return `urgency ${URGENCY_LABELS[change.from]} -> ${URGENCY_LABELS[change.to]}`;
    case 'label':
      return `label ${change.label} added`;
    case 'watcher':
      return `watcher ${change.agentId} added`;
    case 'reminder':
      return `reminder: ${change.text}`;
  }
}
