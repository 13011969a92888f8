import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { MountWhen } from './lazyPanel';

/** A failed action's message, bottom left, until it is closed or 8 s pass; nothing is mounted before the first one. */
export function ErrorSnackbar({ error, onClose }: { error: string | null; onClose: () => void }) {
  return (
    <MountWhen when={error !== null}>
      <Snackbar open={error !== null} autoHideDuration={8000} onClose={onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Alert severity="error" variant="filled" onClose={onClose}>
          {error}
        </Alert>
      </Snackbar>
    </MountWhen>
  );
}
