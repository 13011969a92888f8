import { z } from 'zod';
import { AGENT_STATUSES } from '../domain/vocab';
import { method } from './define';
import { agentModel } from './models';

export const agentMethods = {
  'agents.list': method(z.object({}), z.array(agentModel), 'every agent of the workspace'),
  'agents.setStatus': method(
    z.object({ agentId: z.string().min(1), status: z.enum(AGENT_STATUSES) }),
    agentModel,
    "sets an agent's status (gates notifications and assignment): an agent sets only their own, a lead anyone's; each change is recorded in the audit list",
  ),
  'session.get': method(
    z.object({}),
    // chosen: false while this device has not said who uses it (the first agent stands in; docs/roles.md).
    z.object({ agent: agentModel.nullable(), chosen: z.boolean().optional() }),
    'the agent using this device, and whether it was chosen on this device (else the first agent in import order stands in)',
  ),
  'session.setAgent': method(
    z.object({ agentId: z.string().min(1) }),
    z.object({ agent: agentModel }),
    'chooses the agent using this device (a device preference)',
  ),
} as const;
