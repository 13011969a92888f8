import { create } from 'zustand';
import type { Agent } from '../../../shared/contract/index';
import type { AgentSchedule } from '../../../shared/contract/schedules';
import { api, errorText } from '../../api';

/**
 * The Schedules screen (`docs/schedules.md`): which agent is shown, their weekly windows and SLA
 * upkeep blocks as the core has them. Leads save; everyone reads.
 */
interface SchedulesState {
  open: boolean;
  agents: Agent[];
  agentId: string | null;
  schedule: AgentSchedule | null;
  loadError: string | null;
  openFor(agentId?: string | null): Promise<void>;
  pick(agentId: string): Promise<void>;
  /** After a save: what the core answered. */
  saved(schedule: AgentSchedule): void;
  close(): void;
}

const initial = { open: false, agents: [], agentId: null, schedule: null, loadError: null };

export const useSchedulesStore = create<SchedulesState>()((set, get) => ({
  ...initial,
  async openFor(agentId = null) {
    set({ open: true, loadError: null });
    try {
      const agents = await api.call('agents.list', {});
      set({ agents });
      const first = agentId ?? get().agentId ?? agents[0]?.id ?? null;
      if (first) await get().pick(first);
    } catch (err) {
      set({ loadError: errorText(err) });
    }
  },
  async pick(agentId) {
    set({ agentId, schedule: null, loadError: null });
    try {
      const schedule = await api.call('schedules.get', { agentId });
      if (get().agentId === agentId) set({ schedule });
    } catch (err) {
      set({ loadError: errorText(err) });
    }
  },
  saved: (schedule) => set({ schedule }),
  close: () => set({ open: false }),
}));

/** On `changed` `agents`: an open screen re-reads the agent shown. */
export function refreshSchedules(): void {
  const { open, agentId, pick } = useSchedulesStore.getState();
  if (open && agentId) void pick(agentId);
}

export function resetSchedulesStore(): void {
  useSchedulesStore.setState(initial);
}
