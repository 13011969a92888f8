import { create } from 'zustand';
import type { TemplateName } from '../../../shared/templates/templateSchema';

/**
 * A template the composer should start a reply with, asked for from elsewhere (after creating a P1/P2
 * case: the acknowledgement). The composer of that case takes it once, when it shows.
 */
interface ComposerRequestState {
  request: { caseId: string; template: TemplateName; seq: number } | null;
  ask(caseId: string, template: TemplateName): void;
  /** The request for `caseId`, taken (cleared) so it is used once; null when there is none. */
  take(caseId: string): TemplateName | null;
}

let seq = 0;

export const useComposerRequest = create<ComposerRequestState>()((set, get) => ({
  request: null,
  ask: (caseId, template) => set({ request: { caseId, template, seq: ++seq } }),
  take(caseId) {
    const request = get().request;
    if (!request || request.caseId !== caseId) return null;
    set({ request: null });
    return request.template;
  },
}));
