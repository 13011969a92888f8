/**
 * What a unit of work wrote, noted by the repositories themselves as they write (never by a
 * service): the projector re-derives the work items these records affect, and the change topics
 * follow from it (`topics.ts`). A repository write outside a unit of work throws, so a write can
 * neither skip its projection nor its `changed` event.
 */
export type RecordTableName = 'agents' | 'organizations' | 'contacts' | 'cases' | 'interactions';

/** Tables that are not records the projection reads, each with the change topic it announces. */
export type OtherTable = 'alerts' | 'saved_filters' | 'sweeps' | 'audit' | 'checklist_days' | 'sync';

export interface WriteSet {
  /** Ids of records inserted or changed, per table. */
  records: Record<RecordTableName, Set<string>>;
  /** Cases whose timeline gained events. */
  timelines: Set<string>;
  /** Cases inserted (not there before the unit of work). */
  createdCases: Set<string>;
  /** The unit imports records made elsewhere (an interchange import): nothing of it is sent to a help desk. */
  imported: boolean;
  /** Workspace settings whose value changed. */
  settings: Set<string>;
  /** Work items whose alert record changed (an alert fired): their next alert instant moves. */
  alertedItems: Set<string>;
  /** Other tables written. */
  tables: Set<OtherTable>;
  /** Device preferences set (not in SQLite, but announced like the rest). */
  prefs: Set<string>;
  /**
   * The whole projection is to be derived again: `fresh` when nothing derived may be trusted (its
   * rules changed: cleared first), `all` when so many records changed that deriving every item is the
   * cheaper way (compared with what is stored, so unchanged items are not written).
   */
  rebuild: false | 'all' | 'fresh';
}

function emptyWriteSet(): WriteSet {
  return {
    records: { agents: new Set(), organizations: new Set(), contacts: new Set(), cases: new Set(), interactions: new Set() },
    timelines: new Set(),
    createdCases: new Set(),
    imported: false,
    settings: new Set(),
    alertedItems: new Set(),
    tables: new Set(),
    prefs: new Set(),
    rebuild: false,
  };
}

/** The repositories' side of a unit of work: each write is noted in the open unit, or refused. */
export interface Writes {
  record(table: RecordTableName, id: string): void;
  timeline(caseId: string): void;
  /** A case written: noted as created when `isNew()` (asked only when the unit keeps created cases: not an import or a rebuild). */
  created(caseId: string, isNew: () => boolean): void;
  setting(key: string): void;
  alerted(itemId: string): void;
  table(table: OtherTable): void;
  pref(key: string): void;
  rebuild(): void;
  /** Throws unless a unit of work is open (every write method calls it before writing). */
  require(what: string): void;
}

export class WriteOutsideUnitOfWork extends Error {
  constructor(what: string) {
    super(`${what}: a write outside a unit of work (wrap the action in uow.run)`);
  }
}

/** The tracker a unit of work opens and closes; the repositories hold its `writes` side. */
export interface WriteTracker {
  writes: Writes;
  /** The set being filled, or null when no unit of work is open. */
  current(): WriteSet | null;
  open(): WriteSet;
  close(): void;
}

/**
 * Past this many records written in one unit of work (an import), the projector derives the whole
 * queue again instead of the records' own items: cheaper than looking up what depends on each, and
 * the unit stops remembering ids (a 100,000-case import would hold hundreds of thousands).
 */
export const REBUILD_ABOVE = 5_000;

export function createWriteTracker(): WriteTracker {
  let set: WriteSet | null = null;
  let noted = 0;
  const active = (what: string): WriteSet => {
    if (set === null) throw new WriteOutsideUnitOfWork(what);
    return set;
  };
  /** Notes an id, or only that the table was written once the unit derives everything again. */
  const note = (ids: Set<string>, id: string, w: WriteSet) => {
    if (w.rebuild && ids.size > 0) return;
    ids.add(id);
    if (++noted > REBUILD_ABOVE && w.rebuild === false) w.rebuild = 'all';
  };
  return {
    writes: {
      record: (table, id) => {
        const w = active(`${table} write`);
        // Agents are few and the projection does not read them.
        if (table === 'agents') w.records.agents.add(id);
        else note(w.records[table], id, w);
      },
      timeline: (caseId) => {
        const w = active('case_events write');
        note(w.timelines, caseId, w);
      },
      created: (caseId, isNew) => {
        const w = active('cases write');
        if (!w.rebuild && !w.imported && isNew()) w.createdCases.add(caseId);
      },
      setting: (key) => void active('settings write').settings.add(key),
      alerted: (itemId) => void active('alerts write').alertedItems.add(itemId),
      table: (table) => void active(`${table} write`).tables.add(table),
      pref: (key) => void active('preference write').prefs.add(key),
      rebuild: () => void (active('projection rebuild').rebuild = 'fresh'),
      require: (what) => void active(what),
    },
    current: () => set,
    open() {
      set = emptyWriteSet();
      noted = 0;
      return set;
    },
    close() {
      set = null;
    },
  };
}
