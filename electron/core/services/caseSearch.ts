import type { Handlers } from '../../../shared/contract/index';
import { DIRECTORY_SEARCH_LIMIT } from '../../../shared/contract/directory';
import { CASE_SEARCH_LIMIT } from '../../../shared/contract/intake';
import { isOpenStatus } from '../../../shared/domain/vocab';
import { toIso } from '../../../shared/time/instant';
import type { ServiceDeps } from './deps';

/** The case picker's search (filing an interaction into an existing case): by key, contact or organization; and the directory of contacts and organizations. */
export function caseSearchService(deps: ServiceDeps): Pick<Handlers, 'cases.search' | 'directory.search'> {
  return {
    // Picking a reporter, organization or request participant on a case.
    'directory.search': ({ text }) => deps.repos.intake.searchDirectory(text, DIRECTORY_SEARCH_LIMIT),
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
