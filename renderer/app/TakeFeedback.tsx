import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTakeStore } from '../features/take/takeStore';
import { MountWhen } from '../lib/lazyPanel';
import { takenName, useKeyboardHelpStore } from './shortcuts';

/**
 * What became of a take (`t` or a Take button): the core's refusal as it worded it ("C-1042 was
 * taken by Sam Roe"), kept until dismissed, or a short confirmation; and the hint when `t` had nothing to take.
 */
export function TakeFeedback() {
  // Mounted from the first message on: closed snackbars cost nothing at start-up.
  const shown = useTakeStore((s) => s.error !== null || s.taken !== null);
  const hinted = useKeyboardHelpStore((s) => s.hint !== null);
  return (
    <MountWhen when={shown || hinted}>
      <TakeMessages />
    </MountWhen>
  );
}

function TakeMessages() {
  const error = useTakeStore((s) => s.error);
  const taken = useTakeStore((s) => s.taken);
  const clear = useTakeStore((s) => s.clear);
  const hint = useKeyboardHelpStore((s) => s.hint);
  const setHint = useKeyboardHelpStore((s) => s.setHint);
  const clearHint = () => setHint(null);

  if (error !== null) {
    return (
      <Snackbar open onClose={(_, reason) => reason !== 'clickaway' && clear()} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="error" variant="filled" onClose={clear} data-testid="take-refused">
          {error}
        </Alert>
      </Snackbar>
    );
  }
  if (taken !== null) {
    return (
      <Snackbar open autoHideDuration={4000} onClose={clear} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" onClose={clear} data-testid="take-done">
          {takenName(taken)} is yours: it is in My queue now.
        </Alert>
      </Snackbar>
    );
  }
  return (
    <Snackbar open={hint !== null} autoHideDuration={4000} onClose={clearHint} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="info" variant="filled" onClose={clearHint}>
        {hint}
      </Alert>
    </Snackbar>
  );
}
