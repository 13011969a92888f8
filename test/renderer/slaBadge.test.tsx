import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sla } from '../../shared/contract/index';
import { MINUTE } from '../../shared/time/instant';
import { SlaBadge } from '../../renderer/features/sla/SlaBadge';
import { lastSentText, liveSla } from '../../renderer/features/sla/slaText';
import { NOW, sla } from './fixtures';

afterEach(cleanup);

const BERLIN = 'Europe/Berlin';

function badge(value: Sla, { now = NOW, compact = false, timeZone = BERLIN }: { now?: number; compact?: boolean; timeZone?: string } = {}) {
  render(<SlaBadge sla={value} timeZone={timeZone} now={now} compact={compact} />);
  return screen.getByTestId('sla-badge');
}

describe('SLA badge', () => {
  it.each<[string, Sla, string, string]>([
    ['ok on a business clock', sla(), 'due Tue 14:20 · 1 h 20 min business left', 'ok'],
    [
      'warning on a calendar clock',
      sla({ class: 'emergency', clock: 'calendar', state: 'warning', deadline: '2026-11-24T10:12:00Z', remainingMinutes: 12 }),
      'due Tue 11:12 · 12 min left',
      'warning',
    ],
    [
      'warning on a business clock',
      sla({ class: 'urgent', state: 'warning', deadline: '2026-11-24T15:00:00Z', remainingMinutes: 95 }),
      'due Tue 16:00 · 1 h 35 min business left',
      'warning',
    ],
    [
      'breached on a business clock',
      sla({ class: 'open', state: 'breached', deadline: '2026-11-23T15:00:00Z', remainingMinutes: -35 }),
      'was due Mon 16:00 · 35 min business over',
      'breached',
    ],
    [
      'breached on a calendar clock',
      sla({ class: 'pending_internal', clock: 'calendar', state: 'breached', deadline: '2026-11-24T07:40:00Z', remainingMinutes: -140 }),
      'was due Tue 08:40 · 2 h 20 min over',
      'breached',
    ],
  ])('%s: reads its deadline in the agent zone and the time left on its own clock', (_name, value, text, state) => {
    const el = badge(value);
    expect(el.textContent).toBe(text);
    expect(el.getAttribute('data-state')).toBe(state);
    expect(el.getAttribute('aria-label')).toContain(text);
  });

  it('keeps a day or more of business time in hours (a business day is not 24 hours), calendar time in days', () => {
    const open = sla({ class: 'open', deadline: '2026-11-27T10:00:00Z', remainingMinutes: 24 * 60 + 30 });
    expect(badge(open).textContent).toBe('due Fri 11:00 · 24 h business left');
    cleanup();
    const late = sla({ class: 'open', state: 'breached', deadline: '2026-11-18T10:00:00Z', remainingMinutes: -50 * 60 });
    expect(badge(late).textContent).toBe('was due 18 Nov 2026, 11:00 · 50 h business over');
    cleanup();
    const pending = sla({ class: 'pending_customer', clock: 'calendar', deadline: '2026-12-01T10:00:00Z', remainingMinutes: 7 * 24 * 60 });
    expect(badge(pending).textContent).toBe('due 1 Dec 2026, 11:00 · 7 d left');
  });

  it('shows the deadline in the time zone it is given', () => {
    expect(badge(sla(), { timeZone: 'America/New_York' }).textContent).toBe('due Tue 08:20 · 1 h 20 min business left');
  });

  it('looks different per state: quiet outline, amber, red filled', () => {
    const ok = badge(sla());
    expect(ok.className).toContain('MuiChip-outlined');
    expect(ok.className).not.toMatch(/Warning|Error/);
    cleanup();
    const warning = badge(sla({ state: 'warning' }));
    expect(warning.className).toContain('MuiChip-colorWarning');
    cleanup();
    const breached = badge(sla({ state: 'breached', deadline: '2026-11-24T09:00:00Z', remainingMinutes: -60 }));
    expect(breached.className).toContain('MuiChip-filled');
    expect(breached.className).toContain('MuiChip-colorError');
  });

  it('names the class in words in its accessible name, compact or not', () => {
    expect(badge(sla()).getAttribute('aria-label')).toBe('First response target (On time): due Tue 14:20 · 1 h 20 min business left');
    cleanup();
    const compact = badge(sla({ class: 'urgent', state: 'warning' }), { compact: true });
    expect(compact.textContent).toBe('1 h 20 min business left');
    expect(compact.getAttribute('aria-label')).toBe('Urgent target (Due soon): due Tue 14:20 · 1 h 20 min business left');
  });

  it('compact: only the time left or over, naming a business clock either way', () => {
    expect(badge(sla({ state: 'breached', deadline: '2026-11-24T09:25:00Z', remainingMinutes: -35 }), { compact: true }).textContent).toBe('35 min business over');
    cleanup();
    const calendar = sla({ class: 'emergency', clock: 'calendar', state: 'breached', deadline: '2026-11-24T09:25:00Z', remainingMinutes: -35 });
    expect(badge(calendar, { compact: true }).textContent).toBe('35 min over');
    cleanup();
    expect(badge(sla({ clock: 'calendar', deadline: '2026-11-24T10:12:00Z', remainingMinutes: 12 }), { compact: true }).textContent).toBe('12 min left');
  });

  it('turns breached at the deadline without waiting for the server', () => {
    const served = sla({ clock: 'calendar', state: 'warning', deadline: '2026-11-24T10:12:00Z', remainingMinutes: 12 });
    const el = badge(served, { now: NOW + 13 * MINUTE });
    expect(el.getAttribute('data-state')).toBe('breached');
    expect(el.textContent).toBe('was due Tue 11:12 · 1 min over');
  });
});

describe('liveSla: the timer moved on to now', () => {
  it('counts a calendar clock down to the deadline, then over it', () => {
    const served = sla({ clock: 'calendar', deadline: '2026-11-24T11:00:00Z', remainingMinutes: 60 });
    expect(liveSla(served, NOW + 25 * MINUTE)).toMatchObject({ state: 'ok', remainingMinutes: 35 });
    expect(liveSla(served, NOW + 60 * MINUTE)).toMatchObject({ state: 'breached', remainingMinutes: 0 });
    expect(liveSla(served, NOW + 95 * MINUTE + 30_000)).toMatchObject({ state: 'breached', remainingMinutes: -35 });
  });

  it('never shows more business time left than real time to the deadline', () => {
    // 80 business minutes were left at NOW; the deadline is 13:20 UTC after a closed 11:00-13:00.
    expect(liveSla(sla(), NOW + 5 * MINUTE).remainingMinutes).toBe(80);
    expect(liveSla(sla(), NOW + 3 * 60 * MINUTE + 10 * MINUTE).remainingMinutes).toBe(10);
    expect(liveSla(sla(), NOW + 4 * 60 * MINUTE)).toMatchObject({ state: 'breached', remainingMinutes: 0 });
  });

  it('turns to warning at the stored warning instant, without asking the server', () => {
    const served = sla({ clock: 'calendar', deadline: '2026-11-24T11:00:00Z', remainingMinutes: 60 });
    const warningAt = new Date(NOW + 45 * MINUTE).toISOString();
    expect(liveSla(served, NOW + 45 * MINUTE - 1, warningAt).state).toBe('ok');
    expect(liveSla(served, NOW + 45 * MINUTE, warningAt)).toMatchObject({ state: 'warning', remainingMinutes: 15 });
    const { container } = render(<SlaBadge sla={served} warningAt={warningAt} timeZone="Europe/Berlin" now={NOW + 50 * MINUTE} compact />);
    expect(container.querySelector('[data-testid="sla-badge"]')?.getAttribute('data-state')).toBe('warning');
  });

  it('keeps a state the server already reached', () => {
    const breached = sla({ state: 'breached', remainingMinutes: -5 });
    expect(liveSla(breached, NOW).state).toBe('breached');
    expect(liveSla(sla({ state: 'warning' }), NOW).state).toBe('warning');
  });
});

describe('last sent to customer', () => {
  it.each<[number | null, string]>([
    [null, 'never'],
    [0, 'today'],
    [1, '1 day ago'],
    [3, '3 days ago'],
  ])('%s days reads "%s"', (days, text) => {
    expect(lastSentText(days)).toBe(text);
  });
});
