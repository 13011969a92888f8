import { describe, expect, it } from 'vitest';
import { slaText } from '../../electron/cli/format';
import type { WorkItem } from '../../shared/contract/models';

const item = (sla: WorkItem['sla']) => ({ sla }) as WorkItem;

describe('the CLI SLA column', () => {
  it('says the time left on the target\'s own clock, or by how much it is over', () => {
    expect(slaText(item(null))).toBe('-');
    expect(slaText(item({ class: 'open', deadline: '2026-03-05T20:00:00Z', state: 'ok', remainingMinutes: 80, clock: 'business' }))).toBe('ok · 1 h 20 min business left');
    expect(slaText(item({ class: 'pending_internal', deadline: '2026-03-05T20:00:00Z', state: 'warning', remainingMinutes: 14, clock: 'calendar' }))).toBe('warning · 14 min left');
    expect(slaText(item({ class: 'first_response', deadline: '2026-03-03T17:00:00Z', state: 'breached', remainingMinutes: -35, clock: 'business' }))).toBe('breached · 35 min business over');
  });
});
