import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useSyncStore } from './syncStore';

// Loaded when first opened (lib/lazyPanel.tsx).
const SyncConflictsDialog = lazyPanel(() => import('./SyncConflictsDialog').then((m) => m.SyncConflictsDialog));
const SyncConnectionDialog = lazyPanel(() => import('./SyncConnectionDialog').then((m) => m.SyncConnectionDialog));
const SyncMappingDialog = lazyPanel(() => import('./SyncMappingDialog').then((m) => m.SyncMappingDialog));

/** Where the conflict list, the connection dialog and the field mapping are mounted, each from its first opening. */
export function SyncDialogs() {
  const conflictsOpen = useSyncStore((s) => s.conflictsOpen);
  const connectionOpen = useSyncStore((s) => s.connectionOpen);
  const mappingOpen = useSyncStore((s) => s.mappingOpen);
  return (
    <>
      <MountWhen when={conflictsOpen}>
        <SyncConflictsDialog />
      </MountWhen>
      <MountWhen when={connectionOpen}>
        <SyncConnectionDialog />
      </MountWhen>
      <MountWhen when={mappingOpen}>
        <SyncMappingDialog />
      </MountWhen>
    </>
  );
}
