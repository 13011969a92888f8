import type { BrowserWindow, Display, Rectangle } from 'electron';
import type { Preferences } from '../core/ports';
import { restoreWindowPlacement } from './windowState';

/**
 * Docked mode (`queue.md` "Docked"): the window becomes a narrow panel, the full height of its
 * display's work area, snapped to the left or right edge, optionally always on top. Whether it is
 * docked, and on which edge, is remembered per display (device preferences, keyed by display id),
 * so the panel comes back docked on the display where the agent docked it. Leaving docked mode
 * puts the window back where it was before (maximised if it was). The renderer switches to its
 * compact layout by itself below 720 px.
 */
export type DockEdge = 'left' | 'right';

export const DOCKED_WIDTH = 380;
/** The docked panel's minimum size (the window's usual minimum is wider than the panel). */
export const DOCKED_MIN_SIZE = { width: 320, height: 400 } as const;
export const DOCKING_KEY = 'docking';

export interface DockingPrefs {
  /** Per display id: docked there or not, and on which edge. */
  displays: Record<string, { docked: boolean; edge: DockEdge }>;
  /** Always on top while docked. */
  alwaysOnTop: boolean;
}

/** The saved docking preferences; anything unreadable counts as never docked. */
export function readDockingPrefs(saved: unknown): DockingPrefs {
  const prefs: DockingPrefs = { displays: {}, alwaysOnTop: false };
  if (typeof saved !== 'object' || saved === null) return prefs;
  const { displays, alwaysOnTop } = saved as Record<string, unknown>;
  prefs.alwaysOnTop = alwaysOnTop === true;
  if (typeof displays === 'object' && displays !== null) {
    for (const [id, entry] of Object.entries(displays as Record<string, unknown>)) {
      const { docked, edge } = (entry ?? {}) as Record<string, unknown>;
      if (edge === 'left' || edge === 'right') prefs.displays[id] = { docked: docked === true, edge };
    }
  }
  return prefs;
}

/** The docked panel on a work area: `width` wide (at most the work area), full height, at `edge`. */
export function dockedBounds(workArea: Rectangle, edge: DockEdge, width: number = DOCKED_WIDTH): Rectangle {
  const w = Math.min(width, workArea.width);
  return { x: edge === 'left' ? workArea.x : workArea.x + workArea.width - w, y: workArea.y, width: w, height: workArea.height };
}

/** The edge nearer the window's middle. */
export function nearerEdge(bounds: Rectangle, workArea: Rectangle): DockEdge {
  return bounds.x + bounds.width / 2 < workArea.x + workArea.width / 2 ? 'left' : 'right';
}

type DockDisplay = Pick<Display, 'id' | 'workArea'>;

export type DockWindow = Pick<
  BrowserWindow,
  | 'getBounds'
  | 'getNormalBounds'
  | 'setBounds'
  | 'center'
  | 'isMaximized'
  | 'maximize'
  | 'unmaximize'
  | 'isFullScreen'
  | 'setFullScreen'
  | 'setMinimumSize'
  | 'setAlwaysOnTop'
  | 'isDestroyed'
  | 'once'
  | 'on'
>;

export interface DockingDeps {
  screen: { getAllDisplays(): DockDisplay[]; getDisplayMatching(rect: Rectangle): DockDisplay };
  /** Subscribes to display changes (added, removed, work area or scale changed); returns the unsubscribe. */
  onDisplaysChanged(listener: () => void): () => void;
  prefs: Preferences;
  /** The window's usual size limits (WINDOW_SIZE): restored when leaving docked mode. */
  windowSize: { width: number; height: number; minWidth: number; minHeight: number };
  /** Docked, edge or always-on-top changed (the menus show it). */
  changed(): void;
}

export interface DockingState {
  docked: boolean;
  /** The edge docked mode uses on the window's display. */
  edge: DockEdge;
  alwaysOnTop: boolean;
}

/** A saved placement (windowState.ts's format). */
export type SavedPlacement = Rectangle & { maximized: boolean };

export interface Docking {
  /** A new main window: docks it when its display was docked last time. */
  attach(win: DockWindow): void;
  state(): DockingState;
  setDocked(on: boolean): void;
  /** Docks on this edge of the window's display (docking it if it was not). */
  dockAt(edge: DockEdge): void;
  setAlwaysOnTop(on: boolean): void;
  /** While docked, where the window was before (what its remembered placement should be); else undefined. */
  placementToRemember(): SavedPlacement | undefined;
  dispose(): void;
}

export function createDocking(deps: DockingDeps): Docking {
  const { screen, prefs, windowSize } = deps;
  let win: DockWindow | null = null;
  let dockedOn: { displayId: number; edge: DockEdge } | null = null;
  let before: SavedPlacement | null = null;

  const read = () => readDockingPrefs(prefs.get(DOCKING_KEY));
  const write = (change: (p: DockingPrefs) => void) => {
    const p = read();
    change(p);
    prefs.set(DOCKING_KEY, p);
  };
  const live = () => (win && !win.isDestroyed() ? win : null);
  const displayOf = (w: DockWindow) => screen.getDisplayMatching(w.getBounds());
  const edgeFor = (w: DockWindow, display: DockDisplay) => read().displays[String(display.id)]?.edge ?? nearerEdge(w.getBounds(), display.workArea);

  const snap = (w: DockWindow, display: DockDisplay, edge: DockEdge) => {
    w.setBounds(dockedBounds(display.workArea, edge));
    dockedOn = { displayId: display.id, edge };
    write((p) => {
      p.displays[String(display.id)] = { docked: true, edge };
    });
  };

  const dock = (edge?: DockEdge) => {
    const w = live();
    if (!w) return;
    const display = displayOf(w);
    if (!dockedOn) {
      before = { ...w.getNormalBounds(), maximized: w.isMaximized() };
      if (w.isFullScreen()) w.setFullScreen(false);
      if (w.isMaximized()) w.unmaximize();
      w.setMinimumSize(DOCKED_MIN_SIZE.width, DOCKED_MIN_SIZE.height);
      w.setAlwaysOnTop(read().alwaysOnTop);
    }
    snap(w, display, edge ?? edgeFor(w, display));
    deps.changed();
  };

  const undock = () => {
    const w = live();
    if (!w || !dockedOn) return;
    const here = displayOf(w);
    write((p) => {
      for (const id of new Set([dockedOn!.displayId, here.id])) {
        p.displays[String(id)] = { docked: false, edge: p.displays[String(id)]?.edge ?? dockedOn!.edge };
      }
    });
    const placement = restoreWindowPlacement(before, screen.getAllDisplays().map((d) => d.workArea), windowSize);
    dockedOn = null;
    before = null;
    w.setAlwaysOnTop(false);
    w.setMinimumSize(windowSize.minWidth, windowSize.minHeight);
    w.setBounds(placement.bounds);
    if (placement.bounds.x === undefined) w.center();
    if (placement.maximized) w.maximize();
    deps.changed();
  };

  /** A display came, went or changed its work area (taskbar, resolution): snap again to the display the window is on. */
  const resnap = () => {
    const w = live();
    if (!w || !dockedOn) return;
    const current = dockedOn;
    const display = screen.getAllDisplays().find((d) => d.id === current.displayId) ?? displayOf(w);
    snap(w, display, display.id === current.displayId ? current.edge : edgeFor(w, display));
  };
  const stopWatchingDisplays = deps.onDisplaysChanged(resnap);

  return {
    attach(next) {
      win = next;
      dockedOn = null;
      before = null;
      next.once('closed', () => {
        if (win === next) {
          win = null;
          dockedOn = null;
          before = null;
        }
      });
      // A docked panel stays a panel: maximising it (a double click on its title bar, or the start-up
      // restoring a window that was maximised before it was docked) snaps it back, and the window
      // is maximised when it leaves docked mode.
      next.on('maximize', () => {
        if (win !== next || !dockedOn) return;
        if (before) before.maximized = true;
        next.unmaximize();
        const current = dockedOn;
        snap(next, screen.getAllDisplays().find((d) => d.id === current.displayId) ?? displayOf(next), current.edge);
      });
      const display = displayOf(next);
      const saved = read().displays[String(display.id)];
      if (saved?.docked) dock(saved.edge);
    },
    state() {
      const w = live();
      const edge = dockedOn?.edge ?? (w ? edgeFor(w, displayOf(w)) : 'right');
      return { docked: dockedOn !== null, edge, alwaysOnTop: read().alwaysOnTop };
    },
    setDocked(on) {
      if (on) dock();
      else undock();
    },
    dockAt(edge) {
      dock(edge);
    },
    setAlwaysOnTop(on) {
      write((p) => {
        p.alwaysOnTop = on;
      });
      if (dockedOn) live()?.setAlwaysOnTop(on);
      deps.changed();
    },
    placementToRemember: () => (dockedOn && before ? { ...before } : undefined),
    dispose() {
      stopWatchingDisplays();
    },
  };
}
