import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect } from 'react';
import type { AuditEntry } from '../../../shared/contract/team';
import { auditWords } from '../../../shared/domain/auditWords';
import { getApiClient } from '../../api';
import { useNow } from '../../lib/clock';
import { formatInstant } from '../../lib/format';
import { Instant } from '../../lib/Instant';
import { useSessionStore, useTimeZone } from '../session/sessionStore';
import { useAuditStore } from './auditStore';

/**
 * The audit list for leads (docs/roles.md "The audit list", `audit.list`): every recorded action,
 * newest first, in plain words with who and when (in the lead's time zone); what the app did by
 * itself says so. *Show older* pages back.
 */
export function AuditDialog() {
  const open = useAuditStore((s) => s.open);
  const entries = useAuditStore((s) => s.entries);
  const more = useAuditStore((s) => s.more);
  const loading = useAuditStore((s) => s.loading);
  const error = useAuditStore((s) => s.error);
  const { close, refresh, older } = useAuditStore.getState();
  const fullScreen = useMediaQuery('(max-width: 599px)');

  // Kept current while open: a new recorded action appears at the top.
  useEffect(() => {
    if (!open) return;
    // The names of agents the entries mention (a colleague in a reassignment).
    void useSessionStore.getState().loadAgents();
    return getApiClient().on('changed', ({ topics }) => {
      // Another workspace (an import, a restore) reads the list from its newest again.
      if (topics.includes('workspace')) void useAuditStore.getState().show();
      else if (topics.includes('audit')) void refresh();
    });
  }, [open, refresh]);

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="audit-title">
      <DialogTitle id="audit-title">Audit list</DialogTitle>
      <DialogContent dividers data-testid="audit-list">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Every lead-only action and status change, newest first, with who did it and when.
        </Typography>
        {error && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        {entries === null && !error && <Typography variant="body2">Reading…</Typography>}
        {entries !== null && entries.length === 0 && <Typography variant="body2">Nothing has been recorded yet.</Typography>}
        {entries !== null && entries.length > 0 && (
          <Box component="ol" aria-label="Recorded actions" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {entries.map((e) => (
              <Entry key={e.seq} entry={e} />
            ))}
          </Box>
        )}
        {more && (
          <Button sx={{ mt: 1 }} onClick={() => void older()} disabled={loading} data-testid="audit-older">
            {loading ? 'Reading…' : 'Show older'}
          </Button>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function Entry({ entry }: { entry: AuditEntry }) {
  const timeZone = useTimeZone();
  const now = useNow();
  const agents = useSessionStore((s) => s.agents);
  const sentence = auditWords(entry, {
    nameOf: (id) => agents.find((a) => a.id === id)?.name ?? null,
    instant: (iso) => formatInstant(iso, timeZone, now),
  });
  return (
    <Box component="li" data-testid="audit-entry" data-action={entry.action} sx={{ py: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {sentence}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        <Instant iso={entry.at} timeZone={timeZone} now={now} />
        {' · '}
        {entry.by === null ? 'by the app' : `by ${entry.byName ?? entry.by}`}
      </Typography>
    </Box>
  );
}
