import type { OpenTarget } from '../../shared/contract/index';
import { errorText } from '../api';
import { useAlertsStore } from '../features/alerts/alertsStore';
import { useQueueStore } from '../features/queue/queueStore';

/**
 * Shows what a clicked notification is about (the `open` event): its item in the detail panel
 * (even when the item is outside the current view or page), its case when the item left the
 * queue, the notification centre for a grouped notification, or a queue view (the unassigned
 * sweep's notification opens Unassigned).
 */
export async function showOpenTarget(target: OpenTarget): Promise<void> {
  const alerts = useAlertsStore.getState();
  if (target.kind === 'alerts') {
    alerts.setCentreOpen(true);
    return;
  }
  alerts.setCentreOpen(false);
  if (target.kind === 'view') {
    useQueueStore.getState().setView(target.view);
    return;
  }
  if (target.kind === 'item') {
    useQueueStore.getState().select(target.item);
    return;
  }
  try {
    await useQueueStore.getState().openCase(target.caseId);
  } catch (err) {
    useAlertsStore.setState({ actionError: `Could not open case ${target.key}: ${errorText(err)}` });
  }
}
