import { lazyPanel } from '../../lib/lazyPanel';

/**
 * The SLA settings screen, loaded when first opened (lib/lazyPanel.tsx): its form validation
 * brings the interchange schemas (zod) that the first screen does not need.
 */
export const SlaSettingsDialog = lazyPanel(() => import('./SlaSettingsDialog').then((m) => m.SlaSettingsDialog));

/** Opens the SLA settings (reading them from the core), loading the screen's code first. */
export async function openSlaSettings(): Promise<void> {
  const { useSettingsStore } = await import('./settingsStore');
  await useSettingsStore.getState().openSla();
}

/** The workflow settings screen (teams, releases, templates, rules), loaded when first opened. */
export const WorkflowSettingsDialog = lazyPanel(() => import('./WorkflowSettingsDialog').then((m) => m.WorkflowSettingsDialog));

/** Opens the workflow settings (reading them from the core), loading the screen's code first. */
export async function openWorkflowSettings(): Promise<void> {
  const { useWorkflowStore } = await import('./workflowStore');
  await useWorkflowStore.getState().openWorkflow();
}
