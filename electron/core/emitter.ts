import type { EventName, EventPayload } from '../../shared/contract/index';
import type { Listener } from './ports';

/** Typed contract events; `on` returns its unsubscribe function. A throwing listener never breaks the others. */
export interface Emitter {
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  clear(): void;
}

export function createEmitter(onListenerError: (err: unknown) => void = (err) => console.error('shiftdesk: listener failed', err)): Emitter {
  const listeners = new Map<EventName, Set<Listener<EventName>>>();
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const entry = listener as Listener<EventName>;
      set.add(entry);
      return () => void set.delete(entry);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          listener(payload);
        } catch (err) {
          onListenerError(err);
        }
      }
    },
    clear: () => listeners.clear(),
  };
}
