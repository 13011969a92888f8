import type { Handlers } from '../../../shared/contract/index';
import type { Agent } from '../../../shared/contract/models';
import { AppError } from '../../../shared/contract/result';
import type { AgentRecord } from '../../../shared/interchange/schema';
import { PREF_AGENT_ID, type ServiceDeps } from './deps';
import { recordAudit, requireActingAgent } from './roles';
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
    // An agent sets only their own status; a lead anyone's; each change recorded (docs/roles.md).
    'agents.setStatus': ({ agentId, status }) => {
      deps.uow.run(() => {
        const agent = requireAgent(agentId);
        const me = requireActingAgent(deps, 'agents.setStatus');
        if (me.id !== agentId && me.role !== 'lead') {
          throw new AppError('forbidden', `agents.setStatus: agentId: an agent sets only their own status (${me.name} is an agent; ${agent.name}'s status is theirs or a lead's to set)`);
        }
        if (repos.agents.setStatus(agentId, status)) recordAudit(deps, me.id, 'agent.status', agentId, { from: agent.status, to: status });
      });
      return toAgent(requireAgent(agentId));
    },
    'session.get': () => {
      const agent = sessionAgent(repos, prefs);
      const chosen = prefs.get<string>(PREF_AGENT_ID);
      return { agent: agent ? toAgent(agent) : null, chosen: agent !== undefined && chosen === agent.id };
    },
    'session.setAgent': ({ agentId }) => {
      const agent = requireAgent(agentId);
      if (prefs.get(PREF_AGENT_ID) !== agentId) {
        deps.uow.run(() => {
          prefs.set(PREF_AGENT_ID, agentId);
          // Choosing a lead profile on a device is not a login (docs/roles.md): it is recorded, so it is seen.
          if (agent.role === 'lead') recordAudit(deps, agentId, 'session.lead', agentId, { device: true });
        });
      }
      return { agent: toAgent(agent) };
    },
  };
}
