import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreOptions, NotifyRequest } from '../../electron/core/index';
import { bootMainProcess, quitMainProcess, type ElectronMock } from '../support/mainProcess';

/**
 * The composition root (electron/main/index.ts) wires SLA alerts to the desktop: a click on an OS
 * notification brings the window forward and opens what it is about (`alerts.open` with its alert
 * ids), and waking from sleep or unlocking makes the core re-plan. Booted by test/support/mainProcess.ts, with
 * `createCore` wrapped so the test can watch the real core it builds.
 */

interface Booted {
  mock: ElectronMock;
  core: Core;
  options: CoreOptions;
  dispatch: ReturnType<typeof vi.spyOn>;
  resumed: ReturnType<typeof vi.spyOn>;
}

const dataDirs: string[] = [];

async function boot(): Promise<Booted> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shiftdesk-main-alerts-'));
  dataDirs.push(dataDir);
  let built: { core: Core; options: CoreOptions } | undefined;
  const mock = await bootMainProcess({
    dataDir,
    createCore: (actual, options) => {
      const core = actual(options);
      built = { core, options };
      return core;
    },
  });
  if (!built) throw new Error('the main process did not create a core');
  return {
    mock,
    ...built,
    dispatch: vi.spyOn(built.core, 'dispatch'),
    resumed: vi.spyOn(built.core, 'resumed'),
  };
}

const request: NotifyRequest = {
  id: 'case:c1|warning|1',
  title: 'Due soon: C-12 · 15 min business left',
  body: 'Jane Doe (Acme) — Printer offline',
  alertIds: ['alert-1', 'alert-2'],
  late: false,
};

afterEach(async () => {
  await quitMainProcess(dataDirs);
  vi.restoreAllMocks();
});

describe('desktop SLA alerts', () => {
  it('the core is given the desktop notifier: an alert shows an OS notification', async () => {
    const { mock, options } = await boot();
    options.notifier?.notify(request);
    expect(mock.Notification.created).toHaveLength(1);
    expect(mock.Notification.created[0]?.options).toMatchObject({ title: request.title, body: request.body });
    expect(mock.Notification.created[0]?.show).toHaveBeenCalled();
  });

  it('clicking a notification brings the minimised window forward and opens its alerts', async () => {
    const { mock, options, dispatch } = await boot();
    const [win] = mock.BrowserWindow.getAllWindows();
    win!.minimized = true;
    win!.visible = false;
    for (const fn of [win!.restore, win!.show, win!.focus]) fn.mockClear();

    options.notifier?.notify(request);
    mock.Notification.created[0]?.emit('click');

    expect(win?.restore).toHaveBeenCalled();
    expect(win?.show).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('alerts.open', { ids: ['alert-1', 'alert-2'] });
  });

  it('clicking a notification after the window was closed opens a new window', async () => {
    const { mock, options, dispatch } = await boot();
    mock.BrowserWindow.getAllWindows()[0]?.close();
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(0);

    options.notifier?.notify(request);
    mock.Notification.created[0]?.emit('click');

    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('alerts.open', { ids: request.alertIds });
  });

  it('waking from sleep and unlocking re-plan the alerts, until the app quits', async () => {
    const { mock, resumed } = await boot();
    mock.powerMonitor.emit('resume');
    mock.powerMonitor.emit('unlock-screen');
    expect(resumed).toHaveBeenCalledTimes(2);

    mock.app.emit('will-quit');
    expect(mock.powerMonitor.listenerCount('resume')).toBe(0);
    expect(mock.powerMonitor.listenerCount('unlock-screen')).toBe(0);
  });
});
