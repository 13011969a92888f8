import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import { useAction } from '../../lib/useAction';
import { useSessionStore } from '../session/sessionStore';
import { useSyncStore } from './syncStore';

export const TOKEN_KEPT = 'Kept on this computer, never in the workspace file.';
export const TOKEN_KEEP_PLACEHOLDER = 'stored on this computer — leave empty to keep it';

/** "a, b ,c" -> ["a", "b", "c"]. */
export const queueList = (text: string) => [...new Set(text.split(',').map((q) => q.trim()).filter((q) => q !== ''))];

/**
 * The connection to the team's help desk (leads, `sync.connect` / `sync.test` / `sync.disconnect`):
 * RT's URL, the queues to follow, the token (sent only when typed; empty keeps the stored one). The
 * core's refusals show here in its words. Connected, *Field mapping…* opens the mapping's own dialog
 * (SyncMappingDialog) in its place.
 */
export function SyncConnectionDialog() {
  const open = useSyncStore((s) => s.connectionOpen);
  const close = useSyncStore((s) => s.closeConnection);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" fullScreen={fullScreen} aria-labelledby="sync-connection-title">
      <DialogTitle id="sync-connection-title">Help desk connection</DialogTitle>
      {/* Remounted at each opening: the form starts from the connection as it is. */}
      {open && <ConnectionForm onDone={close} />}
    </Dialog>
  );
}

function ConnectionForm({ onDone }: { onDone(): void }) {
  const status = useSyncStore((s) => s.status);
  const isLead = useSessionStore((s) => s.agent?.role === 'lead');
  const { test, connect, disconnect, openMapping } = useSyncStore.getState();
  const connection = status?.connection ?? null;
  const [url, setUrl] = useState(connection?.url ?? '');
  const [queues, setQueues] = useState(connection?.queues.join(', ') ?? '');
  const [token, setToken] = useState('');
  const [tested, setTested] = useState<{ ok: boolean; message: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, setError, run } = useAction();

  const typed = () => ({ url: url.trim(), queues: queueList(queues), ...(token.trim() !== '' && { token: token.trim() }) });
  const edited = () => {
    setTested(null);
    setError(null);
  };

  return (
    <>
      <DialogContent dividers data-testid="sync-connection">
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            The workspace follows these Request Tracker queues: the team&apos;s changes come in, and what agents do here goes to the help desk.
          </Typography>
          <TextField
            label="Help desk URL"
            placeholder="https://rt.example.com"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              edited();
            }}
            autoFocus
            fullWidth
          />
          <TextField
            label="Queues to follow"
            placeholder="General, Support"
            helperText="Comma separated"
            value={queues}
            onChange={(e) => {
              setQueues(e.target.value);
              edited();
            }}
            fullWidth
          />
          <TextField
            label="Token"
            type="password"
            autoComplete="off"
            placeholder={connection ? TOKEN_KEEP_PLACEHOLDER : 'RT: Logged in as → Settings → Auth Tokens'}
            slotProps={{ inputLabel: { shrink: true } }}
            helperText={status?.tokenSource ? `${TOKEN_KEPT} Now read from ${status.tokenSource}.` : TOKEN_KEPT}
            value={token}
            onChange={(e) => {
              setToken(e.target.value);
              edited();
            }}
            fullWidth
          />
          {connection && isLead && (
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 14rem' }}>
                How statuses, types, priorities and people are named in the help desk.
              </Typography>
              <Button variant="outlined" size="small" onClick={openMapping} data-testid="open-sync-mapping">
                Field mapping…
              </Button>
            </Stack>
          )}
          {tested && (
            <Alert severity={tested.ok ? 'success' : 'error'} data-testid="sync-test-result">
              {tested.message}
            </Alert>
          )}
          {error && (
            <Alert severity="error" data-testid="sync-connection-error">
              {error}
            </Alert>
          )}
          {confirming && (
            <Alert
              severity="warning"
              data-testid="sync-disconnect-confirm"
              action={
                <Stack direction="row" sx={{ gap: 1 }}>
                  <Button color="inherit" size="small" onClick={() => setConfirming(false)}>
                    Cancel
                  </Button>
                  <Button
                    color="error"
                    variant="contained"
                    size="small"
                    disabled={busy}
                    onClick={() => void run(disconnect).then((ok) => ok && onDone())}
                  >
                    Disconnect
                  </Button>
                </Stack>
              }
            >
              Stop syncing? Cases already pulled stay; changes not sent are kept until you connect again.
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {connection && !confirming && (
          <Button color="error" onClick={() => setConfirming(true)} sx={{ mr: 'auto' }}>
            Disconnect…
          </Button>
        )}
        <Button onClick={onDone}>Cancel</Button>
        <Button disabled={busy} onClick={() => void run(async () => setTested(await test(typed())))}>
          Test connection
        </Button>
        <Button variant="contained" disabled={busy} onClick={() => void run(() => connect(typed())).then((ok) => ok && onDone())}>
          Connect
        </Button>
      </DialogActions>
    </>
  );
}
