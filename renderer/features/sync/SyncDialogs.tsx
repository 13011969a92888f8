import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useSyncStore } from './syncStore';

// Loaded when first opened (lib/lazyPanel.tsx).
const SyncConflictsDialog = lazyPanel(() => import('./SyncConflictsDialog').then((m) => m.SyncConflictsDialog));
const SyncConnectionDialog = lazyPanel(() => import('./SyncConnectionDialog').then((m) => m.SyncConnectionDialog));

/** Where the conflict list and the connection dialog are mounted, each from its first opening. */
export function SyncDialogs() {
  const conflictsOpen = useSyncStore((s) => s.conflictsOpen);
  const connectionOpen = useSyncStore((s) => s.connectionOpen);
  return (
    <>
      <MountWhen when={conflictsOpen}>
        <SyncConflictsDialog />
      </MountWhen>
      <MountWhen when={connectionOpen}>
        <SyncConnectionDialog />
      </MountWhen>
    </>
  );
}
