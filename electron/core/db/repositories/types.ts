import type { AgentStatus, AlertDelivery, AlertKind, CaseStatus, Channel, Priority, SlaClass, SlaClock } from '../../../../shared/domain/vocab';
import type {
  AgentRecord,
  CaseRecord,
  ContactRecord,
  EventRecord,
  InteractionRecord,
  OrganizationRecord,
} from '../../../../shared/interchange/schema';
import type { IntakeRepository } from './intake';
import type { RecordTable } from './recordTable';
import type { SweepRepository } from './sweeps';

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
  /** My queue's items in warning or breached (the window title and tray). */
  attention: AttentionRepository;
  /** Saved queue filters per agent (migration 004). */
  savedFilters: SavedFilterRepository;
  /** Contact matching, case search and key numbering for intake and filing. */
  intake: IntakeRepository;
  /** The unassigned sweep's record and what its last delivered sweep saw (migration 005). */
  sweeps: SweepRepository;
  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;
  /**
   * Runs `fn` in one IMMEDIATE transaction: the write lock is taken before `fn` reads, so a
   * read-check-write (take an unassigned item) cannot interleave with another process's.
   */
  immediate<T>(fn: () => T): T;
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

/** What the queue views need of a work item besides the row (migration 004; `shared/domain/queueViews.ts`). */
export interface WorkItemViewColumns {
  organizationId: string | null;
  labels: string[];
  /** Cases: the last human public reply; null when never (and for interactions). */
  lastSentAt: number | null;
  /** A case whose customer wrote last (Our turn); false for interactions. */
  customerLast: boolean;
  /** `agingSortKey`: the Aging order; null for interactions (not in Aging). */
  agingKey: string | null;
}
/** A work item as stored and read back. */
export type StoredWorkItem = WorkItemRow & WorkItemViewColumns;
/** A work item to store: with the message text the search indexes beside key, subject and names. */
export type WorkItemWrite = StoredWorkItem & { searchBody: string };

/**
 * One queue view narrowed by a filter (`docs/queue.md`): `scope` is the view's membership, the
 * lists restrict to any of their values, `match` is an FTS5 expression already made safe
 * (`shared/domain/searchQuery.ts`). Aging is ordered by `aging_key`, everything else by `sort_key`.
 */
export interface WorkItemQuery {
  scope: { all: true } | { assigneeId: string | null } | { ourTurn: true } | { aging: true };
  channel?: readonly Channel[];
  priority?: readonly Priority[];
  status?: readonly CaseStatus[];
  organizationId?: readonly string[];
  label?: readonly string[];
  match?: string;
}

export interface WorkItemRepository {
  /** Inserts or replaces the row, its labels and its search text (one statement set, in the caller's transaction). */
  put(row: WorkItemWrite): void;
  get(id: string): StoredWorkItem | undefined;
  remove(id: string): void;
  /** One window of a filtered view in its order, and how many items pass the filter. */
  list(query: WorkItemQuery, offset: number, limit: number): StoredWorkItem[];
  total(query: WorkItemQuery): number;
  /** Both at once, the window read by whichever plan is cheaper for that total (`workItemQuery.ts`). */
  window(query: WorkItemQuery, offset: number, limit: number): { total: number; rows: StoredWorkItem[] };
  /** Organizations (id, name) and labels of the work items, with how many items each. */
  filterOptions(): { organizations: { id: string; name: string; count: number }[]; labels: { label: string; count: number }[] };
  /** One window in queue order (`sort_key`). */
  page(filter: WorkItemFilter, offset: number, limit: number): StoredWorkItem[];
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

export interface AttentionRepository {
  /** How many of the agent's items are in warning or breached at `now`, and the ids of the first `limit` in queue order. */
  atRisk(agentId: string, now: number, limit: number): { count: number; ids: string[] };
}

/** A saved queue filter as stored (`filter` is the contract's QueueFilter, JSON). */
export interface SavedFilterRow {
  name: string;
  filter: unknown;
  savedAt: number;
}

export interface SavedFilterRepository {
  /** The agent's saved filters by name (case-insensitive). */
  list(agentId: string): SavedFilterRow[];
  /** Inserts or replaces by name (case-insensitive: the new spelling wins). */
  save(agentId: string, row: SavedFilterRow): void;
  /** True when one was removed. */
  remove(agentId: string, name: string): boolean;
  count(agentId: string): number;
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
