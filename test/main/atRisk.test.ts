import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/index';
import { atRiskLabel, atRiskTitle, atRiskToolTip, watchAtRisk, type AtRisk } from '../../electron/main/atRisk';
import type { WorkItem } from '../../shared/contract/models';
import { createFakeClock } from '../support/fakeClock';

function item(over: Partial<WorkItem> = {}): WorkItem {
  return ({
    id: 'case:k1',
    source: 'case',
    caseId: 'k1',
    interactionId: null,
    key: 'C-1042',
    channel: 'email',
    priority: 'P3',
    urgent: false,
    status: 'assigned',
    subject: 'Printer offline',
    organizationName: 'Acme',
    contactName: 'Jane Doe',
    assigneeId: 'a1',
    waitingSince: '2026-03-02T14:00:00.000Z',
    sla: { class: 'first_response', deadline: '2026-03-02T16:00:00.000Z', state: 'warning', remainingMinutes: 14, clock: 'business' },
    slaWarningAt: '2026-03-02T15:30:00.000Z',
    ...over,
  }) as WorkItem;
}

describe('at-risk texts', () => {
  it('the window title names the count, and is plain at zero', () => {
    expect(atRiskTitle(0)).toBe('Shiftdesk');
    expect(atRiskTitle(1)).toBe('Shiftdesk — 1 at risk');
    expect(atRiskTitle(3)).toBe('Shiftdesk — 3 at risk');
  });

  it('the tray tooltip says so also when nothing is at risk', () => {
    expect(atRiskToolTip(0)).toBe('Shiftdesk — nothing at risk');
    expect(atRiskToolTip(12)).toBe('Shiftdesk — 12 at risk');
  });

  it('a tray line gives key, subject and time left; an unfiled item goes by its channel; long subjects are cut', () => {
    expect(atRiskLabel(item())).toBe('C-1042 · Printer offline · 14 min business left');
    expect(atRiskLabel(item({ sla: { ...item().sla!, state: 'breached', remainingMinutes: -35, clock: 'calendar' } }))).toBe('C-1042 · Printer offline · 35 min over');
    expect(atRiskLabel(item({ source: 'interaction', caseId: null, key: 'i7', channel: 'voicemail', subject: 'Call me back' }))).toBe('Voicemail · Call me back · 14 min business left');
    const long = atRiskLabel(item({ subject: 'The label printer in the second warehouse prints blank pages since Monday' }));
    expect(long).toBe('C-1042 · The label printer in the second warehou… · 14 min business left');
  });
});

describe('watchAtRisk', () => {
  function fakeCore(answers: AtRisk[]) {
    const listeners = new Set<() => void>();
    const atRisk = vi.fn(async () => answers.shift() ?? { count: 0, top: [] });
    const core = {
      handlers: { 'queue.atRisk': atRisk },
      on: (_event: string, listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    } as unknown as Pick<Core, 'handlers' | 'on'>;
    return { core, atRisk, changed: () => listeners.forEach((l) => l()), listeners };
  }
  const flush = () => new Promise((resolve) => setImmediate(resolve));

  it('reads at once, on every `changed` and every minute, until stopped', async () => {
    const { core, atRisk, changed, listeners } = fakeCore([{ count: 0, top: [] }, { count: 2, top: [] }, { count: 3, top: [] }]);
    const clock = createFakeClock();
    const shown: number[] = [];
    const watch = watchAtRisk(core, clock, (a) => shown.push(a.count));
    await flush();
    expect(shown).toEqual([0]);
    expect(atRisk).toHaveBeenCalledWith({ limit: 3 });

    changed();
    await flush();
    expect(shown).toEqual([0, 2]);
    expect(watch.current().count).toBe(2);

    clock.advance(60_000);
    await flush();
    expect(shown).toEqual([0, 2, 3]);

    watch.stop();
    expect(listeners.size).toBe(0);
    clock.advance(5 * 60_000);
    await flush();
    expect(atRisk).toHaveBeenCalledTimes(3);
  });

  it('an older answer arriving after a newer one is dropped', async () => {
    const clock = createFakeClock();
    const resolvers: ((a: AtRisk) => void)[] = [];
    const core = {
      handlers: { 'queue.atRisk': () => new Promise<AtRisk>((resolve) => resolvers.push(resolve)) },
      on: () => () => undefined,
    } as unknown as Pick<Core, 'handlers' | 'on'>;
    const shown: number[] = [];
    const watch = watchAtRisk(core, clock, (a) => shown.push(a.count));
    void watch.refresh();
    resolvers[1]!({ count: 5, top: [] });
    await flush();
    resolvers[0]!({ count: 1, top: [] });
    await flush();
    expect(shown).toEqual([5]);
    watch.stop();
  });
});
