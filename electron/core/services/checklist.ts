import type { Handlers } from '../../../shared/contract/index';
import type { ChecklistItem } from '../../../shared/contract/checklist';
import { AppError } from '../../../shared/contract/result';
import { localDay, localTime, observe, progress, tickByHand, type ChecklistDayItem } from '../../../shared/domain/checklist';
import type { AgentRecord } from '../../../shared/interchange/schema';
import { toIso } from '../../../shared/time/instant';
import { CHECKLIST_TEMPLATE_SETTING, checklistTemplateOf, ensureToday } from '../checklist/autoTick';
import type { ChecklistDayRow } from '../db/repositories/checklist';
import type { ServiceDeps } from './deps';
import { recordAudit, requireActingAgent, requireLead } from './roles';
import { sessionAgent } from './session';

type ChecklistHandlers = Pick<
  Handlers,
  'checklist.today' | 'checklist.tick' | 'checklist.viewed' | 'checklist.history' | 'checklist.template' | 'checklist.saveTemplate'
>;

/** How many days `checklist.history` answers at most. */
const HISTORY_MAX_DAYS = 400;

/**
 * The daily checklist (`docs/checklist.md`): one per agent per local day, made from the template on
 * its first read; hand ticks on your own; `viewed` ticks what follows opening a view; the auto-ticks
 * that follow commits are `../checklist/autoTick.ts`.
 */
export function checklistService(deps: ServiceDeps): ChecklistHandlers {
  const { repos } = deps;

  const agentOf = (agentId: string | undefined): AgentRecord => {
    if (agentId === undefined) return requireActingAgent(deps, 'The checklist');
    const agent = repos.agents.get(agentId);
    if (!agent) throw new AppError('not_found', `agentId: no agent ${agentId} in this workspace`);
    return agent;
  };

  const itemOut = (item: ChecklistDayItem, timeZone: string): ChecklistItem => ({
    id: item.id,
    part: item.part,
    text: item.text,
    auto: item.auto,
    done: item.done,
    at: item.at === null ? null : toIso(item.at),
    time: item.at === null ? null : localTime(item.at, timeZone),
    how: item.how,
    evidence: item.evidence,
  });

  const dayOut = (agent: AgentRecord, row: ChecklistDayRow) => {
    const previous = repos.checklist.before(agent.id, row.day);
    const unfinished = previous?.items.filter((i) => !i.done) ?? [];
    return {
      agentId: agent.id,
      agentName: agent.name,
      timeZone: agent.timeZone,
      day: row.day,
      items: row.items.map((i) => itemOut(i, agent.timeZone)),
      ...progress(row.items),
      canTick: sessionAgent(repos, deps.prefs)?.id === agent.id,
      previous: previous && unfinished.length > 0 ? { day: previous.day, items: unfinished.map((i) => itemOut(i, agent.timeZone)) } : null,
    };
  };

  /** Today's checklist (made if not kept yet), or a kept day's. */
  const dayOf = (agent: AgentRecord, day: string | undefined): ChecklistDayRow => {
    const now = deps.clock.now();
    const today = localDay(now, agent.timeZone);
    if (day === undefined || day === today) return repos.checklist.get(agent.id, today) ?? deps.uow.run(() => ensureToday(repos, agent, now));
    const kept = repos.checklist.get(agent.id, day);
    if (!kept) throw new AppError('not_found', `day: no checklist kept for ${agent.name} on ${day} (today in ${agent.timeZone} is ${today})`);
    return kept;
  };

  const templateOut = () => ({ ...checklistTemplateOf(repos), canEdit: sessionAgent(repos, deps.prefs)?.role === 'lead' });

  return {
    'checklist.today': ({ agentId, day }) => {
      const agent = agentOf(agentId);
      return dayOut(agent, dayOf(agent, day));
    },

    'checklist.tick': ({ itemId, done, day }) => {
      const agent = requireActingAgent(deps, 'Ticking the checklist');
      const row = deps.uow.run(() => {
        const kept = dayOf(agent, day);
        const items = tickByHand(kept.items, itemId, done, deps.clock.now());
        if (items === null) throw new AppError('not_found', `itemId: the checklist of ${kept.day} has no item ${itemId}`);
        const next = { ...kept, items };
        repos.checklist.put(next);
        return next;
      });
      return dayOut(agent, row);
    },

    'checklist.viewed': ({ view }) => {
      const agent = sessionAgent(repos, deps.prefs);
      if (!agent || view !== 'unassigned') return { ticked: [] };
      const now = deps.clock.now();
      const kept = repos.checklist.get(agent.id, localDay(now, agent.timeZone));
      // Nothing to write unless an item that follows this view is still open (opening a view costs nothing then).
      if (kept && !kept.items.some((i) => i.auto === 'unassignedViewed' && !i.done)) return { ticked: [] };
      return deps.uow.run(() => {
        const row = ensureToday(repos, agent, now);
        const lastSweepAt = repos.sweeps.latest()?.at ?? null;
        const seen = observe(row.items, { now, timeZone: agent.timeZone, viewed: { view, lastSweepAt } });
        if (seen.changed) repos.checklist.put({ ...row, items: seen.items });
        return { ticked: seen.ticked };
      });
    },

    'checklist.history': ({ agentId, from, to }) => {
      const agent = agentOf(agentId);
      if (to < from) throw new AppError('invalid_input', `to: ${to} is before from (${from})`);
      if (Date.parse(to) - Date.parse(from) > HISTORY_MAX_DAYS * 86_400_000) throw new AppError('invalid_input', `to: at most ${HISTORY_MAX_DAYS} days at a time`);
      return {
        agentId: agent.id,
        days: repos.checklist.range(agent.id, from, to).map((row) => ({ day: row.day, ...progress(row.items), items: row.items.map((i) => itemOut(i, agent.timeZone)) })),
      };
    },

    'checklist.template': () => templateOut(),

    'checklist.saveTemplate': ({ items }) => {
      const lead = requireLead(deps, 'Editing the checklist');
      deps.uow.run(() => {
        repos.settings.set(CHECKLIST_TEMPLATE_SETTING, items);
        recordAudit(deps, lead.id, 'checklist.template', null, { items: items.length });
      });
      return templateOut();
    },
  };
}
