import { Suspense, lazy, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/**
 * Dialogs and panels the first screen does not show are loaded when first wanted, each in its own
 * chunk, so the critical bundle stays small (renderer/README.md "Lazy panels"; docs/decisions.md).
 */
export type LazyPanel<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /** Starts loading the panel's chunk (once); resolves when it is there. */
  preload(): Promise<unknown>;
};

const panels: LazyPanel<never>[] = [];

/**
 * A component from `import()`, e.g. `lazyPanel(() => import('./SweepLogDialog').then((m) => m.SweepLogDialog))`.
 * Render it inside `MountWhen` (or another Suspense boundary of its own), never bare: a panel
 * that suspends must not blank the shell around it.
 */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): LazyPanel<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  const panel = Object.assign(lazy(preload), { preload });
  panels.push(panel as unknown as LazyPanel<never>);
  return panel;
}

/**
 * Loads every lazy panel's chunk, one per idle moment, so opening one later is instant. main.tsx
 * calls it once the queue has answered (the first screen is up); the first-run dialog and an
 * opened case load at once when they are wanted.
 */
export function preloadPanelsWhenIdle(): void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => globalThis.setTimeout(run, 1));
  const queue = [...panels];
  const next = () => {
    const panel = queue.shift();
    if (panel) idle(() => void panel.preload().then(next, next), { timeout: 2000 });
  };
  next();
}

/**
 * Mounts `children` from the first time `when` is true, and keeps them mounted (so a dialog can
 * animate closed and keep its state), inside a Suspense boundary of their own showing `fallback`
 * while the chunk loads: `null` for dialogs and popovers (nothing was there before), a placeholder
 * of the same size for a panel in the layout.
 */
export function MountWhen({ when, fallback = null, children }: { when: boolean; fallback?: ReactNode; children: ReactNode }) {
  const [mounted, setMounted] = useState(when);
  if (when && !mounted) setMounted(true);
  return mounted ? <Suspense fallback={fallback}>{children}</Suspense> : null;
}
