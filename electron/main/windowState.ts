import type { BrowserWindow, Rectangle } from 'electron';
import type { Preferences } from '../core/ports';

/**
 * The main window's size and place, remembered across launches in the device preferences.
 * A saved place is used only while it is still on a display (monitors get unplugged); a saved
 * size is kept within the minimum size and the largest display.
 */
export const WINDOW_STATE_KEY = 'mainWindow';

export interface WindowPlacement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

interface Limits {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** How much of the window's top edge must lie on a display for its saved position to be used. */
const VISIBLE_EDGE = 100;

export function restoreWindowPlacement(saved: unknown, displays: readonly Rectangle[], limits: Limits): WindowPlacement {
  const fallback: WindowPlacement = { bounds: { width: limits.width, height: limits.height }, maximized: false };
  if (typeof saved !== 'object' || saved === null) return fallback;
  const { x, y, width, height, maximized } = saved as Record<string, unknown>;
  if (!isFiniteNumber(width) || !isFiniteNumber(height)) return fallback;

  const maxWidth = Math.max(limits.minWidth, ...displays.map((d) => d.width));
  const maxHeight = Math.max(limits.minHeight, ...displays.map((d) => d.height));
  const bounds: WindowPlacement['bounds'] = {
    width: clamp(Math.round(width), limits.minWidth, maxWidth),
    height: clamp(Math.round(height), limits.minHeight, maxHeight),
  };
  if (isFiniteNumber(x) && isFiniteNumber(y) && displays.some((d) => topEdgeVisible({ x, y, width: bounds.width }, d))) {
    bounds.x = Math.round(x);
    bounds.y = Math.round(y);
  }
  return { bounds, maximized: maximized === true };
}

/**
 * Saves the window's normal (un-maximised) bounds and maximised state whenever it closes (also when
 * closing only hides it to the tray). `instead`, when it answers, gives the placement to save (the
 * window's place before docked mode, while docked).
 */
export function rememberWindowPlacement(
  win: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>,
  prefs: Preferences,
  instead?: () => (Rectangle & { maximized: boolean }) | undefined,
): void {
  win.on('close', () => {
    prefs.set(WINDOW_STATE_KEY, instead?.() ?? { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
}

function topEdgeVisible(win: { x: number; y: number; width: number }, display: Rectangle): boolean {
  const overlap = Math.min(win.x + win.width, display.x + display.width) - Math.max(win.x, display.x);
  return overlap >= VISIBLE_EDGE && win.y >= display.y && win.y < display.y + display.height - VISIBLE_EDGE / 2;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
