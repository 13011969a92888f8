import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useSessionStore } from '../session/sessionStore';
import { useHandoffStore } from './handoffStore';

const HandoffDialog = lazyPanel(() => import('./HandoffDialog').then((m) => m.HandoffDialog));

/** The app bar's way into the handoff before leave: shown to leads only (docs/handoff.md). */
export function HandoffButton() {
  const lead = useSessionStore((s) => s.agent?.role === 'lead');
  const open = useHandoffStore((s) => s.open);
  return (
    <>
      {lead && (
        <Tooltip title="Handoff before leave">
          <IconButton color="inherit" aria-label="Handoff before leave" data-testid="open-handoff" onClick={() => useHandoffStore.getState().openDialog()}>
            <SwapHorizOutlined />
          </IconButton>
        </Tooltip>
      )}
      <MountWhen when={open}>
        <HandoffDialog />
      </MountWhen>
    </>
  );
}
