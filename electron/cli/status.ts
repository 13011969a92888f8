import type { Output } from '../../shared/contract/index';
import { AGENT_STATUSES, AGENT_STATUS_LABELS, type AgentStatus } from '../../shared/domain/vocab';

/** `shiftdesk status STATUS`: the status as the contract spells it, or its label in any case ("In a meeting", "in-a-meeting"). */
export function parseAgentStatus(word: string | undefined): AgentStatus | { error: string } {
  const expected = `expected one of ${AGENT_STATUSES.join(', ')}`;
  if (word === undefined) return { error: `status: ${expected} after --agent ID` };
  const norm = word.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const found = AGENT_STATUSES.find((s) => s === norm || AGENT_STATUS_LABELS[s].toLowerCase().replace(/\s+/g, '_') === norm);
  return found ?? { error: `status: ${expected}, got ${JSON.stringify(word)}` };
}

/** "Agent One (a1) is now Unavailable." */
export function statusLine(agent: Output<'agents.setStatus'>, before: AgentStatus): string {
  const now = AGENT_STATUS_LABELS[agent.status];
  return before === agent.status ? `${agent.name} (${agent.id}) is already ${now}.` : `${agent.name} (${agent.id}) is now ${now} (was ${AGENT_STATUS_LABELS[before]}).`;
}
