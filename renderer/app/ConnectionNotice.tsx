import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import { useSyncExternalStore } from 'react';
import { api } from '../api';

/** Browser mode only: says when the connection to Shiftdesk is being (re)opened or cannot be. */
export function ConnectionNotice() {
  const state = useSyncExternalStore(api.onConnection, api.connection);
  if (state === 'open' || state === 'connecting') return null;
  if (state === 'no_token') {
    return (
      <Alert severity="error" variant="filled" square data-testid="connection-notice">
        This page was opened without its access link. Open the address printed by &ldquo;shiftdesk serve&rdquo; again.
      </Alert>
    );
  }
  if (state === 'unreachable') {
    return (
      <Alert severity="error" square data-testid="connection-notice">
        Cannot reach Shiftdesk. If it was restarted, open the new address it printed: the old link stops working. Still trying…
      </Alert>
    );
  }
  return (
    <Alert severity="warning" square icon={false} data-testid="connection-notice" sx={{ py: 0, position: 'relative' }}>
      Reconnecting… Your queue will catch up as soon as the connection is back.
      <LinearProgress color="warning" sx={{ position: 'absolute', left: 0, right: 0, bottom: 0 }} />
    </Alert>
  );
}
