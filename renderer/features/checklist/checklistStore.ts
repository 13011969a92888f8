import { create } from 'zustand';
import type { ChecklistDay, ChecklistTemplateInForce } from '../../../shared/contract/checklist';
import type { ChecklistTemplateItem } from '../../../shared/domain/checklist';
import type { QueueView } from '../../../shared/domain/vocab';
import { api, errorText } from '../../api';

/**
 * The daily checklist (`docs/checklist.md`): today's list of the agent using this device
 * (`checklist.today`, re-read when a checklist changes), hand ticks, the views the agent opens
 * (`checklist.viewed`: opening Unassigned ticks "take yours from Unassigned"), and the lead's template.
 */
interface ChecklistState {
  day: ChecklistDay | null;
  error: string | null;
  open: boolean;
  editing: boolean;
  template: ChecklistTemplateInForce | null;
  load(): Promise<void>;
  openPanel(): void;
  close(): void;
  /** Rejects with the core's error (the panel shows it). */
  tick(itemId: string, done: boolean, day?: string): Promise<void>;
  viewed(view: QueueView): void;
  openEditor(): Promise<void>;
  closeEditor(): void;
  saveTemplate(items: ChecklistTemplateItem[]): Promise<void>;
}

const initial = { day: null, error: null, open: false, editing: false, template: null };

export const useChecklistStore = create<ChecklistState>()((set, get) => ({
  ...initial,
  async load() {
    try {
      set({ day: await api.call('checklist.today', {}), error: null });
    } catch (err) {
      set({ error: `Could not read the checklist: ${errorText(err)}` });
    }
  },
  openPanel() {
    set({ open: true });
    void get().load();
    // Whether this device's agent may edit the template (a lead): the panel offers it then.
    api.call('checklist.template', {}).then((template) => set({ template }), () => {});
  },
  close: () => set({ open: false, editing: false }),
  async tick(itemId, done, day) {
    // Shown at once (a checkbox follows the hand); the core's answer, with the time, replaces it.
    const shown = get().day;
    const flip = <T extends { id: string; done: boolean }>(items: T[]) => items.map((i) => (i.id === itemId ? { ...i, done } : i));
    if (shown && (day === undefined || day === shown.day)) set({ day: { ...shown, items: flip(shown.items), done: shown.done + (done ? 1 : -1) } });
    else if (shown?.previous && day === shown.previous.day) set({ day: { ...shown, previous: { ...shown.previous, items: flip(shown.previous.items) } } });
    let next: ChecklistDay;
    try {
      next = await api.call('checklist.tick', { itemId, done, ...(day !== undefined && { day }) });
    } catch (err) {
      set({ day: shown });
      throw err;
    }
    // A tick on yesterday's list answers yesterday's: today's is read again.
    if (day === undefined || day === get().day?.day) set({ day: next });
    else await get().load();
  },
  viewed(view) {
    if (view !== 'unassigned') return;
    api.call('checklist.viewed', { view }).catch(() => {});
  },
  async openEditor() {
    set({ editing: true, template: await api.call('checklist.template', {}) });
  },
  closeEditor: () => set({ editing: false }),
  async saveTemplate(items) {
    set({ template: await api.call('checklist.saveTemplate', { items }) });
  },
}));

export function resetChecklistStore(): void {
  useChecklistStore.setState(initial);
}
