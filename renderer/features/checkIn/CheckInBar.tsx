import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useCheckInStore } from './checkInStore';

// The dialog's code loads when it first opens (lib/lazyPanel.tsx).
const CheckInDialog = lazyPanel(() => import('./CheckInDialog').then((m) => m.CheckInDialog));

/**
 * Above the Aging view's rows: how many cases are ticked for the bulk check-in, and the button that
 * opens it; after recording, what was recorded.
 */
export function CheckInBar() {
  const count = useCheckInStore((s) => Object.keys(s.picked).length);
  const dialogOpen = useCheckInStore((s) => s.dialogOpen);
  const done = useCheckInStore((s) => s.done);
  const { openDialog, clear, dismissDone } = useCheckInStore.getState();
  return (
    <Box data-testid="check-in-bar" sx={{ px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider', display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      {done && (
        <Alert severity="success" onClose={dismissDone} data-testid="check-in-done" sx={{ py: 0 }}>
          {done}
        </Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', minHeight: 32 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 160px' }}>
          {count === 0 ? 'Tick cases to check in on several at once.' : `${count} case${count === 1 ? '' : 's'} ticked`}
        </Typography>
        {count > 0 && (
          <>
            <Button size="small" onClick={clear}>
              Clear
            </Button>
            <Button size="small" variant="contained" onClick={openDialog} data-testid="check-in-open">
              Check in…
            </Button>
          </>
        )}
      </Box>
      <MountWhen when={dialogOpen}>
        <CheckInDialog />
      </MountWhen>
    </Box>
  );
}
