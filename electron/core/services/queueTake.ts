import type { WorkItem } from '../../../shared/contract/models';
import { AppError } from '../../../shared/contract/result';
import type { EventRecord } from '../../../shared/interchange/schema';
import type { StoredWorkItem } from '../db/repositories/types';
import { requireAssignable } from './assignable';
import type { ServiceDeps } from './deps';
import { appendEvents } from './fingerprint';
import { sessionAgent } from './session';
import { toWorkItem } from './workItems';

/**
 * `queue.take` (`docs/queue.md` "Take"): assigns an unassigned item to the session agent in one
 * unit of work (the write lock taken up front), so of two takes racing (two windows, the CLI, two processes on one
 * file) exactly one wins and the other reads the winner's assignment and is refused.
 * A case gets the assignee and an `assignment` event on its timeline (from nobody to the agent,
 * by the agent); a live call, chat, voicemail or unfiled email gets its own assignee.
 * Taking an item that is already yours changes nothing and answers it.
 */
export function takeItem(deps: ServiceDeps, itemId: string): WorkItem {
  const { repos } = deps;
  const agentName = (id: string) => repos.agents.get(id)?.name ?? id;
  const what = (item: StoredWorkItem) => (item.source === 'case' ? item.key : item.subject);
  const gone = () => new AppError('not_found', 'That item is no longer in the queue: it was answered, filed or closed');

  // One unit of work, the write lock taken before the checks: of two takes racing, the second reads the first's assignment.
  deps.uow.run(() => {
    const me = sessionAgent(repos, deps.prefs);
    if (!me) throw new AppError('forbidden', 'Choose who you are first: taking an item assigns it to you');
    requireAssignable(me, me.id);
    const item = repos.workItems.get(itemId);
    if (!item) throw gone();
    if (item.assigneeId === me.id) return;
    if (item.assigneeId !== null) throw new AppError('conflict', `${what(item)} was taken by ${agentName(item.assigneeId)}`);

    if (item.source === 'case' && item.caseId !== null) {
      const c = repos.cases.get(item.caseId);
      if (!c) throw new AppError('not_found', `no case with id ${JSON.stringify(item.caseId)}`);
      repos.cases.upsert({ ...c, assigneeId: me.id });
      const event: EventRecord = { caseId: c.id, at: deps.clock.now(), kind: 'assignment', by: me.id, body: null, from: null, to: me.id, extra: {} };
      appendEvents(repos.events, [event]);
    } else if (item.interactionId !== null) {
      const x = repos.interactions.get(item.interactionId);
      if (!x) throw new AppError('not_found', `no interaction with id ${JSON.stringify(item.interactionId)}`);
      repos.interactions.upsert({ ...x, assigneeId: me.id });
    }
  });
  const taken = repos.workItems.get(itemId);
  if (!taken) throw gone();
  return toWorkItem(taken, deps.clock.now(), deps.sla.setup(), deps.sla.timeZone());
}
