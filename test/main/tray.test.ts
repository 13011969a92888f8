import type { Menu as ElectronMenu, NativeImage as ElectronImage, Tray as ElectronTray } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppTray, type DesktopActions, type DesktopState } from '../../electron/main/tray';
import type { WorkItem } from '../../shared/contract/models';
import { Menu, NativeImage, resetElectronMock, Tray } from '../mocks/electron';

beforeEach(() => resetElectronMock());

const item = (n: number, over: Partial<WorkItem> = {}): WorkItem =>
  ({
  id: `case:k${n}`,
  source: 'case',
  caseId: `k${n}`,
  interactionId: null,
  key: `C-${n}`,
  channel: 'email',
  priority: 'P3',
  urgent: false,
  status: 'assigned',
  subject: `Subject ${n}`,
  organizationName: null,
  contactName: null,
  assigneeId: 'a1',
  waitingSince: '2026-03-02T14:00:00.000Z',
  sla: { class: 'first_response', deadline: '2026-03-02T16:00:00.000Z', state: 'breached', remainingMinutes: -5 * n, clock: 'calendar' },
  slaWarningAt: '2026-03-02T15:30:00.000Z',
  ...over,
  }) as WorkItem;

const state = (over: Partial<DesktopState> = {}): DesktopState => ({
  atRisk: { count: 0, top: [] },
  docked: false,
  alwaysOnTop: false,
  startAtLogin: false,
  ...over,
});

function setup(platform: NodeJS.Platform = 'linux') {
  const actions: { [K in keyof DesktopActions]: ReturnType<typeof vi.fn> } = {
    show: vi.fn(),
    openItem: vi.fn(),
    setDocked: vi.fn(),
    setAlwaysOnTop: vi.fn(),
    setStartAtLogin: vi.fn(),
    quit: vi.fn(),
  };
  const tray = createAppTray({
    platform,
    createTray: (image) => new Tray(image as unknown as NativeImage) as unknown as ElectronTray,
    icon: new NativeImage('/icons/icon.png') as unknown as ElectronImage,
    buildMenu: (template) => Menu.buildFromTemplate(template as never) as unknown as ElectronMenu,
    actions: actions as unknown as DesktopActions,
  });
  const mock = Tray.created[0]!;
  const menu = () => mock.contextMenu!;
  const labels = () => menu().items.map((i) => i.label ?? `(${i.type})`);
  return { tray, mock, menu, labels, actions };
}

describe('tray', () => {
  it('shows the count in the tooltip; on macOS also beside the icon', () => {
    const linux = setup('linux');
    linux.tray.update(state({ atRisk: { count: 3, top: [item(1), item(2), item(3)] } }));
    expect(linux.mock.toolTip).toBe('Shiftdesk — 3 at risk');
    expect(linux.mock.setTitle).not.toHaveBeenCalled();
    linux.tray.update(state());
    expect(linux.mock.toolTip).toBe('Shiftdesk — nothing at risk');

    resetElectronMock();
    const mac = setup('darwin');
    mac.tray.update(state({ atRisk: { count: 3, top: [item(1)] } }));
    expect(mac.mock.title).toBe('3');
    mac.tray.update(state());
    expect(mac.mock.title).toBe('');
  });

  it('uses the app icon scaled to the tray', () => {
    expect(setup('win32').mock.image.size).toEqual({ width: 16, height: 16 });
    resetElectronMock();
    expect(setup('linux').mock.image.size).toEqual({ width: 24, height: 24 });
  });

  it('lists the top three at-risk items with key, subject and time left; clicking one opens it', () => {
    const { tray, labels, menu, actions } = setup();
    tray.update(state({ atRisk: { count: 5, top: [item(1), item(2), item(3)] } }));
    expect(labels()).toEqual([
      'Show Shiftdesk',
      '(separator)',
      '5 at risk in My queue',
      'C-1 · Subject 1 · 5 min over',
      'C-2 · Subject 2 · 10 min over',
      'C-3 · Subject 3 · 15 min over',
      '2 more…',
      '(separator)',
      'Docked mode',
      'Always on top',
      'Start at login',
      '(separator)',
      'Quit Shiftdesk',
    ]);
    menu().click('C-2 · Subject 2 · 10 min over');
    expect(actions.openItem).toHaveBeenCalledExactlyOnceWith('case:k2');
    menu().click('2 more…');
    expect(actions.show).toHaveBeenCalledTimes(1);
  });

  it('says when nothing is at risk', () => {
    const { tray, labels } = setup();
    tray.update(state());
    expect(labels()).toContain('Nothing at risk in My queue');
    expect(labels().some((l) => l.startsWith('C-'))).toBe(false);
  });

  it('Show, Docked mode, Always on top (docked only), Start at login and Quit', () => {
    const { tray, menu, actions, mock } = setup();
    tray.update(state());
    menu().click('Show Shiftdesk');
    expect(actions.show).toHaveBeenCalledTimes(1);
    mock.emit('click');
    expect(actions.show).toHaveBeenCalledTimes(2);

    menu().click('docked');
    expect(actions.setDocked).toHaveBeenCalledWith(true);
    expect(menu().find('alwaysOnTop')).toMatchObject({ enabled: false });
    menu().click('alwaysOnTop');
    expect(actions.setAlwaysOnTop).not.toHaveBeenCalled();

    tray.update(state({ docked: true, alwaysOnTop: true }));
    expect(menu().find('docked')).toMatchObject({ checked: true });
    expect(menu().find('alwaysOnTop')).toMatchObject({ enabled: true, checked: true });
    menu().click('alwaysOnTop');
    expect(actions.setAlwaysOnTop).toHaveBeenCalledWith(false);
    menu().click('docked');
    expect(actions.setDocked).toHaveBeenLastCalledWith(false);

    menu().click('startAtLogin');
    expect(actions.setStartAtLogin).toHaveBeenCalledWith(true);
    tray.update(state({ startAtLogin: null }));
    expect(menu().find('startAtLogin')).toMatchObject({ enabled: false, checked: false });

    menu().click('Quit Shiftdesk');
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('rebuilds its menu only when what it shows changed', () => {
    const { tray, mock } = setup();
    tray.update(state({ atRisk: { count: 1, top: [item(1)] } }));
    tray.update(state({ atRisk: { count: 1, top: [item(1)] } }));
    expect(mock.setContextMenu).toHaveBeenCalledTimes(1);
    tray.update(state({ atRisk: { count: 1, top: [item(1, { sla: { ...item(1).sla!, remainingMinutes: -6 } })] } }));
    expect(mock.setContextMenu).toHaveBeenCalledTimes(2);
  });

  it('after a click the menu is rebuilt even when the state did not follow (Electron flipped the checkbox)', () => {
    const { tray, mock, menu } = setup();
    tray.update(state());
    menu().click('startAtLogin');
    expect(menu().find('startAtLogin')?.checked).toBe(true);
    tray.update(state());
    expect(mock.setContextMenu).toHaveBeenCalledTimes(2);
    expect(menu().find('startAtLogin')?.checked).toBe(false);
  });

  it('is removed once', () => {
    const { tray, mock } = setup();
    tray.destroy();
    tray.destroy();
    expect(mock.destroy).toHaveBeenCalledTimes(1);
    tray.update(state());
    expect(mock.setContextMenu).not.toHaveBeenCalled();
  });
});
