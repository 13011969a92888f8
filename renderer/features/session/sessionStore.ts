import { create } from 'zustand';
import type { Agent } from '../../../shared/contract/index';
import type { AgentStatus } from '../../../shared/domain/vocab';
import { api, errorText } from '../../api';

/** Who is using this device, and the agents one may switch to. */
interface SessionState {
  agent: Agent | null;
  /** False while this device has not said who uses it (the first agent stands in): the profile picker asks. */
  chosen: boolean;
  /** The profile picker (choose or create who you are) is open. */
  pickerOpen: boolean;
  loaded: boolean;
  agents: Agent[];
  error: string | null;
  load(): Promise<void>;
  loadAgents(): Promise<void>;
  setStatus(status: AgentStatus): Promise<void>;
  setAgent(agentId: string): Promise<void>;
  /** Ends the day: the agent using this device becomes Unavailable (recorded). */
  endOfDay(): Promise<void>;
  openPicker(open: boolean): void;
  clearError(): void;
}

const initial = { agent: null, chosen: true, pickerOpen: false, loaded: false, agents: [], error: null };

export const useSessionStore = create<SessionState>()((set, get) => ({
  ...initial,
  async load() {
    try {
      const { agent, chosen } = await api.call('session.get', {});
      set({ agent, chosen: chosen ?? true, loaded: true });
    } catch (err) {
      set({ loaded: true, error: `Could not read who is signed in: ${errorText(err)}` });
    }
  },
  async loadAgents() {
    try {
      set({ agents: await api.call('agents.list', {}) });
    } catch (err) {
      set({ error: `Could not list the agents: ${errorText(err)}` });
    }
  },
  async setStatus(status) {
    const agent = get().agent;
    if (!agent) return;
    try {
      const updated = await api.call('agents.setStatus', { agentId: agent.id, status });
      if (get().agent?.id === updated.id) set({ agent: updated });
    } catch (err) {
      set({ error: `Could not change your status: ${errorText(err)}` });
    }
  },
  async setAgent(agentId) {
    try {
      const { agent } = await api.call('session.setAgent', { agentId });
      set({ agent, chosen: true });
    } catch (err) {
      set({ error: `Could not switch agent: ${errorText(err)}` });
    }
  },
  async endOfDay() {
    try {
      const updated = await api.call('team.endOfDay', {});
      if (get().agent?.id === updated.id) set({ agent: updated });
    } catch (err) {
      set({ error: `Could not end your day: ${errorText(err)}` });
    }
  },
  openPicker: (open) => set({ pickerOpen: open }),
  clearError: () => set({ error: null }),
}));

export function resetSessionStore(): void {
  useSessionStore.setState(initial);
}

/** The agent's time zone for displaying instants (undefined: this device's). */
export function useTimeZone(): string | undefined {
  return useSessionStore((s) => s.agent?.timeZone) || undefined;
}
