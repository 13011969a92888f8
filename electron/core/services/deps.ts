import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { Clock } from '../../../shared/time/clock';
import type { Repositories } from '../db/repositories/types';
import type { UnitOfWork } from '../db/unitOfWork';
import type { JobHost } from '../jobs/host';
import type { Preferences } from '../ports';
import type { SlaContext } from './slaContext';
import type { SyncEngine } from '../sync/engine';
import type { SecretStore } from '../sync/secrets';

/**
 * What every service module is built from (constructor injection, no module state). A service
 * writes only inside `uow.run` (the repositories refuse otherwise) and never picks change topics or
 * rebuilds work items: the unit of work derives both from what it wrote.
 */
export interface ServiceDeps {
  repos: Repositories;
  uow: UnitOfWork;
  /** The long jobs (import, export, moving every deadline), in the worker thread when large. */
  jobs: JobHost;
  clock: Clock;
  /** Device preferences; setting one is a write (inside `uow.run`, announced like the rest). */
  prefs: Preferences;
  /** Sends any other contract event to every window (`open` after a notification click). */
  publish<E extends EventName>(event: E, payload: EventPayload<E>): void;
  dbPath: string;
  /** The workspace's SLA setup (calendar and policy), rebuilt when they change. */
  sla: SlaContext;
  /** The sample shift as a raw interchange file, its times placed around `now`. */
  sampleShift(now: number): unknown;
  /** The help-desk sync (absent: a face without it, e.g. the job worker). */
  sync?: SyncEngine;
  /** Where the help desk's token is kept (never the workspace). */
  secrets: SecretStore;
  /** The unassigned sweep's interval changed: the core's sweep scheduler re-plans (absent: none runs). */
  sweepIntervalChanged?(): void;
}

/** Workspace settings keys. */
export const SETTING = {
  calendar: 'calendar',
  onboarded: 'onboarded',
  /** The lead-edited SLA policy (`shared/sla`); absent = the defaults of sla.md. */
  slaPolicy: 'sla_policy',
  /** Unknown top-level keys of imported files, written back on export. */
  fileExtra: 'file_extra',
  /** The lead-kept teams (`shared/domain/caseTypes.ts`); absent = the five default teams. */
  teams: 'teams',
  /** The lead-kept release list; absent = none. */
  releases: 'releases',
  /** The lead-edited case rules (`shared/rules`); absent = DEFAULT_RULES. */
  rules: 'rules',
  /** The lead-edited templates (`shared/templates`), only those edited; absent = DEFAULT_TEMPLATES. */
  templates: 'templates',
  /** The links templates fill in (`{{link.billing}}`...); absent = none. */
  templateLinks: 'template_links',
} as const;

/** Device preference key of the agent using this device. */
export const PREF_AGENT_ID = 'session.agentId';
