import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../electron/main/appMenu';
import { showAtRiskBadge } from '../../electron/main/badge';
import { app, Menu, resetElectronMock } from '../mocks/electron';

beforeEach(() => resetElectronMock());

const badgeApp = app as unknown as Pick<App, 'setBadgeCount'> & { dock: Pick<App['dock'] & object, 'setBadge'> };

describe('the at-risk badge', () => {
  it('macOS: the dock badge, cleared at zero', () => {
    showAtRiskBadge({ platform: 'darwin', app: badgeApp }, 3);
    expect(app.dock.setBadge).toHaveBeenLastCalledWith('3');
    showAtRiskBadge({ platform: 'darwin', app: badgeApp }, 0);
    expect(app.dock.setBadge).toHaveBeenLastCalledWith('');
    expect(app.setBadgeCount).not.toHaveBeenCalled();
  });

  it('Linux: the launcher badge count; Windows: none (title and tray carry it)', () => {
    showAtRiskBadge({ platform: 'linux', app: badgeApp }, 2);
    expect(app.setBadgeCount).toHaveBeenLastCalledWith(2);
    vi.clearAllMocks();
    showAtRiskBadge({ platform: 'win32', app: badgeApp }, 2);
    expect(app.setBadgeCount).not.toHaveBeenCalled();
    expect(app.dock.setBadge).not.toHaveBeenCalled();
  });

  it('a desktop without badges does not stop the rest', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    app.setBadgeCount.mockImplementationOnce(() => {
      throw new Error('unsupported');
    });
    expect(() => showAtRiskBadge({ platform: 'linux', app: badgeApp }, 1)).not.toThrow();
  });
});

describe('application menu', () => {
  const actions = { setDocked: vi.fn(), dockAt: vi.fn(), setAlwaysOnTop: vi.fn() };
  const build = (platform: NodeJS.Platform, packaged: boolean, docked = false) =>
    Menu.buildFromTemplate(
      appMenuTemplate({ docked, edge: 'right', alwaysOnTop: false }, actions, { platform, packaged, dockAccelerator: 'CommandOrControl+Shift+D', acceleratorIsGlobal: true }) as never,
    );

  it('View holds docked mode with its shortcut, the edges and always on top (docked only)', () => {
    const menu = build('linux', true);
    const view = menu.items.find((i) => i.label === 'View')!.submenu!.map((i) => i.label ?? i.role ?? '-');
    expect(view.slice(0, 4)).toEqual(['Docked mode', 'Dock on the left edge', 'Dock on the right edge', 'Always on top']);
    expect(menu.find('dockRight')?.checked).toBe(true);
    expect(menu.find('alwaysOnTop')?.enabled).toBe(false);
    menu.click('docked');
    expect(actions.setDocked).toHaveBeenCalledWith(true);
    menu.click('dockLeft');
    expect(actions.dockAt).toHaveBeenCalledWith('left');
    expect(build('linux', true, true).find('alwaysOnTop')?.enabled).toBe(true);
  });

  it('macOS has the app menu (Quit with Cmd+Q); elsewhere File has Close to tray and Quit', () => {
    expect(build('darwin', true).items[0]?.role).toBe('appMenu');
    const file = build('win32', true).items.find((i) => i.label === 'File')!.submenu!;
    expect(file.map((i) => i.label ?? '-')).toEqual(['Close to tray', '-', 'Quit Shiftdesk']);
  });

  it('developer tools only in a development run', () => {
    expect(build('linux', true).find('toggleDevTools')).toBeUndefined();
    expect(build('linux', true).all().some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build('linux', false).all().some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
