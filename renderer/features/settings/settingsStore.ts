import { create } from 'zustand';
import type { SlaSettings } from '../../../shared/contract/index';
import { api, errorText } from '../../api';
import { formChanged, formFromSettings, settingsFromForm, withDefaultPolicy, type SlaForm } from './slaForm';

/** The SLA settings screen: whether it is open, what the core answered, the form being edited. */
interface SettingsState {
  open: boolean;
  loading: boolean;
  /** As last read from (or saved to) the core. */
  settings: SlaSettings | null;
  form: SlaForm | null;
  /** Why the settings could not be read. */
  loadError: string | null;
  saving: boolean;
  /** The core's refusal, in its own words. */
  saveError: string | null;
  saved: boolean;
  openSla(): Promise<void>;
  close(): void;
  edit(change: (form: SlaForm) => SlaForm): void;
  save(): Promise<void>;
  /** Back to what was last read from the core. */
  revert(): void;
  /** The built-in targets, warning and status groups in the form (saved only with Save). */
  resetPolicy(): void;
  /**
   * Re-reads the settings when the core says they changed (another lead saved) while the screen
   * is open with nothing edited; returns the unsubscribe.
   */
  watch(): () => void;
}

/** Whether the form holds edits not saved yet. */
export function selectDirty(state: Pick<SettingsState, 'form' | 'settings'>): boolean {
  return state.form !== null && state.settings !== null && formChanged(state.form, state.settings);
}

const initial = { open: false, loading: false, settings: null, form: null, loadError: null, saving: false, saveError: null, saved: false };

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  ...initial,
  async openSla() {
    set({ ...initial, open: true, loading: true });
    try {
      const settings = await api.call('settings.getSla', {});
      if (get().open) set({ settings, form: formFromSettings(settings), loading: false });
    } catch (err) {
      set({ loading: false, loadError: errorText(err) });
    }
  },
  close: () => set(initial),
  edit(change) {
    const form = get().form;
    if (form) set({ form: change(form), saved: false, saveError: null });
  },
  async save() {
    const { form, saving } = get();
    if (!form || saving) return;
    const result = settingsFromForm(form);
    if (!result.ok) return;
    set({ saving: true, saveError: null, saved: false });
    try {
      const settings = await api.call('settings.setSla', result.value);
      set({ settings, form: formFromSettings(settings), saving: false, saved: true });
    } catch (err) {
      set({ saving: false, saveError: errorText(err) });
    }
  },
  revert() {
    const settings = get().settings;
    if (settings) set({ form: formFromSettings(settings), saved: false, saveError: null });
  },
  resetPolicy() {
    get().edit(withDefaultPolicy);
  },
  watch() {
    return api.on('changed', ({ topics }) => {
      const state = get();
      if (!topics.includes('settings') || !state.open || state.loading || state.saving || selectDirty(state)) return;
      void api.call('settings.getSla', {}).then(
        (settings) => {
          const now = get();
          if (now.open && !now.saving && !selectDirty(now)) set({ settings, form: formFromSettings(settings) });
        },
        () => undefined, // the screen keeps what it shows; the next save reports any problem
      );
    });
  },
}));

export function resetSettingsStore(): void {
  useSettingsStore.setState(initial);
}
