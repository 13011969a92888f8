import type { ChangeTopic } from '../../../shared/contract/events';
import { DEFAULT_CHECKLIST_TEMPLATE, checklistTemplateSchema, instantiate, localDay, observe, type ChecklistFacts, type ChecklistTemplate } from '../../../shared/domain/checklist';
import type { AgentRecord } from '../../../shared/interchange/schema';
import type { Clock } from '../../../shared/time/clock';
import type { ChecklistDayRow } from '../db/repositories/checklist';
import type { Repositories } from '../db/repositories/types';
import type { UnitOfWork } from '../db/unitOfWork';

/**
 * The checklist's auto-ticks (`docs/checklist.md`): after each commit, the facts that commit could
 * have changed (its change topics) are observed for every agent who has a checklist for their local
 * today, and items whose fact holds tick themselves with the time and the evidence, in one unit of
 * work. No timer: while nothing is committed, nothing runs.
 */

/** Workspace setting of the lead-edited template; absent = `DEFAULT_CHECKLIST_TEMPLATE`. */
export const CHECKLIST_TEMPLATE_SETTING = 'checklist_template';

/** The template in force (a stored one that no longer validates falls back to the defaults). */
export function checklistTemplateOf(repos: Repositories): { items: ChecklistTemplate; isDefault: boolean } {
  const stored = repos.settings.get(CHECKLIST_TEMPLATE_SETTING);
  if (stored === undefined || stored === null) return { items: DEFAULT_CHECKLIST_TEMPLATE, isDefault: true };
  const parsed = checklistTemplateSchema.safeParse(stored);
  return parsed.success ? { items: parsed.data, isDefault: false } : { items: DEFAULT_CHECKLIST_TEMPLATE, isDefault: true };
}

/** Which facts to look at. */
export interface FactScope {
  waiting: boolean;
  status: boolean;
  ourTurn: boolean;
}
export const ALL_FACTS: FactScope = { waiting: true, status: true, ourTurn: true };

/** The facts a commit with these topics could have changed (null: none). */
export function scopeOfTopics(topics: Iterable<ChangeTopic>): FactScope | null {
  const t = new Set(topics);
  if (t.has('workspace')) return ALL_FACTS;
  // The Our turn item ticks on a status change too (the end of the shift), so it reads the count then.
  const scope: FactScope = { waiting: t.has('interactions') || t.has('cases'), status: t.has('agents'), ourTurn: t.has('cases') || t.has('agents') };
  return scope.waiting || scope.status || scope.ourTurn ? scope : null;
}

/** The facts about `agent` at `now`, within `scope`; the waiting counts are read once for every agent. */
export function factsOf(
  repos: Repositories,
  agent: AgentRecord,
  now: number,
  scope: FactScope,
  waiting: () => { chatsWaiting: number; voicemailsWaiting: number; emailsWaiting: number },
): ChecklistFacts {
  return {
    now,
    timeZone: agent.timeZone,
    ...(scope.waiting && waiting()),
    ...(scope.status && { status: agent.status }),
    ...(scope.ourTurn && { ourTurnMine: repos.checklist.ourTurnOf(agent.id) }),
  };
}

/** The agent's checklist for their local today, made from the template (and its facts observed) if not kept yet. Inside a unit of work. */
export function ensureToday(repos: Repositories, agent: AgentRecord, now: number): ChecklistDayRow {
  const day = localDay(now, agent.timeZone);
  const kept = repos.checklist.get(agent.id, day);
  if (kept) return kept;
  const fresh = instantiate(checklistTemplateOf(repos).items);
  const seen = observe(fresh, factsOf(repos, agent, now, ALL_FACTS, () => repos.checklist.waiting()));
  const row = { agentId: agent.id, day, items: seen.items };
  repos.checklist.put(row);
  return row;
}

/**
 * Observes the facts in `scope` for every agent with a checklist for their local today and writes the
 * items that changed; one unit of work, taken only when something is to be written. Returns the ids
 * ticked per agent.
 */
export function autoTick(repos: Repositories, uow: UnitOfWork, now: number, scope: FactScope): Map<string, string[]> {
  const plan = () => {
    let waitingCounts: ReturnType<Repositories['checklist']['waiting']> | null = null;
    const waiting = () => (waitingCounts ??= repos.checklist.waiting());
    const writes: { row: ChecklistDayRow; ticked: string[] }[] = [];
    for (const agent of repos.agents.list()) {
      const row = repos.checklist.get(agent.id, localDay(now, agent.timeZone));
      if (!row) continue;
      const seen = observe(row.items, factsOf(repos, agent, now, scope, waiting));
      if (seen.changed) writes.push({ row: { ...row, items: seen.items }, ticked: seen.ticked });
    }
    return writes;
  };
  // A cheap look first: most commits change nothing on anyone's checklist and take no write lock.
  if (plan().length === 0) return new Map();
  return uow.run(() => {
    const ticked = new Map<string, string[]>();
    for (const w of plan()) {
      repos.checklist.put(w.row);
      if (w.ticked.length > 0) ticked.set(w.row.agentId, w.ticked);
    }
    return ticked;
  });
}

export interface ChecklistWatcher {
  /** Observes what the commits since the last run could have changed (called after the commits are made). */
  run(): void;
  stop(): void;
}

/** Collects the topics of every commit; `run` (after the commit, never inside the request) ticks what they could have changed. */
export function createChecklistWatcher(deps: { repos: Repositories; uow: UnitOfWork; clock: Clock }): ChecklistWatcher {
  let topics = new Set<ChangeTopic>();
  const stopListening = deps.uow.onCommit((commit) => {
    for (const t of commit.topics) topics.add(t);
  });
  return {
    run() {
      const scope = scopeOfTopics(topics);
      topics = new Set();
      if (scope === null) return;
      try {
        autoTick(deps.repos, deps.uow, deps.clock.now(), scope);
      } catch (err) {
        console.error('shiftdesk: ticking the checklists failed', err);
      }
    },
    stop: stopListening,
  };
}
