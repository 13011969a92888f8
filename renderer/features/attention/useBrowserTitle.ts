import { useEffect } from 'react';
import { isBrowserMode } from '../../api';
import { atRiskTitle, useAtRiskStore } from './atRiskStore';

/**
 * Browser mode only: keeps `document.title` at "Shiftdesk — 3 at risk" / "Shiftdesk" (the count is
 * re-read on every `changed`, see `app/liveUpdates.ts`). The desktop window's title is the main
 * process's.
 */
export function useBrowserTitle(): void {
  const browser = isBrowserMode();
  const count = useAtRiskStore((s) => s.count);
  useEffect(() => {
    if (browser) void useAtRiskStore.getState().load();
  }, [browser]);
  useEffect(() => {
    if (browser) document.title = atRiskTitle(count);
  }, [browser, count]);
}
