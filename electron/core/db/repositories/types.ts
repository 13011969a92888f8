import type { AgentStatus, AlertDelivery, AlertKind, CaseStatus, Channel, Priority, SlaClass, SlaClock, Urgency } from '../../../../shared/domain/vocab';
import type {
  AgentRecord,
  CaseRecord,
  ContactRecord,
  EventRecord,
  InteractionRecord,
  OrganizationRecord,
} from '../../../../shared/interchange/schema';
import type { WorkItemFacts } from '../../../../shared/domain/workItem';
import type { ChatRepository } from './chats';
import type { ClosureRepository } from './closure';
import type { IntakeRepository } from './intake';
import type { ProjectionSource } from './projectionSource';
import type { RecordTable } from './recordTable';
import type { SweepRepository } from './sweeps';
import type { AuditRepository } from './audit';
import type { SplitApprovalRepository } from './splitApprovals';
import type { ChecklistRepository } from './checklist';
import type { SyncRepository } from './sync';

/**
 * All database access of the core goes through this one interface (the main thread's and a worker
 * thread's alike). Writes happen only inside a unit of work (`../unitOfWork.ts`): each write method
 * notes what it wrote there, and throws when no unit of work is open (DESIGN.md: so it can move
 * wholly to a worker if measurements ask for it). `sqlite.ts` implements it.
 */
export interface Repositories {
  /** Lead-only and status actions, who and when (migration 013). */
  audit: AuditRepository;
  /** One daily checklist per agent per local day (migration 013), and the facts its auto-ticks read. */
  checklist: ChecklistRepository;
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
  /** The chats of a day, for the daily chat report (migration 009). */
  chats: ChatRepository;
  /** Pending Closure cases by their resolution email, and the chats filed into cases (migration 012). */
  closure: ClosureRepository;
  /** Open cases whose split waits for a lead's approval (migration 014). */
  splitApprovals: SplitApprovalRepository;
  /** What the projector reads in batches (the records behind many work items at once). */
  projection: ProjectionSource;
  /** The projection ledger: the version of the rules each stored projection was built with. */
  projections: ProjectionLedger;
  /** Links to the team's help desk, the outbox and what our pushes made there (migration 015). */
  sync: SyncRepository;
}

export interface ProjectionLedger {
  /** The rules version `name` was last built with, or null when it never was. */
  version(name: string): number | null;
  record(name: string, version: number, at: number): void;
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
  /** The timelines of these cases, oldest first each (cases without events are absent). */
  timelines(caseIds: readonly string[]): Map<string, StoredEvent[]>;
  /** Every event in the order it was recorded, a batch at a time (export). */
  iterate(): IterableIterator<StoredEvent>;
  /** A case's timeline, oldest first. */
  forCase(caseId: string): StoredEvent[];
  /** The case's events recorded after `seq`, in the order they were recorded. */
  after(caseId: string, seq: number): StoredEvent[];
  /** Every event in the order it was recorded. */
  list(): StoredEvent[];
  count(): number;
}

export interface SettingsRepository {
  get<T = unknown>(key: string): T | undefined;
  /** True when the stored value changed. */
  set(key: string, value: unknown): boolean;
}

/** The settings-dependent columns of a work item: its urgency in force, its SLA plan, its order keys and its next alert. Instants are epoch ms. */
export interface SlaColumns {
  /** The urgency in force (the priority's implied urgency is a setting). */
  urgency: Urgency;
  slaClass: SlaClass | null;
  slaDeadline: number | null;
  slaClock: SlaClock | null;
  /** Clock start, target (ms of `slaClock`) and the instant the state turns to warning. */
  slaStart: number | null;
  slaTargetMs: number | null;
  slaWarningAt: number | null;
  sortKey: string;
  /** `agingSortKey`: the Aging order; null for interactions (not in Aging). */
  agingKey: string | null;
  /** The next alert of the item not yet recorded: the warning instant, then the deadline, then null. */
  alertDueAt: number | null;
}

/** A row of the derived `work_items` table (migration 007): the derivation's facts and their plan. */
export type StoredWorkItem = Omit<WorkItemFacts, 'searchBody' | 'labels'> & { labels: string[] } & SlaColumns;
/** The same (the name the alert and sweep code use). */
export type WorkItemRow = StoredWorkItem;
/** A work item to store: with the message text the search indexes beside key, subject and names. */
export type WorkItemWrite = StoredWorkItem & { searchBody: string };

/** What re-planning an item reads: its order facts, its SLA facts and its current plan. */
export type PlannedItem = Pick<
  StoredWorkItem,
  'id' | 'source' | 'channel' | 'priority' | 'caseType' | 'setUrgency' | 'priorityOrganization' | 'waitingSince' | 'key' | 'lastSentAt' | 'createdAt' | 'slaFacts'
> &
  SlaColumns & { searchId: number };

/** Which work items a view holds: all, or those of one assignee (`null` = unassigned). */
export type WorkItemFilter = { all: true } | { assigneeId: string | null };

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
  /** Inserts or updates the item, its labels and its search text; false (nothing written) when it is stored as it is. */
  put(row: WorkItemWrite): boolean;
  /** False when there was no such item. */
  remove(id: string): boolean;
  /** Rewrites only the settings-dependent columns of the item with this search number (a calendar or policy change). */
  setSla(searchId: number, sla: SlaColumns): void;
  /** Removes every item, its labels and its search text (a rebuild by new rules); how many items there were. */
  clear(): number;
  /** Sets the next alert instant; true when it changed. */
  setAlertDue(id: string, at: number | null): boolean;
  /** Every item, with what a re-plan reads (its urgency and its timer follow the settings), in storage order. */
  planned(): PlannedItem[];
  ids(): string[];
  /** Ids of the items of these cases (the case's own and its interactions'). */
  idsOfCases(caseIds: readonly string[]): string[];
  get(id: string): StoredWorkItem | undefined;
  /** One window of a filtered view in its order as of `now` (breached first), read by `plan` (default: lookup). */
  list(query: WorkItemQuery, offset: number, limit: number, now: number, plan?: 'lookup' | 'walk'): StoredWorkItem[];
  total(query: WorkItemQuery): number;
  /** Both at once, the window read by whichever plan is cheaper for that total (`workItemQuery.ts`). */
  window(query: WorkItemQuery, offset: number, limit: number, now: number): { total: number; rows: StoredWorkItem[] };
  /** Organizations (id, name) and labels of the work items, with how many items each. */
  filterOptions(): { organizations: { id: string; name: string; count: number }[]; labels: { label: string; count: number }[] };
  count(filter: WorkItemFilter): number;
  /**
   * Alerts due at `now` and not yet recorded, oldest due first (`alert_due_at` <= now): a breach for an
   * item past its deadline, else its warning. `scope` limits them to one agent's items and the
   * unassigned ones (null = every item); `limit`, to the first so many.
   */
  alertsDue(now: number, scope: AlertScope, limit?: number): DueAlert[];
  /** The next instant after `now` at which an alert of an item in scope comes due, or null. */
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
  /** Records an alert unless one with its id exists; true when recorded (this write fired it). */
  insert(row: AlertRow): boolean;
  /** Whether an alert with this id is recorded. */
  has(id: string): boolean;
  /** The alerts recorded for these items, as `<kind>|<deadline>` per item id. */
  ofItems(itemIds: readonly string[]): Map<string, Set<string>>;
  /** Whether any alert is recorded at all (a new workspace's projection skips the lookups). */
  any(): boolean;
  /** The latest alerts, newest first. */
  latest(limit: number): AlertRow[];
  byIds(ids: readonly string[]): AlertRow[];
  unreadCount(): number;
  /** Marks these alerts (all when null) read at `at`; returns how many changed. */
  markRead(ids: readonly string[] | null, at: number): number;
  /** How many are recorded. */
  count(): number;
  /** Every alert, oldest fired first (an export streams them). */
  iterate(): IterableIterator<AlertRow>;
}
