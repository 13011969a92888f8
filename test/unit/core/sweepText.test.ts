import { describe, expect, it } from 'vitest';
import type { SweepItem, UnassignedLook } from '../../../electron/core/db/repositories/sweeps';
import { sweepLabel, sweepText } from '../../../electron/core/sweep/sweepText';

const MINUTE = 60_000;
const NOW = Date.parse('2026-03-03T16:00:00Z');

function item(n: number, overrides: Partial<SweepItem> = {}): SweepItem {
  return {
    id: `case:k${n}`, source: 'case', key: `C-${n}`, channel: 'email', subject: `Question ${n}`, contactName: 'Jane Doe',
    organizationName: 'Acme', waitingSince: NOW - 10 * MINUTE, ...overrides,
  };
}

function look(newItems: SweepItem[], warningItems: SweepItem[] = [], counts: Partial<UnassignedLook> = {}): UnassignedLook {
  return {
    unassigned: newItems.length + warningItems.length,
    warning: warningItems.length,
    breached: 0,
    newCount: newItems.length,
    oldestNewSince: newItems.length ? Math.min(...newItems.map((i) => i.waitingSince)) : null,
    newItems,
    newlyWarningCount: warningItems.length,
    newlyWarningItems: warningItems,
    ...counts,
  };
}

describe('the sweep notification text', () => {
  it('is null when nothing is new', () => {
    expect(sweepText(look([]), NOW)).toBeNull();
  });

  it('names several new cases by key, with the longest wait', () => {
    const items = [item(1, { waitingSince: NOW - 47 * MINUTE }), item(2), item(3)];
    expect(sweepText(look(items), NOW)).toEqual({ title: '3 new unassigned cases, oldest waiting 47 min', body: 'C-1, C-2, C-3' });
  });

  it('names one new case with its customer and subject', () => {
    expect(sweepText(look([item(7, { waitingSince: NOW - 125 * MINUTE })]), NOW)).toEqual({
      title: '1 new unassigned case, waiting 2 h 5 min',
      body: 'C-7 · Jane Doe (Acme) — Question 7',
    });
  });

  it('counts beyond the three keys it lists (the record keeps up to 50)', () => {
    const items = [1, 2, 3].map((n) => item(n));
    expect(sweepText(look(items, [], { newCount: 12 }), NOW)?.body).toBe('C-1, C-2, C-3 and 9 more');
  });

  it('says "items" when a voicemail or email not filed yet is among them, named by who left or sent it and its subject', () => {
    const voicemail = item(0, { id: 'interaction:i1', source: 'interaction', key: 'i1', channel: 'voicemail', subject: 'Call me back', contactName: 'Pat Doe' });
    expect(sweepText(look([item(1), voicemail]), NOW)).toEqual({
      title: '2 new unassigned items, oldest waiting 10 min',
      body: 'C-1, Voicemail from Pat Doe (Acme): “Call me back”',
    });
    expect(sweepText(look([voicemail]), NOW)).toEqual({ title: '1 new unassigned item, waiting 10 min', body: 'Voicemail from Pat Doe (Acme): “Call me back”' });
  });

  it('warnings only: how many are due soon, one named with its customer', () => {
    expect(sweepText(look([], [item(3)]), NOW)).toEqual({ title: '1 unassigned case due soon', body: 'C-3 · Jane Doe (Acme) — Question 3' });
    expect(sweepText(look([], [item(3), item(4)]), NOW)).toEqual({ title: '2 unassigned cases due soon', body: 'C-3, C-4' });
  });

  it('new cases lead; the ones newly due soon follow on their own line', () => {
    expect(sweepText(look([item(1), item(2)], [item(3)]), NOW)).toEqual({
      title: '2 new unassigned cases, oldest waiting 10 min',
      body: 'C-1, C-2\nAlso due soon: C-3',
    });
  });
});

describe('how a sweep names an item (its notification and its log)', () => {
  const unfiled = (overrides: Partial<SweepItem>) => item(0, { id: 'interaction:pbx:voicemail:vm-1', source: 'interaction', key: 'pbx:voicemail:vm-1', ...overrides });

  it('names a case by its key', () => {
    expect(sweepLabel(item(7))).toBe('C-7');
  });

  it('names a voicemail or email not filed yet by its caller or sender and its subject, never by its id', () => {
    expect(sweepLabel(unfiled({ channel: 'email', subject: 'Invoice copy', contactName: 'Sam Roe', organizationName: null }))).toBe('Email from Sam Roe: “Invoice copy”');
    expect(sweepLabel(unfiled({ channel: 'voicemail', subject: 'Inverter report empty' }))).toBe('Voicemail from Jane Doe (Acme): “Inverter report empty”');
  });

  it('leaves out a subject that only repeats the channel and the name', () => {
    expect(sweepLabel(unfiled({ channel: 'voicemail', subject: 'Voicemail from Jane Doe' }))).toBe('Voicemail from Jane Doe (Acme)');
    expect(sweepLabel(unfiled({ channel: 'voicemail', subject: 'Voicemail', contactName: null, organizationName: null }))).toBe('Voicemail from an unknown caller');
    expect(sweepLabel(unfiled({ channel: 'email', subject: 'Urgent!', contactName: null, organizationName: null }))).toBe('Email from an unknown sender: “Urgent!”');
  });
});
