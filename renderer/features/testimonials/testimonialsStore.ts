import { create } from 'zustand';
import type { FollowUpList } from '../../../shared/contract/closure';
import type { TestimonialTemplate } from '../../../shared/domain/closure';
import { api, errorText } from '../../api';

/**
 * The Testimonial follow-ups list (`docs/closure.md`): the Pending Closure cases due to close that are
 * testimonial candidates (`testimonials.list`, re-read when cases change and as time passes), and the
 * follow-up chosen for one of them (`testimonials.followUp`: the request or none, then the case closes).
 */
interface TestimonialsState {
  list: FollowUpList | null;
  error: string | null;
  open: boolean;
  /** The last follow-up recorded ("C-1010 closed: ..."), shown at the top of the list. */
  done: string | null;
  load(): Promise<void>;
  openList(): void;
  close(): void;
  /** Records it; rejects with the core's error (the dialog shows it). */
  followUp(id: string, template: TestimonialTemplate | null, body: string | undefined): Promise<void>;
}

const initial = { list: null, error: null, open: false, done: null };

export const useTestimonialsStore = create<TestimonialsState>()((set, get) => ({
  ...initial,
  async load() {
    try {
      set({ list: await api.call('testimonials.list', {}), error: null });
    } catch (err) {
      set({ error: `Could not read the testimonial follow-ups: ${errorText(err)}` });
    }
  },
  openList() {
    set({ open: true, done: null });
    void get().load();
  },
  close: () => set({ open: false }),
  async followUp(id, template, body) {
    const result = await api.call('testimonials.followUp', { id, template, ...(body !== undefined && { body }) });
    set({ done: template === null ? `${result.key} closed, no request sent.` : `${result.key} closed; the request is on its timeline (send it from your help desk).` });
    await get().load();
  },
}));

export function resetTestimonialsStore(): void {
  useTestimonialsStore.setState(initial);
}
