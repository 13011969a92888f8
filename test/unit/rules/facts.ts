import type { CaseFacts } from '../../../shared/rules/caseFacts';

/** A plain case: a Request for Service at P6 of no organization, no labels, links or watchers. */
export function caseFacts(over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    type: 'request_for_service',
    priority: 'P6',
    urgency: 'none',
    labels: [],
    watchers: [],
    reminders: [],
    organization: null,
    fromPartner: false,
    links: [],
    ...over,
  };
}

export function org(over: Partial<NonNullable<CaseFacts['organization']>> = {}): NonNullable<CaseFacts['organization']> {
  return { id: 'org-1', priority: false, plan: null, licenses: null, ...over };
}
