import { CHANGE_TOPICS, type ChangeTopic } from '../../../shared/contract/events';
import type { OtherTable, WriteSet } from './writes';

/**
 * The change topics of a committed unit of work, from what it wrote and which work items the
 * projector changed: nobody picks topics by hand. A setting or preference this table does not name
 * announces itself as `settings` or `session`, so a new one is never silent.
 */
const SETTING_TOPICS: Record<string, ChangeTopic[]> = {
  onboarded: ['workspace'],
  file_extra: ['workspace'],
  calendar: ['settings'],
  sla_policy: ['settings'],
  sweep_every_minutes: ['sweep'],
  /** The schedule reminders' record of what was delivered (`schedule/scheduler.ts`): shown nowhere. */
  schedule_reminders: [],
  /** The help-desk connection and the sync's progress (docs/sync.md). */
  sync_connection: ['sync'],
  sync_state: ['sync'],
};

const PREF_TOPICS: Record<string, ChangeTopic[]> = {
  'session.agentId': ['session'],
  'sweep.everyMinutes': ['sweep'],
};

const TABLE_TOPICS: Record<OtherTable, ChangeTopic> = { alerts: 'alerts', saved_filters: 'filters', sweeps: 'sweep', audit: 'audit', checklist_days: 'checklist', sync: 'sync' };

/** Which kinds of work item the projector changed. */
export interface ProjectedKinds {
  cases: boolean;
  interactions: boolean;
}

export function topicsOf(w: WriteSet, projected: ProjectedKinds): ChangeTopic[] {
  const topics = new Set<ChangeTopic>();
  const { records } = w;
  if (records.agents.size > 0) topics.add('agents');
  // Organization and contact names show on cases (detail) as well as on queue rows.
  if (records.cases.size > 0 || w.timelines.size > 0 || records.organizations.size > 0 || records.contacts.size > 0 || projected.cases) {
    topics.add('cases');
  }
  if (records.interactions.size > 0 || projected.interactions) topics.add('interactions');
  for (const key of w.settings) for (const t of SETTING_TOPICS[key] ?? ['settings']) topics.add(t);
  for (const key of w.prefs) for (const t of PREF_TOPICS[key] ?? ['session']) topics.add(t);
  for (const table of w.tables) topics.add(TABLE_TOPICS[table]);
  if (w.alertedItems.size > 0) topics.add('alerts');
  return inTopicOrder(topics);
}

/** Topics in the contract's order (`CHANGE_TOPICS`), whatever order they were noted in. */
export function inTopicOrder(topics: ReadonlySet<ChangeTopic>): ChangeTopic[] {
  return CHANGE_TOPICS.filter((t) => topics.has(t));
}
