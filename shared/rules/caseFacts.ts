import type { CaseType, Priority, Urgency } from '../domain/vocab';

/**
 * What a rule sees of a case (and what it may change): the caller (the case workflow, on create and
 * on every change) gathers these from the case, its organization and its links.
 */

/**
 * What this case is to another case it is linked to: `needs_config` = it is the configuration case
 * another case's "needs config" link asks for; `child` = it was split off another (or made its child),
 * `parent` = the other is its child; `related` = neither.
 */
export const LINK_KINDS = ['needs_config', 'child', 'parent', 'related'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * How the link came about: `created` = this case was created from the other case's link (the
 * "needs config" field, or *Split*); `by_hand` = an agent linked two existing cases. The source
 * raises only a case created from a "needs config" link; one linked by hand gets a reminder instead.
 */
export const LINK_HOWS = ['created', 'by_hand'] as const;
export type LinkHow = (typeof LINK_HOWS)[number];

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
