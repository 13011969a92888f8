import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { MountWhen } from '../../lib/lazyPanel';
import { useIntakeStore } from './intakeStore';

/** How long "Marked done" and its Undo stay (a refusal to undo stays until closed). */
const UNDO_MS = 10_000;

/**
 * "Marked done: <subject>" with **Undo** after *Mark done* (`interactions.undoDone` puts it back in
 * the queue as it was), bottom centre, app-wide: the agent may already have moved on to the next item.
 */
export function MarkedDoneSnackbar() {
  // Mounted from the first Mark done on: a closed snackbar costs nothing at start-up.
  const shown = useIntakeStore((s) => s.undo !== null);
  return (
    <MountWhen when={shown}>
      <MarkedDone />
    </MountWhen>
  );
}

function MarkedDone() {
  const undo = useIntakeStore((s) => s.undo);
  const dismiss = useIntakeStore((s) => s.dismissUndo);
  const undoDone = useIntakeStore((s) => s.undoDone);
  if (!undo) return null;
  return (
    <Snackbar
      key={undo.id}
      open
      autoHideDuration={undo.error || undo.pending ? null : UNDO_MS}
      onClose={(_, reason) => reason !== 'clickaway' && dismiss()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {undo.error ? (
        <Alert severity="error" variant="filled" onClose={dismiss} data-testid="marked-done">
          Not undone: {undo.error}
        </Alert>
      ) : (
        <Alert
          severity="success"
          variant="filled"
          onClose={dismiss}
          data-testid="marked-done"
          action={
            <Button color="inherit" size="small" onClick={() => void undoDone()} disabled={undo.pending}>
              {undo.pending ? 'Undoing…' : 'Undo'}
            </Button>
          }
        >
          Marked done: {undo.subject}
        </Alert>
      )}
    </Snackbar>
  );
}
