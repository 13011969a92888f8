import type { AgentStatus, AlertKind, SlaClass } from '../domain/vocab';

/**
 * Whether an SLA alert may interrupt the agent (`sla.md` section 4): Available gets all; In a
 * meeting only emergencies and breaches of their own cases; Unavailable and On leave none.
 * A silenced alert is still recorded (and listed in the notification centre).
 */
export function alertInterrupts(
  status: AgentStatus,
  alert: { kind: AlertKind; slaClass: SlaClass; assigneeId: string | null },
  agentId: string,
): boolean {
  switch (status) {
    case 'available':
      return true;
    case 'in_a_meeting':
      return alert.slaClass === 'emergency' || (alert.kind === 'breached' && alert.assigneeId === agentId);
    case 'unavailable':
    case 'on_leave':
      return false;
  }
}
