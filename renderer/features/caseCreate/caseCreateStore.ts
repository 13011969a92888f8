import { create } from 'zustand';
import type { InteractionDetail } from '../../../shared/contract/index';

/** The waiting call, chat, voicemail or email a case is created from: what the dialog shows of it. */
export interface CreateFrom {
  interactionId: string;
  channel: InteractionDetail['channel'];
  subject: string | null;
  contactName: string | null;
  organizationName: string | null;
  priority: InteractionDetail['priority'];
}

interface CaseCreateState {
  open: boolean;
  /** Null: a new case from the app bar. */
  from: CreateFrom | null;
  /** Bumped at each opening, so the form starts afresh. */
  seq: number;
  openNew(): void;
  openFrom(detail: InteractionDetail): void;
  close(): void;
}

/** The create-case dialog (`docs/cases.md` "Creating a case"): opened from the app bar or from a waiting item. */
export const useCaseCreateStore = create<CaseCreateState>()((set) => ({
  open: false,
  from: null,
  seq: 0,
  openNew: () => set((s) => ({ open: true, from: null, seq: s.seq + 1 })),
  openFrom: (d) =>
    set((s) => ({
      open: true,
      seq: s.seq + 1,
      from: {
        interactionId: d.id,
        channel: d.channel,
        subject: d.subject,
        contactName: d.contact?.name ?? d.from?.name ?? null,
        organizationName: d.contact?.organizationName ?? null,
        priority: d.priority,
      },
    })),
  close: () => set({ open: false }),
}));
