import { create } from 'zustand';
import type { TeamBoard } from '../../../shared/contract/team';
import { api, errorText } from '../../api';

/** The team board for leads (docs/roles.md): open or not, and the board as last read. */
interface TeamState {
  open: boolean;
  board: TeamBoard | null;
  error: string | null;
  show(): Promise<void>;
  refresh(): Promise<void>;
  setQueueMonitor(agentId: string | null): Promise<void>;
  /** Approves an agent's off-queue time (`team.approveOffQueue`); the refusal's words, or null when done. */
  approveOffQueue(agentId: string, until: string, reason: string): Promise<string | null>;
  close(): void;
}

export const useTeamStore = create<TeamState>()((set, get) => ({
  open: false,
  board: null,
  error: null,
  async show() {
    set({ open: true });
    await get().refresh();
  },
  async refresh() {
    try {
      set({ board: await api.call('team.board', {}), error: null });
    } catch (err) {
      set({ error: `Could not read the team board: ${errorText(err)}` });
    }
  },
  async setQueueMonitor(agentId) {
    const day = get().board?.day;
    if (!day) return;
    try {
      await api.call('team.setQueueMonitor', { day, agentId });
      await get().refresh();
    } catch (err) {
      set({ error: `Could not set the queue monitor: ${errorText(err)}` });
    }
  },
  async approveOffQueue(agentId, until, reason) {
    try {
      await api.call('team.approveOffQueue', { agentId, until, reason });
    } catch (err) {
      return errorText(err).replace(/^team\.approveOffQueue: /, '');
    }
    await get().refresh();
    return null;
  },
  close: () => set({ open: false }),
}));
