import { AGENT_STATUS_LABELS, type AgentStatus } from './vocab';

/**
 * The audit list in plain words (docs/roles.md "The audit list"): one sentence per recorded action,
 * from its action and the detail the core records with it (electron/core/services: roles, team,
 * queueMonitor, caseLinks, handoff, schedules, sweep, checklist, workflow settings, sync, syncMapping; the SLA upkeep
 * scheduler). Pure: names and instants come from the caller.
 */
export interface AuditWordsEntry {
  /** The agent who acted (null: the app itself) and their name when known. */
  by: string | null;
  byName: string | null;
  action: string;
  subject: string | null;
  detail: Record<string, unknown>;
}

export interface AuditWordsContext {
  /** An agent's name by id, or null when the workspace has no such agent (any more). */
  nameOf(id: string): string | null;
  /** An ISO instant in the reader's words ("Tue 17:00"); the ISO text itself when absent. */
  instant?(iso: string): string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const statusLabel = (v: unknown): string => {
  const s = str(v);
  return s !== null && s in AGENT_STATUS_LABELS ? AGENT_STATUS_LABELS[s as AgentStatus] : (s ?? 'an unknown status');
};

const MINUTES = (v: unknown): string | null => (typeof v === 'number' ? `${v} minutes` : str(v));

/** The parts of the help desk's field mapping (`RtMapping`), as the Field mapping dialog names them. */
const MAPPING_PARTS: Record<string, string> = {
  statusToRt: 'statuses sent',
  statusFromRt: 'RT statuses taken in',
  statusField: 'status custom field',
  typeField: 'type custom field',
  clientIdField: 'client id custom field',
  defaultType: 'default type',
  priorityToRt: 'priorities',
  people: 'people',
};

/** "Maya Chen set their status to Unavailable (end of day)", "Jordan Pike reassigned SD-12 from Maya Chen to Luis Ortega". */
export function auditWords(entry: AuditWordsEntry, ctx: AuditWordsContext): string {
  const d = entry.detail;
  const agent = (id: unknown): string => {
    const s = str(id);
    return s === null ? 'nobody' : (ctx.nameOf(s) ?? s);
  };
  const when = (iso: unknown): string => {
    const s = str(iso);
    return s === null ? 'a later time' : ctx.instant ? ctx.instant(s) : s;
  };
  const who = entry.by === null ? 'The app' : (entry.byName ?? ctx.nameOf(entry.by) ?? entry.by);
  // The subject of an agent action: "their" when the agent acted on themselves.
  const self = entry.by !== null && entry.subject === entry.by;
  const whom = entry.subject === null ? 'an agent' : agent(entry.subject);
  const caseKey = str(d['key']) ?? entry.subject ?? 'a case';

  switch (entry.action) {
    case 'agent.status': {
      const to = statusLabel(d['to']);
      const why = d['endOfDay'] === true ? ' (end of day)' : str(d['reason']) !== null ? ` (${str(d['reason'])!})` : '';
      if (entry.by === null) return `The app set ${whom}'s status to ${to}${why}`;
      return self ? `${who} set their status to ${to}${why}` : `${who} set ${whom}'s status to ${to}${why}`;
    }
    case 'case.reassign': {
      const team = str(d['teamId']);
      const to = d['to'] === null || d['to'] === undefined ? (team !== null ? `the ${team} team` : 'nobody') : agent(d['to']);
      return `${who} reassigned ${caseKey} from ${agent(d['from'])} to ${to}${d['handoff'] === true ? ' (handoff)' : ''}`;
    }
    case 'case.assign':
      return `${who} assigned ${caseKey} to ${agent(d['to'])}${str(d['as']) !== null ? ` as ${str(d['as'])}` : ''}`;
    case 'case.split': {
      const from = str(d['fromKey']);
      const waits = d['state'] === 'pending' ? ", waiting for a lead's approval" : d['state'] === 'approved' ? ' (approved as made)' : '';
      return `${who} split ${caseKey}${from !== null ? ` from ${from}` : ''}${waits}`;
    }
    case 'case.splitApprove': {
      const asked = str(d['requestedBy']);
      return `${who} approved the split ${caseKey}${asked !== null ? ` made by ${agent(asked)}` : ''}`;
    }
    case 'handoff.approve': {
      const n = Array.isArray(d['cases']) ? d['cases'].length : 0;
      return `${who} approved the handoff of ${whom}'s cases (${n} ${n === 1 ? 'case' : 'cases'})${str(d['from']) !== null ? `, ${str(d['from'])} to ${str(d['to']) ?? '?'}` : ''}`;
    }
    case 'team.queueMonitor': {
      const day = str(d['day']) ?? 'a day';
      return d['to'] === null || d['to'] === undefined ? `${who} left ${day} without a queue monitor` : `${who} named ${agent(d['to'])} queue monitor for ${day}`;
    }
    case 'team.offQueue': {
      const reason = str(d['reason']);
      return `${who} approved off-queue time for ${whom} until ${when(d['until'])}${reason !== null ? `: ${reason}` : ''}`;
    }
    case 'agent.create': {
      const name = str(d['name']) ?? whom;
      return `${who} added ${d['role'] === 'lead' ? 'the lead' : 'the agent'} profile ${name}`;
    }
    case 'session.lead':
      return `${who} chose their lead profile on this device`;
    case 'schedule.set':
      return self ? `${who} changed their weekly schedule` : `${who} changed ${whom}'s weekly schedule`;
    case 'schedule.setUpkeep':
      return self ? `${who} changed their SLA upkeep blocks` : `${who} changed ${whom}'s SLA upkeep blocks`;
    case 'sweep.setInterval': {
      const to = MINUTES(d['to']);
      return `${who} set the sweep interval${to !== null ? ` to ${to}` : ''}`;
    }
    case 'checklist.template':
      return `${who} changed the checklist template${typeof d['items'] === 'number' ? ` (${d['items']} ${d['items'] === 1 ? 'item' : 'items'})` : ''}`;
    case 'settings.sla':
      return `${who} changed the SLA settings`;
    case 'settings.workflow': {
      const method = str(d['method']);
      return `${who} changed the workflow settings${method !== null ? ` (${method.replace(/^workflow\./, '')})` : ''}`;
    }
    case 'sync.connect': {
      const url = str(d['url']);
      const queues = Array.isArray(d['queues']) ? d['queues'].map(String) : [];
      return `${who} connected the workspace to the help desk${url !== null ? ` ${url}` : ''}${queues.length > 0 ? ` (${queues.length === 1 ? 'queue' : 'queues'} ${queues.join(', ')})` : ''}`;
    }
    case 'sync.disconnect': {
      const url = str(d['url']);
      return `${who} disconnected the workspace from the help desk${url !== null ? ` ${url}` : ''}`;
    }
    case 'sync.mapping': {
      if (d['defaults'] === true) return `${who} reset the help desk field mapping to the defaults`;
      const parts = Array.isArray(d['changed']) ? d['changed'].map((p) => MAPPING_PARTS[String(p)] ?? String(p)) : [];
      return `${who} changed the help desk field mapping${parts.length > 0 ? ` (${parts.join(', ')})` : ' (nothing different)'}`;
    }
    default:
      return `${who}: ${entry.action}${entry.subject !== null ? ` on ${entry.subject}` : ''}`;
  }
}
