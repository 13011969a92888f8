import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Clock, TimerHandle } from '../../shared/time/clock';

/** The renderer reads the wall clock only here; tests provide their own `Clock`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms): TimerHandle {
    const handle = window.setTimeout(fn, ms);
    return { cancel: () => window.clearTimeout(handle) };
  },
  setInterval(fn, ms): TimerHandle {
    const handle = window.setInterval(fn, ms);
    return { cancel: () => window.clearInterval(handle) };
  },
};

const ClockContext = createContext<Clock>(systemClock);

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

/** How often waiting times and "since" labels move on. */
export const NOW_TICK_MS = 30_000;

interface Ticker {
  subscribe(onTick: () => void): () => void;
  snapshot(): number;
}

function createTicker(clock: Clock, everyMs: number): Ticker {
  let value = clock.now();
  const listeners = new Set<() => void>();
  let timer: TimerHandle | null = null;
  return {
    subscribe(onTick) {
      listeners.add(onTick);
      if (!timer) {
        value = clock.now();
        timer = clock.setInterval(() => {
          value = clock.now();
          for (const listener of [...listeners]) listener();
        }, everyMs);
      }
      return () => {
        listeners.delete(onTick);
        if (listeners.size === 0 && timer) {
          timer.cancel();
          timer = null;
        }
      };
    },
    snapshot: () => value,
  };
}

/** "Now" in epoch ms from the provided clock, re-rendering every `everyMs` (30 s by default). */
export function useNow(everyMs: number = NOW_TICK_MS): number {
  const clock = useContext(ClockContext);
  const ticker = useMemo(() => createTicker(clock, everyMs), [clock, everyMs]);
  return useSyncExternalStore(ticker.subscribe, ticker.snapshot);
}

/** The provided clock itself (a component's timers go through it, so tests drive them). */
export function useClock(): Clock {
  return useContext(ClockContext);
}
