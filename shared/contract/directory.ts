import { z } from 'zod';
import { method } from './define';

/** At most this many contacts and organizations each answer a directory search. */
export const DIRECTORY_SEARCH_LIMIT = 20;

export const directoryContactModel = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
});
export const directoryOrganizationModel = z.object({ id: z.string(), name: z.string(), priority: z.boolean() });

export const directoryMethods = {
  'directory.search': method(
    z.object({ text: z.string().trim().min(1, 'is empty: type part of a name or email').max(200, 'longer than 200 characters') }),
    z.object({ contacts: z.array(directoryContactModel), organizations: z.array(directoryOrganizationModel) }),
    "contacts (by name or email) and organizations (by name) whose text contains the search, for picking a case's reporter, organization or request participants",
  ),
} as const;
