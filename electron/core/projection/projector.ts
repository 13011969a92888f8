import {
  caseItemId,
  deriveCaseItem,
  interactionItemId,
  deriveInteractionItem,
  planWorkItem,
  WORK_ITEM_RULES_VERSION,
  type ItemNames,
  type WorkItemFacts,
} from '../../../shared/domain/workItem';
import { countingEntries } from '../../../shared/domain/refile';
import { isOpenStatus } from '../../../shared/domain/vocab';
import type { SlaSetup } from '../../../shared/sla/evaluate';
import type { Clock } from '../../../shared/time/clock';
import { alertId } from '../alerts/alertId';
import type { ContactSource, InteractionSource, OrganizationSource } from '../db/repositories/projectionSource';
import type { PlannedItem, Repositories, SlaColumns, WorkItemWrite } from '../db/repositories/types';
import type { Projector, ReportProgress } from '../db/unitOfWork';
import type { ProjectedKinds } from '../db/topics';
import type { WriteSet } from '../db/writes';
import { SETTING } from '../services/deps';

/**
 * The projector (decision D21): at the commit of a unit of work, brings `work_items` in line with
 * what the unit wrote, in the same transaction, with the pure derivation of `shared/domain/workItem.ts`.
 * Three depths, each only for what needs it:
 * - **derive** the items of the records written and of the records that show through them (a case's
 *   interactions show its key; an organization's or contact's name shows on their cases and calls);
 * - **re-plan** every other planned item from its stored SLA facts when the calendar or the SLA policy
 *   changed (only the settings-dependent columns are written);
 * - **re-arm**: the next alert instant of items whose alert just fired.
 * A requested rebuild (new derivation rules, `projections` ledger) clears and derives everything;
 * a unit of work that wrote thousands of records (an import) has every item derived and compared.
 */
export const WORK_ITEMS_PROJECTION = 'work_items';
const BATCH = 500;
const SLA_SETTINGS: readonly string[] = [SETTING.calendar, SETTING.slaPolicy];

export interface ProjectorDeps {
  repos: Repositories;
  /** The SLA setup as the settings are now (read inside the transaction, after the unit's own writes). */
  setup(): SlaSetup;
  clock: Pick<Clock, 'now'>;
}

export function createProjector(deps: ProjectorDeps): Projector {
  const { repos } = deps;
  const source = repos.projection;

  function project(w: WriteSet, progress?: ReportProgress): ProjectedKinds {
    const out: ProjectedKinds = { cases: false, interactions: false };
    const setup = deps.setup();
    const alerts = alertLookup();
    const written = (item: { source: 'case' | 'interaction' }) => {
      if (item.source === 'case') out.cases = true;
      else out.interactions = true;
    };

    if (w.rebuild) {
      rebuild(w.rebuild, setup, alerts, written, progress);
      return out;
    }

    // 1. Derive what the records written affect.
    const contacts = [...w.records.contacts];
    const organizations = [...w.records.organizations];
    const caseIds = new Set([
      ...w.records.cases,
      ...w.timelines,
      ...repos.cases.idsWhere('reporter_id', contacts),
      ...repos.cases.idsWhere('organization_id', organizations),
    ]);
    const people = [...new Set([...contacts, ...repos.contacts.idsWhere('organization_id', organizations)])];
    const interactionIds = new Set([
      ...w.records.interactions,
      ...repos.interactions.idsWhere('case_id', [...caseIds]),
      ...repos.interactions.idsWhere('contact_id', people),
    ]);
    const derived = new Set<string>();
    for (const item of deriveAll([...caseIds], [...interactionIds], setup, alerts, 'Updating the queue', progress)) {
      derived.add(item.id);
      if (store(item)) written(item);
    }

    // 2. New calendar or policy: every other item with a timer is planned again from its stored facts.
    if (SLA_SETTINGS.some((key) => w.settings.has(key))) replanAll(setup, alerts, derived, written, progress);

    // 3. Alerts recorded: those items' next alert instant moves on.
    const alerted = [...w.alertedItems].filter((id) => !derived.has(id));
    alerts.prefetch(alerted);
    for (const id of alerted) {
      const row = repos.workItems.get(id);
      if (row) repos.workItems.setAlertDue(id, alerts.dueAt(id, row));
    }
    return out;
  }

  /** The items of these cases, then of these interactions, derived a batch at a time (a record that makes none: `row` null). */
  function* deriveAll(
    caseIds: readonly string[],
    interactionIds: readonly string[],
    setup: SlaSetup,
    alerts: AlertLookup,
    phase: string,
    progress?: ReportProgress,
  ): Generator<DerivedOrGone> {
    const total = caseIds.length + interactionIds.length;
    let done = 0;
    for (const [ids, derive] of [[caseIds, deriveCases], [interactionIds, deriveInteractions]] as const) {
      for (const batch of batches(ids)) {
        yield* derive(batch, setup, alerts);
        done += batch.length;
        progress?.({ phase, done, total });
      }
    }
  }

  /** Writes a derived item, or removes the item of a record that no longer makes one; true when anything changed. */
  function store(item: DerivedOrGone): boolean {
    return item.row === null ? repos.workItems.remove(item.id) : repos.workItems.put(item.row);
  }

  function* deriveCases(ids: readonly string[], setup: SlaSetup, alerts: AlertLookup): Generator<DerivedOrGone> {
    alerts.prefetch(ids.map(caseItemId));
    const cases = new Map(source.cases(ids).map((c) => [c.id, c]));
    const open = [...cases.values()].filter((c) => isOpenStatus(c.status));
    const timelines = repos.events.timelines(open.map((c) => c.id));
    const orgs = source.organizations(unique(open.map((c) => c.organizationId)));
    const reporters = source.contacts(unique(open.map((c) => c.reporterId)));
    for (const id of ids) {
      const c = cases.get(id);
      const facts = c
        ? deriveCaseItem(c, countingEntries(timelines.get(id) ?? []), itemNames(c.organizationId === null ? undefined : orgs.get(c.organizationId), c.reporterId === null ? undefined : reporters.get(c.reporterId)))
        : null;
      yield { id: caseItemId(id), source: 'case', row: facts && withPlan(facts, setup, alerts) };
    }
  }

  function* deriveInteractions(ids: readonly string[], setup: SlaSetup, alerts: AlertLookup): Generator<DerivedOrGone> {
    alerts.prefetch(ids.map(interactionItemId));
    const interactions = source.interactions(ids);
    const byId = new Map(interactions.map((x) => [x.id, x]));
    const waiting = interactions.filter((x) => x.state === 'waiting');
    const linked = new Map(source.cases(unique(waiting.map((x) => x.caseId))).map((c) => [c.id, c]));
    const callers = source.contacts(unique(waiting.map((x) => x.contactId)));
    // The caller's organization, else the case's.
    const orgIds = (x: InteractionSource): string | null => {
      const caller = x.contactId === null ? undefined : callers.get(x.contactId);
      return caller?.organizationId ?? (x.caseId === null ? null : (linked.get(x.caseId)?.organizationId ?? null));
    };
    const orgs = source.organizations(unique(waiting.map(orgIds)));
    for (const id of ids) {
      const x = byId.get(id);
      let facts: WorkItemFacts | null = null;
      if (x) {
        const organizationId = orgIds(x);
        facts = deriveInteractionItem(x, x.caseId === null ? null : (linked.get(x.caseId) ?? null), {
          organizationId,
          ...itemNames(organizationId === null ? undefined : orgs.get(organizationId), x.contactId === null ? undefined : callers.get(x.contactId)),
        });
      }
      yield { id: interactionItemId(id), source: 'interaction', row: facts && withPlan(facts, setup, alerts) };
    }
  }

  /** What a row shows and searches of its organization and contact. */
  function itemNames(org: OrganizationSource | undefined, contact: ContactSource | undefined): ItemNames {
    return {
      organizationName: org?.name ?? null,
      priorityOrganization: org?.priority ?? false,
      contactName: contact?.name ?? null,
      contactEmail: contact?.email ?? null,
      contactPhone: contact?.phone ?? null,
    };
  }

  function withPlan(facts: WorkItemFacts, setup: SlaSetup, alerts: AlertLookup): WorkItemWrite {
    const { searchBody, labels, ...rest } = facts;
    return { ...rest, labels: [...labels], ...slaColumnsOf(facts, setup, alerts), searchBody };
  }

  function slaColumnsOf(facts: Parameters<typeof planWorkItem>[0] & { id: string }, setup: SlaSetup, alerts: AlertLookup): SlaColumns {
    const { urgency, plan, sortKey, agingKey } = planWorkItem(facts, setup);
    const columns = {
      urgency,
      slaClass: plan?.class ?? null,
      slaDeadline: plan?.deadline ?? null,
      slaClock: plan?.clock ?? null,
      slaStart: plan?.clockStart ?? null,
      slaTargetMs: plan?.targetMs ?? null,
      slaWarningAt: plan?.warningAt ?? null,
      sortKey,
      agingKey,
    };
    return { ...columns, alertDueAt: alerts.dueAt(facts.id, columns) };
  }

  function replanAll(setup: SlaSetup, alerts: AlertLookup, skip: ReadonlySet<string>, written: (item: { source: 'case' | 'interaction' }) => void, progress?: ReportProgress) {
    const planned = repos.workItems.planned().filter((row) => !skip.has(row.id));
    let done = 0;
    for (const batch of batches(planned)) {
      alerts.prefetch(batch.map((row) => row.id));
      for (const row of batch) if (replan(row, setup, alerts)) written(row);
      done += batch.length;
      progress?.({ phase: 'Moving deadlines', done, total: planned.length });
    }
  }

  /** A stored item planned again on the settings as they are now (only its SLA columns written); true when anything moved. */
  function replan(row: PlannedItem, setup: SlaSetup, alerts: AlertLookup): boolean {
    const next = slaColumnsOf(row, setup, alerts);
    const same = (Object.keys(next) as (keyof SlaColumns)[]).every((k) => next[k] === row[k]);
    if (!same) repos.workItems.setSla(row.searchId, next);
    return !same;
  }

  function rebuild(how: 'all' | 'fresh', setup: SlaSetup, alerts: AlertLookup, written: (item: { source: 'case' | 'interaction' }) => void, progress?: ReportProgress) {
    if (how === 'fresh' && repos.workItems.clear() > 0) {
      written({ source: 'case' });
      written({ source: 'interaction' });
    }
    const keep = new Set<string>();
    const caseIds = source.openCaseIds();
    const interactionIds = source.waitingInteractionIds();
    for (const item of deriveAll(caseIds, interactionIds, setup, alerts, 'Rebuilding the queue', progress)) {
      if (item.row === null) continue;
      keep.add(item.id);
      if (repos.workItems.put(item.row)) written(item);
    }
    for (const id of repos.workItems.ids()) {
      if (keep.has(id)) continue;
      const row = repos.workItems.get(id);
      if (repos.workItems.remove(id) && row) written(row);
    }
    repos.projections.record(WORK_ITEMS_PROJECTION, WORK_ITEM_RULES_VERSION, deps.clock.now());
  }

  /**
   * Which alerts are recorded, for one projection: nothing to look up in a workspace that never
   * recorded one; otherwise a batch of items at a time (`prefetch`), else one alert at a time.
   */
  function alertLookup(): AlertLookup {
    const any = repos.alerts.any();
    let known: Map<string, Set<string>> | null = null;
    const recorded = (itemId: string, kind: 'warning' | 'breached', deadline: number) => {
      const batch = known?.get(itemId);
      return batch !== undefined ? batch.has(`${kind}|${deadline}`) : repos.alerts.has(alertId(itemId, kind, deadline));
    };
    return {
      prefetch(itemIds) {
        if (!any) return;
        const found = repos.alerts.ofItems(itemIds);
        // Items of the batch without any alert are known to have none.
        for (const id of itemIds) if (!found.has(id)) found.set(id, new Set());
        known = found;
      },
      dueAt(itemId, sla) {
        const { slaDeadline: deadline, slaWarningAt: warningAt } = sla;
        if (deadline === null || warningAt === null) return null;
        const warns = warningAt < deadline;
        if (!any) return warns ? warningAt : deadline;
        if (recorded(itemId, 'breached', deadline)) return null;
        return warns && !recorded(itemId, 'warning', deadline) ? warningAt : deadline;
      },
    };
  }

  return { project };
}

/**
 * The next alert of an item not yet recorded (`alert_due_at`): its warning instant while the warning
 * has not fired (and comes before the deadline), then its deadline until the breach has fired, then
 * none. An item that was past both when first looked at fires only its breach.
 */
interface AlertLookup {
  /** Loads what is recorded for these items (the next `dueAt` calls are about them). */
  prefetch(itemIds: readonly string[]): void;
  dueAt(itemId: string, sla: Pick<SlaColumns, 'slaDeadline' | 'slaWarningAt'>): number | null;
}

type DerivedOrGone = { id: string; source: 'case' | 'interaction'; row: WorkItemWrite | null };

function unique(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function* batches<T>(list: readonly T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += BATCH) yield list.slice(i, i + BATCH);
}
