import { create } from 'zustand';
import type { QueueView } from '../../shared/domain/vocab';
import { cursorIndex, useQueueStore } from '../features/queue/queueStore';
import { itemAt } from '../features/queue/queueWindow';
import { useSessionStore } from '../features/session/sessionStore';
import { useTakeStore } from '../features/take/takeStore';
import type { WorkItem } from '../../shared/contract/index';

/** `g` then one of these letters switches the view. */
export const GO_KEYS: Record<string, QueueView> = { m: 'my', u: 'unassigned', o: 'our-turn', a: 'aging', l: 'all' };

/** How long after `g` the second letter is awaited. */
export const GO_WINDOW_MS = 1500;

/** Every key, as the Keyboard help lists it (`KeyboardHelp.tsx`). */
export const SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ['↓', 'j'], does: 'next item' },
  { keys: ['↑', 'k'], does: 'previous item' },
  { keys: ['PgDn', 'PgUp'], does: 'ten down / up' },
  { keys: ['Home', 'End'], does: 'first / last item' },
  { keys: ['Enter'], does: 'open the item under the cursor' },
  { keys: ['t'], does: 'take the item under the cursor (else the open one)' },
  { keys: ['/'], does: 'search (Enter goes to the first result, Esc clears the search and leaves it)' },
  { keys: ['g', 'm'], does: 'My queue' },
  { keys: ['g', 'u'], does: 'Unassigned' },
  { keys: ['g', 'o'], does: 'Our turn' },
  { keys: ['g', 'a'], does: 'Aging' },
  { keys: ['g', 'l'], does: 'All open' },
  { keys: ['?'], does: 'this list' },
];

interface KeyboardHelpState {
  open: boolean;
  setOpen(open: boolean): void;
  /** Shown when `t` has nothing to take. */
  hint: string | null;
  setHint(hint: string | null): void;
}

export const useKeyboardHelpStore = create<KeyboardHelpState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  hint: null,
  setHint: (hint) => set({ hint }),
}));

const QUEUE_LIST = '[data-testid="queue-list"]';
const SEARCH = '#queue-search';

/** Keys typed into a field, or inside a menu or dialog, are theirs. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return target.closest('[role="menu"], [role="dialog"], [role="combobox"]') !== null;
}

/** How a confirmation names an item: a case by its key, a call, chat, voicemail or email by its subject. */
export function takenName(item: WorkItem): string {
  return item.caseId ? item.key : `“${item.subject}”`;
}

/** The item `t` takes: the one under the cursor, else the open one. */
export function itemToTake() {
  const s = useQueueStore.getState();
  const index = cursorIndex(s);
  return (index !== null ? itemAt(s.pages, index) : null) ?? s.selected;
}

/**
 * The queue's keys anywhere in the window (`docs/user-guide.md` "Keyboard"): `/` search, `g` then
 * a letter for a view, `t` take, `?` this list; j / k and Enter reach the list even when it does not
 * have the focus (the list handles them itself when it does). Returns the unsubscribe.
 */
export function startShortcuts(doc: Document = document): () => void {
  let goUntil: ReturnType<typeof setTimeout> | null = null;
  const endGo = () => {
    if (goUntil !== null) clearTimeout(goUntil);
    goUntil = null;
  };

  function onKeyDown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    const waitingForView = goUntil !== null;
    endGo();
    const key = event.key;

    if (waitingForView) {
      const view = GO_KEYS[key.toLowerCase()];
      if (view) {
        event.preventDefault();
        useQueueStore.getState().setView(view);
        return;
      }
    }
    const inList = event.target instanceof Element && event.target.closest(QUEUE_LIST) !== null;
    switch (key) {
      case '/': {
        // Its text selected: typing replaces the last search.
        event.preventDefault();
        const search = doc.querySelector<HTMLInputElement>(SEARCH);
        search?.focus();
        search?.select();
        return;
      }
      case '?':
        event.preventDefault();
        useKeyboardHelpStore.getState().setOpen(true);
        return;
      case 'g':
        event.preventDefault();
        goUntil = setTimeout(() => (goUntil = null), GO_WINDOW_MS);
        return;
      case 't': {
        event.preventDefault();
        const item = itemToTake();
        if (!item) {
          useKeyboardHelpStore.getState().setHint('Move to an item with j / k first, then press t to take it.');
          return;
        }
        if (item.assigneeId !== null && item.assigneeId === useSessionStore.getState().agent?.id) {
          useKeyboardHelpStore.getState().setHint(`${takenName(item)} is already yours.`);
          return;
        }
        void useTakeStore.getState().take(item.id);
        return;
      }
      case 'j':
      case 'k':
      case 'Enter': {
        if (inList) return;
        // Enter on a button or link is theirs; j / k anywhere else go to the list.
        if (key === 'Enter' && event.target !== doc.body && event.target !== null) return;
        const list = doc.querySelector<HTMLElement>(QUEUE_LIST);
        if (!list) return;
        event.preventDefault();
        list.focus({ preventScroll: true });
        list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        return;
      }
    }
  }

  doc.addEventListener('keydown', onKeyDown);
  return () => {
    endGo();
    doc.removeEventListener('keydown', onKeyDown);
  };
}
