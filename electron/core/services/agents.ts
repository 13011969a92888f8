import type { Handlers } from '../../../shared/contract/index';
import type { Agent } from '../../../shared/contract/models';
import { AppError } from '../../../shared/contract/result';
import type { AgentRecord } from '../../../shared/interchange/schema';
import { PREF_AGENT_ID, type ServiceDeps } from './deps';
import { sessionAgent } from './session';

type AgentHandlers = Pick<Handlers, 'agents.list' | 'agents.setStatus' | 'session.get' | 'session.setAgent'>;

export function toAgent(a: AgentRecord): Agent {
  return { id: a.id, name: a.name, email: a.email, role: a.role, timeZone: a.timeZone, status: a.status };
}

export function agentsService(deps: ServiceDeps): AgentHandlers {
  const { repos, prefs } = deps;
  const requireAgent = (id: string): AgentRecord => {
    const agent = repos.agents.get(id);
    if (!agent) throw new AppError('not_found', `no agent with id ${JSON.stringify(id)}`);
    return agent;
  };

  return {
    'agents.list': () => repos.agents.list().map(toAgent),
    'agents.setStatus': ({ agentId, status }) => {
      requireAgent(agentId);
      deps.uow.run(() => repos.agents.setStatus(agentId, status));
      return toAgent(requireAgent(agentId));
    },
    'session.get': () => {
      const agent = sessionAgent(repos, prefs);
      return { agent: agent ? toAgent(agent) : null };
    },
    'session.setAgent': ({ agentId }) => {
      const agent = requireAgent(agentId);
      if (prefs.get(PREF_AGENT_ID) !== agentId) deps.uow.run(() => prefs.set(PREF_AGENT_ID, agentId));
      return { agent: toAgent(agent) };
    },
  };
}
