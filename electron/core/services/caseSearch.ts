import type { Handlers } from '../../../shared/contract/index';
import { CASE_SEARCH_LIMIT } from '../../../shared/contract/intake';
import { isOpenStatus } from '../../../shared/domain/vocab';
import { toIso } from '../../../shared/time/instant';
import type { ServiceDeps } from './deps';

/** The case picker's search (filing an interaction into an existing case): by key, contact or organization. */
export function caseSearchService(deps: ServiceDeps): Pick<Handlers, 'cases.search'> {
  return {
    'cases.search': ({ text }) => ({
      cases: deps.repos.intake.searchCases(text, CASE_SEARCH_LIMIT).map((c) => ({
        id: c.id,
        key: c.key,
        subject: c.subject,
        status: c.status,
        priority: c.priority,
        open: isOpenStatus(c.status),
        createdAt: toIso(c.createdAt),
        organizationName: c.organizationName,
        contactName: c.contactName,
        contactEmail: c.contactEmail,
      })),
    }),
  };
}
