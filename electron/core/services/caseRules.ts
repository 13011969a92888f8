import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import type { CaseFacts } from '../../../shared/rules/caseFacts';
import { describeChange, evaluateRules } from '../../../shared/rules/evaluate';
import type { Repositories } from '../db/repositories/types';
import { appendEvents } from './fingerprint';
import { rulesOf } from './workflowSettings';

/** What the rules read of a case: the case, its organization and its links (`shared/rules/caseFacts.ts`). */
export function caseFactsOf(repos: Repositories, c: CaseRecord): CaseFacts {
  const org = c.organizationId ? repos.organizations.get(c.organizationId) : undefined;
  return {
    type: c.type,
    priority: c.priority,
    urgency: c.urgency,
    labels: c.labels,
    watchers: c.watchers ?? [],
    reminders: c.reminders ?? [],
    organization: org ? { id: org.id, priority: org.priority, plan: org.plan, licenses: org.licenses } : null,
    fromPartner: c.fromPartner === true,
    links: (c.links ?? []).map(({ kind, how }) => ({ kind, how })),
  };
}

/**
 * Runs the lead's rules on a case that was just created or changed (the one place rules are applied,
 * `workflow.md` "Rules (IF/THEN)"): applies what they change to the case and records one `rule` entry
 * per rule that fired, with its description and what it changed, in the caller's unit of work (so a
 * refused action leaves no firing behind, and a case is never stored without its firings). Rules only
 * add, so running them again on the result fires nothing. Returns the case as stored.
 */
export function applyRules(repos: Repositories, c: CaseRecord, at: number): CaseRecord {
  const outcome = evaluateRules(rulesOf(repos), caseFactsOf(repos, c));
  if (outcome.fired.length === 0) return c;
  const after: CaseRecord = {
    ...c,
    priority: outcome.priority ?? c.priority,
    urgency: outcome.urgency ?? c.urgency,
    labels: [...c.labels, ...outcome.addLabels],
    watchers: [...(c.watchers ?? []), ...outcome.addWatchers],
    reminders: [...(c.reminders ?? []), ...outcome.addReminders],
  };
  repos.cases.upsert(after);
  const events: EventRecord[] = outcome.fired.map((rule) => ({
    caseId: c.id,
    at,
    kind: 'rule',
    by: null,
    body: `${rule.description} (${rule.changes.map(describeChange).join('; ')})`,
    from: null,
    to: null,
    extra: { ruleId: rule.id, changes: rule.changes },
  }));
  appendEvents(repos.events, events);
  return after;
}
