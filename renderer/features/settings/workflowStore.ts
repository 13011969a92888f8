import { create } from 'zustand';
import type { Input } from '../../../shared/contract/index';
import type { WorkflowSettings } from '../../../shared/contract/workflowSettings';
import { api, errorText } from '../../api';

type SaveMethod = 'workflow.saveRules' | 'workflow.saveTemplate' | 'workflow.saveTemplateLinks' | 'workflow.saveTeams' | 'workflow.saveReleases';

/** The workflow settings screen (teams, releases, templates, rules): whether it is open, what the core answered, the last save. */
interface WorkflowState {
  open: boolean;
  loading: boolean;
  settings: WorkflowSettings | null;
  loadError: string | null;
  saving: boolean;
  /** The core's refusal of the last save, in its own words. */
  saveError: string | null;
  /** What the last save kept ("Rules saved"). */
  saved: string | null;
  openWorkflow(): Promise<void>;
  close(): void;
  /** Saves one part; true when the core kept it (the screen then shows what it answered). */
  save<M extends SaveMethod>(method: M, payload: Input<M>, done: string): Promise<boolean>;
  clearMessages(): void;
}

const initial = { open: false, loading: false, settings: null, loadError: null, saving: false, saveError: null, saved: null };

export const useWorkflowStore = create<WorkflowState>()((set, get) => ({
  ...initial,
  async openWorkflow() {
    set({ ...initial, open: true, loading: true });
    try {
      const settings = await api.call('workflow.get', {});
      if (get().open) set({ settings, loading: false });
    } catch (err) {
      set({ loading: false, loadError: errorText(err) });
    }
  },
  close: () => set(initial),
  async save(method, payload, done) {
    if (get().saving) return false;
    set({ saving: true, saveError: null, saved: null });
    try {
      const settings = (await api.call(method, payload)) as WorkflowSettings;
      set({ settings, saving: false, saved: done });
      return true;
    } catch (err) {
      set({ saving: false, saveError: errorText(err) });
      return false;
    }
  },
  clearMessages: () => set({ saveError: null, saved: null }),
}));

export function resetWorkflowStore(): void {
  useWorkflowStore.setState(initial);
}
