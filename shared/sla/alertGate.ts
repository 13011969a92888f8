import type { AgentStatus, AlertKind, SlaClass, Urgency } from '../domain/vocab';

/**
 * Whether an SLA alert may interrupt the agent (`sla.md` section 4): Available gets all; In a
 * meeting ("unavailable for non-urgent calls and questions") emergencies, urgent items and breaches
 * of their own cases; Unavailable and On leave none. An item is urgent or an emergency by its urgency
 * in force, whichever class's deadline the alert is for (an urgent case's first response is urgent
 * too). A silenced alert is still recorded (and listed in the notification centre).
 */
export function alertInterrupts(
  status: AgentStatus,
  alert: { kind: AlertKind; slaClass: SlaClass; urgency: Urgency; assigneeId: string | null },
  agentId: string,
): boolean {
  switch (status) {
    case 'available':
      return true;
    case 'in_a_meeting':
      return alert.slaClass === 'emergency' || alert.urgency !== 'none' || (alert.kind === 'breached' && alert.assigneeId === agentId);
    case 'unavailable':
    case 'on_leave':
      return false;
  }
}
