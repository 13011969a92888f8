import type { CaseType, LinkHow, LinkKind, Priority, Urgency } from '../domain/vocab';

/**
 * What a rule sees of a case (and what it may change): the caller (the case workflow, on create and
 * on every change) gathers these from the case, its organization and its links.
 */

export { LINK_HOWS, LINK_KINDS, type LinkHow, type LinkKind } from '../domain/vocab';

export interface CaseLinkFact {
  kind: LinkKind;
  how: LinkHow;
}

export interface OrganizationFacts {
  id: string;
  /** A priority organization (`queue.md` Order). */
  priority: boolean;
  /** As the organization record has it ("paid", "trial", ...), or null when not known. */
  plan: string | null;
  /** Null when not known (a condition reads it as 0). */
  licenses: number | null;
}

export interface CaseFacts {
  type: CaseType;
  priority: Priority;
  urgency: Urgency;
  labels: readonly string[];
  /** Agent ids. */
  watchers: readonly string[];
  /** The reminders the case shows already (a rule's reminder is added once). */
  reminders: readonly string[];
  organization: OrganizationFacts | null;
  /** The intake field *from a partner*. */
  fromPartner: boolean;
  links: readonly CaseLinkFact[];
}
