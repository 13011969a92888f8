import type { ApiClient, ConnectionState } from '../../renderer/api';
import { ApiError } from '../../renderer/api';
import type { ChangeTopic, EventName, EventPayload, Input, MethodName, Output } from '../../shared/contract/index';
import type { Clock, TimerHandle } from '../../shared/time/clock';

export type FakeHandlers = { [M in MethodName]?: (input: Input<M>) => Output<M> | Promise<Output<M>> };

/** A contract client with no transport: handlers answer, every call is recorded, events are emitted by hand. */
export function createFakeClient(handlers: FakeHandlers) {
  const calls: { method: MethodName; input: unknown }[] = [];
  type Listener = (payload: never) => void;
  const listeners = new Map<EventName, Set<Listener>>();
  let connection: ConnectionState = 'open';
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  const client: ApiClient = {
    async call(method, input) {
      calls.push({ method, input });
      const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new ApiError('unknown_channel', `the fake client has no handler for ${method}`);
      return (await handler(input)) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
    connection: () => connection,
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  };
  /** Sends a contract event to its listeners. */
  function emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of [...(listeners.get(event) ?? [])]) (listener as (payload: EventPayload<E>) => void)(payload);
  }
  return {
    client,
    handlers,
    calls,
    callsOf: (method: MethodName) => calls.filter((c) => c.method === method).map((c) => c.input),
    setConnection(state: ConnectionState) {
      connection = state;
      for (const listener of [...connectionListeners]) listener(state);
    },
    emit,
    emitChanged(topics: ChangeTopic[]) {
      emit('changed', { topics });
    },
  };
}

/** A clock that moves only when told to, firing its intervals on the way. */
export function createManualClock(start: number) {
  let now = start;
  const intervals = new Set<{ fn: () => void; every: number; next: number }>();
  const clock: Clock = {
    now: () => now,
    setTimeout(): TimerHandle {
      throw new Error('the manual clock supports only setInterval');
    },
    setInterval(fn, every): TimerHandle {
      const entry = { fn, every, next: now + every };
      intervals.add(entry);
      return { cancel: () => intervals.delete(entry) };
    },
  };
  return {
    clock,
    advance(ms: number) {
      const target = now + ms;
      for (;;) {
        const due = [...intervals].filter((i) => i.next <= target).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.every;
        due.fn();
      }
      now = target;
    },
  };
}
