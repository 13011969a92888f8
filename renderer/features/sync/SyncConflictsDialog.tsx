import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import type { OutboxEntry } from '../../../shared/contract/sync';
import { useNow } from '../../lib/clock';
import { Instant } from '../../lib/Instant';
import { useAction } from '../../lib/useAction';
import { openCase } from '../case/openCase';
import { useTimeZone } from '../session/sessionStore';
import { useSyncStore } from './syncStore';

export const NO_CONFLICTS = 'No conflicts: everything you did reached the help desk or is on its way.';

/**
 * The conflict list (`sync.outbox`, states conflict and refused): per change its case (a click opens
 * it), what it was, the help desk's side, and the agent's answer: *Send mine again* or *Keep the help
 * desk's*.
 */
export function SyncConflictsDialog() {
  const open = useSyncStore((s) => s.conflictsOpen);
  const entries = useSyncStore((s) => s.conflicts);
  const error = useSyncStore((s) => s.conflictsError);
  const { closeConflicts } = useSyncStore.getState();
  const [openError, setOpenError] = useState<string | null>(null);

  return (
    <Dialog open={open} onClose={closeConflicts} fullWidth maxWidth="sm" fullScreen={useMediaQuery('(max-width: 599px)')} aria-labelledby="sync-conflicts-title">
      <DialogTitle id="sync-conflicts-title">Conflicts with the help desk</DialogTitle>
      <DialogContent dividers data-testid="sync-conflicts">
        {(error ?? openError) && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error ?? openError}
          </Alert>
        )}
        {entries?.length === 0 && <Typography color="text.secondary">{NO_CONFLICTS}</Typography>}
        {entries && entries.length > 0 && (
          <Stack component="ul" spacing={1.5} aria-label="Conflicts" sx={{ p: 0, m: 0, listStyle: 'none' }}>
            {entries.map((e) => (
              <ConflictEntry
                key={e.id}
                entry={e}
                onOpen={() => {
                  closeConflicts();
                  void openCase(e.caseId, e.caseKey).then(setOpenError);
                }}
              />
            ))}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={closeConflicts}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function ConflictEntry({ entry, onOpen }: { entry: OutboxEntry; onOpen(): void }) {
  const timeZone = useTimeZone();
  const now = useNow();
  const { busy, error, run } = useAction();
  const resolve = (action: 'send_again' | 'dismiss') => void run(() => useSyncStore.getState().resolve(entry.id, action));
  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5 }} data-testid="sync-conflict">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Link component="button" variant="body2" onClick={onOpen} sx={{ fontWeight: 600, textAlign: 'left' }}>
          {entry.caseKey}
        </Link>
        <Typography variant="body2" sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
          {entry.subject}
        </Typography>
        <Chip size="small" color={entry.state === 'refused' ? 'error' : 'warning'} label={entry.state === 'refused' ? 'Refused' : 'Conflict'} />
      </Box>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        <strong>{entry.what}</strong>
        <Typography component="span" variant="body2" color="text.secondary">
          {' · '}
          <Instant iso={entry.createdAt} timeZone={timeZone} now={now} />
        </Typography>
      </Typography>
      {entry.problem && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
          {entry.problem}
        </Typography>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      <Stack direction="row" sx={{ gap: 1, mt: 1, flexWrap: 'wrap' }}>
        <Button size="small" variant="contained" disabled={busy} onClick={() => resolve('send_again')}>
          Send mine again
        </Button>
        <Button size="small" variant="outlined" disabled={busy} onClick={() => resolve('dismiss')}>
          Keep the help desk&apos;s
        </Button>
      </Stack>
    </Paper>
  );
}
