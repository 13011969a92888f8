import { describe, expect, it } from 'vitest';
import { alertText, groupText } from '../../../electron/core/alerts/alertText';
import type { WorkItemRow } from '../../../electron/core/db/repositories/types';

const MINUTE = 60_000;
const DUE = Date.parse('2026-03-03T15:00:00Z'); // Tue 09:00 in Chicago

function row(overrides: Partial<WorkItemRow> = {}): WorkItemRow {
  return {
    id: 'case:k1', source: 'case', caseId: 'k1', interactionId: null, key: 'C-1042', channel: 'email', priority: 'P3',
    caseType: 'bug', setUrgency: 'none', urgency: 'none', priorityOrganization: false,
    status: 'assigned', subject: 'Label printer offline', organizationName: 'Acme', contactName: 'Jane Doe', assigneeId: 'a1',
    waitingSince: DUE - 60 * MINUTE, slaClass: 'first_response', slaDeadline: DUE, slaClock: 'business', slaStart: DUE - 120 * MINUTE,
    slaTargetMs: 120 * MINUTE, slaWarningAt: DUE - 30 * MINUTE, sortKey: '', organizationId: null, labels: [], lastSentAt: null,
    customerLast: true, createdAt: DUE - 120 * MINUTE, slaFacts: null, agingKey: null, alertDueAt: null, ...overrides,
  };
}
const zone = { timeZone: 'America/Chicago', late: false, dueAt: DUE };

describe('alert notification text', () => {
  it('says the case, the time left on its own clock, the customer and the subject', () => {
    expect(alertText('warning', row(), { ...zone, remainingMs: 14 * MINUTE })).toEqual({
      title: 'Due soon: C-1042 · 14 min business left',
      body: 'Jane Doe (Acme) — Label printer offline',
    });
  });

  it('says when a breach was due, in the agent zone, and when it is late', () => {
    expect(alertText('breached', row(), { ...zone, late: true, remainingMs: 0 })).toEqual({
      title: 'Breached: C-1042 · was due Tue 09:00',
      body: 'Jane Doe (Acme) — Label printer offline\nLate alert: it came due Tue 09:00.',
    });
  });

  it('names an unfiled voicemail by its channel, not its internal id', () => {
    const voicemail = row({ source: 'interaction', caseId: null, interactionId: 'j9', key: 'j9', channel: 'voicemail', organizationName: null });
    expect(alertText('warning', voicemail, { ...zone, remainingMs: 40 * MINUTE }).title).toBe('Due soon: Voicemail · 40 min business left');
  });

  it('keeps a day or more of business time in hours', () => {
    expect(alertText('warning', row(), { ...zone, remainingMs: 26 * 60 * MINUTE }).title).toBe('Due soon: C-1042 · 26 h business left');
  });

  it('groups: counts by kind and the first three keys', () => {
    const alerts = [
      { kind: 'breached' as const, key: 'C-1' },
      { kind: 'warning' as const, key: 'C-2' },
      { kind: 'breached' as const, key: 'C-3' },
      { kind: 'warning' as const, key: 'Voicemail' },
      { kind: 'breached' as const, key: 'C-5' },
    ];
    expect(groupText(alerts)).toEqual({ title: '5 SLA alerts', body: '3 breached, 2 due soon: C-1, C-2, C-3 and 2 more' });
  });
});
