import { join } from 'node:path';
import type { App } from 'electron';
import type { Preferences } from '../core/ports';

/**
 * Start at login (`queue.md` "Docked"), a device setting. macOS and Windows keep the login item
 * themselves (`app.setLoginItemSettings`); Linux has no such API in Electron, so an XDG autostart
 * entry is written (`~/.config/autostart/shiftdesk.desktop`, started by GNOME, KDE, Xfce...). The
 * system's own list stays the truth (the agent may remove the entry in the system settings); the
 * preference `startAtLogin` records the agent's last choice. Only an installed app registers
 * itself: a development run would register the bare Electron binary.
 */
export const START_AT_LOGIN_KEY = 'startAtLogin';
export const AUTOSTART_FILE = 'shiftdesk.desktop';

export interface AutostartFiles {
  exists(path: string): boolean;
  write(path: string, content: string): void;
  remove(path: string): void;
}

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  packaged: boolean;
  app: Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>;
  prefs: Preferences;
  /** Linux only: where autostart entries go (`$XDG_CONFIG_HOME/autostart`, else `~/.config/autostart`). */
  autostartDir: string;
  /** Linux only: the command that starts the app (the AppImage file when run from one). */
  execPath: string;
  files: AutostartFiles;
}

export interface LoginItem {
  /** Whether the app starts at login now; null where it cannot register itself (a development run). */
  enabled(): boolean | null;
  set(on: boolean): void;
}

/** The XDG autostart entry; the path is quoted as the Desktop Entry spec asks. */
export function autostartEntry(execPath: string): string {
  const quoted = `"${execPath.replace(/(["`$\\])/g, '\\$1')}"`;
  return ['[Desktop Entry]', 'Type=Application', 'Name=Shiftdesk', `Exec=${quoted}`, 'X-GNOME-Autostart-enabled=true', 'Terminal=false', ''].join('\n');
}

export function createLoginItem(deps: LoginItemDeps): LoginItem {
  const { platform, app, prefs, files } = deps;
  const entry = join(deps.autostartDir, AUTOSTART_FILE);
  const supported = deps.packaged && (platform === 'darwin' || platform === 'win32' || platform === 'linux');
  const read = (): boolean => (platform === 'linux' ? files.exists(entry) : app.getLoginItemSettings().openAtLogin);
  return {
    enabled: () => (supported ? read() : null),
    set(on) {
      if (!supported) return;
      if (platform === 'linux') {
        if (on) files.write(entry, autostartEntry(deps.execPath));
        else if (files.exists(entry)) files.remove(entry);
      } else {
        app.setLoginItemSettings({ openAtLogin: on });
      }
      prefs.set(START_AT_LOGIN_KEY, on);
    },
  };
}

/** The autostart files on disk (the folder is made when missing). */
export function diskAutostartFiles(fs: {
  existsSync(path: string): boolean;
  mkdirSync(path: string, options: { recursive: true }): unknown;
  writeFileSync(path: string, content: string): void;
  rmSync(path: string, options: { force: true }): void;
}): AutostartFiles {
  return {
    exists: (path) => fs.existsSync(path),
    write(path, content) {
      fs.mkdirSync(join(path, '..'), { recursive: true });
      fs.writeFileSync(path, content);
    },
    remove: (path) => fs.rmSync(path, { force: true }),
  };
}

/** `$XDG_CONFIG_HOME/autostart`, else `<home>/.config/autostart`. */
export function xdgAutostartDir(env: Record<string, string | undefined>, home: string): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'autostart');
}
