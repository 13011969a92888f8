import { lazyPanel } from '../../lib/lazyPanel';

/** The Schedules screen, loaded when first opened (lib/lazyPanel.tsx). */
export const SchedulesDialog = lazyPanel(() => import('./SchedulesDialog').then((m) => m.SchedulesDialog));

/** Opens the Schedules screen on an agent (default: the last one shown, else the first). */
export async function openSchedules(agentId: string | null = null): Promise<void> {
  const { useSchedulesStore } = await import('./schedulesStore');
  await useSchedulesStore.getState().openFor(agentId);
}
