import { observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/** Used until the list is measured, and where nothing can be measured (jsdom in tests). */
export const FALLBACK_RECT: Rect = { width: 480, height: 720 };

/** TanStack's element observer, except that a zero-height measurement falls back to `FALLBACK_RECT`. */
export function observeRectWithFallback<T extends Element>(instance: Virtualizer<T, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}
