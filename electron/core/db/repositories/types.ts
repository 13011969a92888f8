import type { AgentStatus, CaseStatus, Channel, Priority, SlaClass, SlaClock } from '../../../../shared/domain/vocab';
import type {
  AgentRecord,
  CaseRecord,
  ContactRecord,
  EventRecord,
  InteractionRecord,
  OrganizationRecord,
} from '../../../../shared/interchange/schema';
import type { RecordTable } from './recordTable';

/**
 * All database access of the core goes through this one interface (DESIGN.md: so it can move
 * wholly to a worker if measurements ask for it). `sqlite.ts` implements it.
 */
export interface Repositories {
  agents: AgentRepository;
  organizations: RecordTable<OrganizationRecord>;
  contacts: RecordTable<ContactRecord>;
  cases: RecordTable<CaseRecord>;
  events: EventRepository;
  interactions: RecordTable<InteractionRecord>;
  settings: SettingsRepository;
  workItems: WorkItemRepository;
  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;
}

export interface AgentRepository extends RecordTable<AgentRecord> {
  /** The first agent in import order. */
  first(): AgentRecord | undefined;
  /** True when the status changed. */
  setStatus(id: string, status: AgentStatus): boolean;
}

export interface StoredEvent extends EventRecord {
  seq: number;
}

export interface EventRepository {
  /** Appends unless an event with this fingerprint exists; true when appended. */
  append(event: EventRecord, fingerprint: string): boolean;
  /** A case's timeline, oldest first. */
  forCase(caseId: string): StoredEvent[];
  /** Every event in the order it was recorded. */
  list(): StoredEvent[];
  count(): number;
}

export interface SettingsRepository {
  get<T = unknown>(key: string): T | undefined;
  /** True when the stored value changed. */
  set(key: string, value: unknown): boolean;
}

/** A row of the derived `work_items` table. Instants are epoch ms. */
export interface WorkItemRow {
  id: string;
  source: 'case' | 'interaction';
  caseId: string | null;
  interactionId: string | null;
  key: string;
  channel: Channel;
  priority: Priority | null;
  urgent: boolean;
  status: CaseStatus | null;
  subject: string;
  organizationName: string | null;
  contactName: string | null;
  assigneeId: string | null;
  waitingSince: number;
  slaClass: SlaClass | null;
  slaDeadline: number | null;
  slaClock: SlaClock | null;
  /** Clock start, target (ms of `slaClock`) and the instant the state turns to warning. */
  slaStart: number | null;
  slaTargetMs: number | null;
  slaWarningAt: number | null;
  sortKey: string;
}

/** Which work items a view holds: all, or those of one assignee (`null` = unassigned). */
export type WorkItemFilter = { all: true } | { assigneeId: string | null };

export interface WorkItemRepository {
  put(row: WorkItemRow): void;
  remove(id: string): void;
  /** One window in queue order (`sort_key`). */
  page(filter: WorkItemFilter, offset: number, limit: number): WorkItemRow[];
  count(filter: WorkItemFilter): number;
}
