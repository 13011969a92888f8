import type { Handlers } from '../../../shared/contract/index';
import type { ChatOutcomeView, ChatReport } from '../../../shared/contract/chats';
import { AppError } from '../../../shared/contract/result';
import {
  CHAT_OUTCOME_LABELS,
  chatReportCounts,
  emptyCounts,
  isChatOutcome,
  localDayBounds,
  mostSevere,
  outcomeNeedsNote,
  type ChatFact,
  type ChatOutcomeEntry,
} from '../../../shared/domain/chatOutcomes';
import type { Extra, InteractionRecord } from '../../../shared/interchange/schema';
import { toIso } from '../../../shared/time/instant';
import type { ServiceDeps } from './deps';
import { sessionAgent } from './session';

type ChatHandlers = Pick<Handlers, 'chats.outcome' | 'chats.setOutcome' | 'reports.chats'>;

/** What a chat keeps in its `extra` bag about its outcomes (so export writes them and import keeps them). */
export interface ChatOutcomeMeta {
  /** Every outcome given, oldest first; the one kept is the most severe (`mostSevere`). */
  chatOutcomes?: ChatOutcomeEntry[];
}

/** The outcomes a chat's `extra` holds; entries that are not outcomes (a hand-edited file) are left out. */
export function entriesOf(extra: Extra): ChatOutcomeEntry[] {
  const given = (extra as ChatOutcomeMeta).chatOutcomes;
  return Array.isArray(given) ? given.filter((e) => e !== null && typeof e === 'object' && isChatOutcome(e.outcome)) : [];
}

/**
 * Chat outcomes and the daily chat report (`workflow.md` "Chat outcomes"): an outcome is recorded
 * on the chat, in one unit of work, with who gave it and when; the report counts a local day's chats.
 */
export function chatsService(deps: ServiceDeps): ChatHandlers {
  const { repos } = deps;
  const agentRef = (id: string | null) => (id === null ? null : { id, name: repos.agents.get(id)?.name ?? id });

  const requireChat = (id: string, method: string): InteractionRecord => {
    const x = repos.interactions.get(id);
    if (!x) throw new AppError('not_found', `${method}: interactionId: no interaction with id ${JSON.stringify(id)}`);
    if (x.channel !== 'chat') throw new AppError('invalid_input', `${method}: interactionId: ${JSON.stringify(id)} is a ${x.channel === 'phone' ? 'call' : x.channel}, not a chat: only chats get an outcome`);
    return x;
  };

  const viewOf = (x: InteractionRecord): ChatOutcomeView => {
    const entries = entriesOf(x.extra);
    const kept = mostSevere(entries.map((e) => e.outcome));
    return {
      interactionId: x.id,
      outcome: kept,
      label: kept === null ? null : CHAT_OUTCOME_LABELS[kept],
      entries: entries.map((e) => ({ outcome: e.outcome, label: CHAT_OUTCOME_LABELS[e.outcome], note: e.note ?? null, at: e.at, by: agentRef(e.by ?? null) })),
    };
  };

  return {
    'chats.outcome': ({ interactionId }) => viewOf(requireChat(interactionId, 'chats.outcome')),

    'chats.setOutcome': ({ interactionId, outcome, note }) => {
      const text = note?.trim() || null;
      requireChat(interactionId, 'chats.setOutcome');
      if (outcomeNeedsNote(outcome) && text === null) {
        throw new AppError('invalid_input', `chats.setOutcome: note: "${CHAT_OUTCOME_LABELS[outcome]}" needs a note of the customer's question`);
      }
      deps.uow.run(() => {
        const x = requireChat(interactionId, 'chats.setOutcome');
        const entry: ChatOutcomeEntry = { outcome, note: text, at: toIso(deps.clock.now()), by: sessionAgent(repos, deps.prefs)?.id ?? null };
        const extra: ChatOutcomeMeta & Extra = { ...x.extra, chatOutcomes: [...entriesOf(x.extra), entry] };
        repos.interactions.upsert({ ...x, extra });
      });
      return viewOf(requireChat(interactionId, 'chats.setOutcome'));
    },

    'reports.chats': ({ day, agentId }): ChatReport => {
      if (agentId !== undefined && !repos.agents.has(agentId)) {
        throw new AppError('invalid_input', `reports.chats: agentId: no agent with id ${JSON.stringify(agentId)}`);
      }
      const timeZone = deps.sla.timeZone();
      const { start, end } = localDayBounds(day, timeZone);
      const facts: ChatFact[] = repos.chats.between(start, end).map((c) => {
        const entries = entriesOf(c.extra);
        const outcome = mostSevere(entries.map((e) => e.outcome));
        const keptBy = entries.find((e) => e.outcome === outcome)?.by ?? null;
        return { agentId: c.assigneeId ?? keptBy, since: c.since, outcome };
      });
      const counts = chatReportCounts(facts, day, timeZone);
      // One agent asked for is shown even on a day without chats (all zero).
      const agents =
        agentId === undefined
          ? counts.agents.map((a) => ({ agent: agentRef(a.agentId), counts: a.counts }))
          : [{ agent: agentRef(agentId), counts: counts.agents.find((a) => a.agentId === agentId)?.counts ?? emptyCounts() }];
      return { day, timeZone, agents, team: counts.team };
    },
  };
}
