import type { AgentRecord } from '../../../shared/interchange/schema';
import type { Repositories } from '../db/repositories/types';
import type { Preferences } from '../ports';
import { PREF_AGENT_ID } from './deps';

/**
 * The agent using this device: the id kept in the device preferences when it names an agent of
 * the workspace, else the first agent in import order, else nobody.
 */
export function sessionAgent(repos: Repositories, prefs: Preferences): AgentRecord | undefined {
  const chosen = prefs.get<string>(PREF_AGENT_ID);
  return (typeof chosen === 'string' ? repos.agents.get(chosen) : undefined) ?? repos.agents.first();
}
