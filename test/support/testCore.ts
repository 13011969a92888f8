import { createCore } from '../../electron/core/createCore';
import type { Core, CoreOptions } from '../../electron/core/ports';
import { memoryPrefs } from '../../electron/core/prefs';
import type { ChangeTopic } from '../../shared/contract/events';
import type { MethodName, Input, Output } from '../../shared/contract/index';
import { createFakeClock, type FakeClock } from './fakeClock';
import { makeTempDir } from './tempDir';

export interface TestCore {
  core: Core;
  clock: FakeClock;
  dbPath: string;
  /** Every `changed` event this core emitted, in order. */
  changes: ChangeTopic[][];
  /**
   * Calls a method through the dispatcher and returns its value, failing the test on an error result;
   * first waits for the queue to be derived (`core.ready`), after for the commit to be announced
   * (`core.settled`: `changed` emitted, alerts re-planned).
   */
  call<M extends MethodName>(method: M, payload?: Input<M>): Promise<Output<M>>;
  cleanup(): void;
}

/** A core on a fresh database file in a temporary folder, on a fake clock. */
export function openTestCore(options: Partial<CoreOptions> = {}): TestCore {
  const temp = makeTempDir();
  const clock = (options.clock as FakeClock | undefined) ?? createFakeClock();
  const dbPath = options.dbPath ?? temp.path('workspace.db');
  const core = createCore({ dbPath, clock, prefs: memoryPrefs(), ...options });
  const changes: ChangeTopic[][] = [];
  core.on('changed', ({ topics }) => changes.push(topics));
  return {
    core,
    clock,
    dbPath,
    changes,
    async call(method, payload) {
      await core.ready();
      const result = await core.dispatch(method, payload ?? {});
      await core.settled();
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as Output<typeof method>;
    },
    cleanup() {
      void core.close();
      temp.cleanup();
    },
  };
}
