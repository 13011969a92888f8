import type { Clock, TimerHandle } from '../../../shared/time/clock';
import { HOUR } from '../../../shared/time/instant';
import { AppError } from '../../../shared/contract/result';

/**
 * The one shape of the core's schedulers (the SLA alerts, the unassigned sweep): a `pass` does what
 * is due now and says when it next needs to run; one timer is armed for that instant; a periodic
 * check runs the pass anyway (it catches sleep and clock jumps); a replan asked for while a pass
 * runs becomes one more pass; a failing pass is logged and retried at the next check, never thrown
 * into a timer callback (that would take the process down).
 */
export interface Planner {
  /** Runs the pass now and re-arms. */
  replan(): void;
  stop(): void;
}

/** Instants further away are left to the periodic check (and real timers overflow past ~24.8 days). */
const MAX_ARM_MS = 24 * HOUR;

export function createPlanner(o: { clock: Clock; checkEveryMs: number; what: string; pass(): number | null }): Planner {
  let armed: TimerHandle | null = null;
  let stopped = false;
  let running = false;
  let again = false;

  const runPass = () => {
    armed?.cancel();
    armed = null;
    const next = o.pass();
    const wait = next === null ? null : next - o.clock.now();
    if (wait !== null && wait < MAX_ARM_MS && !stopped) armed = o.clock.setTimeout(replan, Math.max(0, wait));
  };

  function replan(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        runPass();
      } while (again && !stopped);
    } catch (err) {
      // A long job holds the workspace: its commit re-plans (and the periodic check comes anyway).
      if (!(err instanceof AppError && err.code === 'busy')) console.error(`shiftdesk: ${o.what} failed; trying again at the next check`, err);
    } finally {
      running = false;
    }
  }

  const periodic = o.clock.setInterval(replan, o.checkEveryMs);
  return {
    replan,
    stop() {
      stopped = true;
      periodic.cancel();
      armed?.cancel();
      armed = null;
    },
  };
}
