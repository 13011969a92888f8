import { create } from 'zustand';
import type { WorkspaceStatus } from '../../../shared/contract/index';
import { api, errorText } from '../../api';

export type FirstRunChoice = 'sample' | 'empty' | 'import';

/** The workspace's first-run state and the three ways to leave it. */
interface FirstRunState {
  status: WorkspaceStatus | null;
  /** Why the workspace status could not be read (the shell shows it). */
  loadError: string | null;
  busy: FirstRunChoice | null;
  /** The core's message for a failed choice, e.g. `cases[17].priority: expected P1..P6, got "urgent"`. */
  error: string | null;
  load(): Promise<void>;
  loadSample(): Promise<void>;
  startEmpty(): Promise<void>;
  importWorkspace(content: string): Promise<void>;
}

const initial = { status: null, loadError: null, busy: null, error: null };

export const useFirstRunStore = create<FirstRunState>()((set, get) => {
  async function choose(choice: FirstRunChoice, run: () => Promise<unknown>): Promise<void> {
    if (get().busy) return;
    set({ busy: choice, error: null });
    try {
      await run();
      set({ busy: null });
      await get().load();
    } catch (err) {
      set({ busy: null, error: errorText(err) });
    }
  }
  return {
    ...initial,
    async load() {
      try {
        set({ status: await api.call('workspace.status', {}), loadError: null });
      } catch (err) {
        set({ loadError: errorText(err) });
      }
    },
    loadSample: () => choose('sample', () => api.call('workspace.loadSample', {})),
    startEmpty: () => choose('empty', () => api.call('workspace.startEmpty', {})),
    importWorkspace: (content) => choose('import', () => api.call('workspace.import', { content })),
  };
});

export function resetFirstRunStore(): void {
  useFirstRunStore.setState(initial);
}
