import type { CaseSearchHit, InteractionDetail, WorkItem } from '../../shared/contract/index';
import { caseItem } from './fixtures';

/** A voicemail as `interactions.get` returns it: transcript, recording, unassigned, waiting. */
export function voicemailDetail(overrides: Partial<InteractionDetail> = {}): InteractionDetail {
  return {
    id: 'pbx:voicemail:vm-5521',
    channel: 'voicemail',
    state: 'waiting',
    since: '2026-11-24T07:12:00Z',
    status: 'received',
    source: 'pbx',
    externalId: 'vm-5521',
    subject: 'Voicemail from Dana Whitaker',
    body: 'Hi, this is Dana, the inverter report is empty again. Please call me back.',
    from: { name: 'Dana Whitaker', phone: '+1 312-555-0111', email: null },
    contact: { id: 'p9', name: 'Dana Whitaker', email: 'dana.whitaker@brightpath.example.com', phone: '+1 312-555-0111', organizationName: 'Brightpath Solar' },
    priority: null,
    urgent: false,
    assigneeId: null,
    headers: null,
    audioUrl: 'https://pbx.example.com/recordings/vm-5521.mp3',
    durationSeconds: 24,
    case: null,
    filedAt: null,
    done: null,
    item: null,
    ...overrides,
  };
}

export function emailDetail(overrides: Partial<InteractionDetail> = {}): InteractionDetail {
  return voicemailDetail({
    id: 'mailbox:email:a1b2',
    channel: 'email',
    subject: 'Invoice copy',
    body: 'Could you send last month’s invoice again?',
    from: { name: 'Dana Whitaker', phone: null, email: 'dana.whitaker@brightpath.example.com' },
    headers: { 'Message-ID': '<a1b2@example.com>', Date: 'Tue, 24 Nov 2026 07:40:00 -0600' },
    audioUrl: null,
    durationSeconds: null,
    source: 'mailbox',
    externalId: '<a1b2@example.com>',
    ...overrides,
  });
}

/** The queue row of an interaction detail (unassigned, not in a case). */
export function itemOf(detail: InteractionDetail, overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    ...caseItem(0),
    id: `interaction:${detail.id}`,
    source: 'interaction',
    caseId: null,
    interactionId: detail.id,
    key: detail.id,
    channel: detail.channel,
    priority: detail.priority,
    urgency: detail.urgent ? 'urgent' : 'none',
    status: null,
    subject: detail.subject ?? '',
    contactName: detail.contact?.name ?? null,
    organizationName: detail.contact?.organizationName ?? null,
    assigneeId: detail.assigneeId,
    waitingSince: detail.since,
    ...overrides,
  };
}

export function searchHit(n: number, overrides: Partial<CaseSearchHit> = {}): CaseSearchHit {
  return {
    id: `c${n}`,
    key: `C-${1000 + n}`,
    subject: `Case ${n} subject`,
    status: 'assigned',
    priority: 'P3',
    open: true,
    createdAt: '2026-11-20T09:00:00Z',
    organizationName: 'Brightpath Solar',
    contactName: 'Dana Whitaker',
    contactEmail: 'dana.whitaker@brightpath.example.com',
    ...overrides,
  };
}
