import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { SyncStatus } from '../../../shared/contract/sync';
import { Instant } from '../../lib/Instant';
import { useAction } from '../../lib/useAction';
import { useSessionStore } from '../session/sessionStore';
import { useSyncStore } from './syncStore';
import { stateSentence } from './syncText';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

/**
 * "Help desk sync": the status in words (where it syncs, where the token is read from — never the
 * token), the last pull and send, what waits, the last problem and the next attempt; *Sync now*,
 * the conflict list, and for leads the connection dialog.
 */
export function SyncPopover({ status, timeZone, now, onDone }: { status: SyncStatus; timeZone: string | undefined; now: number; onDone(): void }) {
  const isLead = useSessionStore((s) => s.agent?.role === 'lead');
  const { busy, error, run } = useAction();
  const { syncNow, openConflicts, openConnection } = useSyncStore.getState();
  const c = status.connection;
  const when = (iso: string | null, none: string) => (iso ? <Instant iso={iso} timeZone={timeZone} now={now} /> : none);

  return (
    <Box sx={{ p: 2 }} data-testid="sync-popover">
      <Typography variant="subtitle1" component="h2" id="sync-popover-title" sx={{ fontWeight: 600 }}>
        Help desk sync
      </Typography>
      <Typography variant="body2" sx={{ mb: 1.5 }} data-testid="sync-state">
        {stateSentence(status)}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {c && <Row label="Help desk">{c.url}</Row>}
        {c && <Row label="Queues">{c.queues.join(', ')}</Row>}
        {status.tokenSource && <Row label="Token read from">{status.tokenSource}</Row>}
        <Row label="Last pull">{when(status.lastPullAt, 'not yet')}</Row>
        <Row label="Last change sent">{when(status.lastPushAt, 'none yet')}</Row>
        <Row label="Waiting to send">{status.waiting === 0 ? 'nothing' : status.waiting}</Row>
        {status.lastError && <Row label="Last problem">{status.lastError}</Row>}
        {status.nextAttemptAt && <Row label="Next attempt">{when(status.nextAttemptAt, '')}</Row>}
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 1.5 }}>
          Could not sync: {error}
        </Alert>
      )}
      <Stack direction="row" sx={{ mt: 2, gap: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" size="small" disabled={busy || !c} onClick={() => void run(syncNow)}>
          {busy ? 'Syncing…' : 'Sync now'}
        </Button>
        <Button
          size="small"
          variant="outlined"
          color={status.conflicts > 0 ? 'error' : 'primary'}
          onClick={() => {
            onDone();
            void openConflicts();
          }}
        >
          Conflicts ({status.conflicts})
        </Button>
        {isLead && (
          <Button
            size="small"
            onClick={() => {
              onDone();
              openConnection();
            }}
          >
            Connection…
          </Button>
        )}
      </Stack>
    </Box>
  );
}
