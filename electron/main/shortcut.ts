import type { GlobalShortcut } from 'electron';

/** The system-wide shortcut that toggles docked mode (also shown beside View → Docked mode). */
export const DOCK_SHORTCUT = 'CommandOrControl+Shift+D';

export interface RegisteredShortcut {
  /** False when another application holds the keys (the menu item then keeps its own accelerator). */
  readonly registered: boolean;
  unregister(): void;
}

/**
 * Registers `accelerator` system-wide (it works while another application has the focus, e.g.
 * the help desk beside the docked panel). Registration fails quietly when another application
 * holds the same keys; the app menu's accelerator still works while Shiftdesk has the focus.
 */
export function registerGlobalShortcut(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
  accelerator: string,
  run: () => void,
): RegisteredShortcut {
  let registered = false;
  try {
    registered = globalShortcut.register(accelerator, run);
  } catch (err) {
    console.warn(`Shiftdesk: could not register the shortcut ${accelerator}:`, err);
  }
  if (!registered) console.warn(`Shiftdesk: the shortcut ${accelerator} is taken by another application; it works only while Shiftdesk has the focus.`);
  return {
    registered,
    unregister() {
      if (!registered) return;
      globalShortcut.unregister(accelerator);
      registered = false;
    },
  };
}
