import { errorText } from '../../api';
import { useQueueStore } from '../queue/queueStore';

/** Opens another case in the detail panel (a linked case, one just split off); resolves with why it could not, or null. */
export async function openCase(caseId: string, key: string): Promise<string | null> {
  try {
    await useQueueStore.getState().openCase(caseId);
    return null;
  } catch (err) {
    return `Could not open ${key}: ${errorText(err)}`;
  }
}
