import { z } from 'zod';
import { AGENT_STATUSES } from '../domain/vocab';
import { method } from './define';
import { agentModel } from './models';

export const agentMethods = {
  'agents.list': method(z.object({}), z.array(agentModel), 'every agent of the workspace'),
  'agents.setStatus': method(
    z.object({ agentId: z.string().min(1), status: z.enum(AGENT_STATUSES) }),
    agentModel,
    "sets an agent's status (gates notifications and assignment)",
  ),
  'session.get': method(z.object({}), z.object({ agent: agentModel.nullable() }), 'the agent using this device'),
  'session.setAgent': method(
    z.object({ agentId: z.string().min(1) }),
    z.object({ agent: agentModel }),
    'chooses the agent using this device (a device preference)',
  ),
} as const;
