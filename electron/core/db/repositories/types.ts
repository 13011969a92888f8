import type { AgentStatus, AlertDelivery, AlertKind, CaseStatus, Channel, Priority, SlaClass, SlaClock } from '../../../../shared/domain/vocab';
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
  alerts: AlertRepository;
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
  get(id: string): WorkItemRow | undefined;
  remove(id: string): void;
  /** One window in queue order (`sort_key`). */
  page(filter: WorkItemFilter, offset: number, limit: number): WorkItemRow[];
  count(filter: WorkItemFilter): number;
  /**
   * Alerts due at `now` and not yet recorded, oldest due first: warnings of items between their
   * warning instant and deadline, breaches of items past their deadline. `scope` limits them to one
   * agent's items and the unassigned ones (null = every item).
   */
  alertsDue(now: number, scope: AlertScope): DueAlert[];
  /** The next instant after `now` at which an item in scope turns to warning or breached, or null. */
  nextAlertAt(now: number, scope: AlertScope): number | null;
}

/** Whose items alert: one agent's and the unassigned ones, or (null) every item. */
export type AlertScope = { agentId: string | null };

export interface DueAlert {
  item: WorkItemRow;
  kind: AlertKind;
  /** The instant it came due: the warning instant or the deadline. */
  dueAt: number;
}

/** A row of the `alerts` table. Instants are epoch ms. */
export interface AlertRow {
  id: string;
  itemId: string;
  caseId: string | null;
  key: string;
  kind: AlertKind;
  slaClass: SlaClass;
  deadline: number;
  dueAt: number;
  firedAt: number;
  late: boolean;
  delivery: AlertDelivery;
  silencedBy: AgentStatus | null;
  agentId: string | null;
  title: string;
  body: string;
  readAt: number | null;
}

export interface AlertRepository {
  insert(row: AlertRow): void;
  /** The latest alerts, newest first. */
  latest(limit: number): AlertRow[];
  byIds(ids: readonly string[]): AlertRow[];
  unreadCount(): number;
  /** Marks these alerts (all when null) read at `at`; returns how many changed. */
  markRead(ids: readonly string[] | null, at: number): number;
}
