import CloudUploadOutlined from '@mui/icons-material/CloudUploadOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useEffect } from 'react';
import type { TimelineEntry } from '../../../shared/contract/index';
import type { OutboxEntry } from '../../../shared/contract/sync';
import { useSyncStore } from './syncStore';
import { changes } from './syncText';

/** The open case's entries not confirmed by the help desk (none when sync is not in use or another case's were read). */
export function useCaseOutbox(caseId: string): OutboxEntry[] {
  const inUse = useSyncStore((s) => s.status !== null && (s.status.state !== 'not_connected' || s.status.waiting > 0 || s.status.conflicts > 0));
  const entries = useSyncStore((s) => (s.caseEntries?.caseId === caseId ? s.caseEntries.entries : null));
  useEffect(() => {
    void useSyncStore.getState().loadCase(caseId);
  }, [caseId, inUse]);
  return entries ?? [];
}

/**
 * At the top of a synced case: "2 changes not sent to the help desk yet" while they wait, "1 change
 * in conflict — Resolve…" (the conflict list) when the help desk did not take one.
 */
export function CaseSyncLine({ entries }: { entries: readonly OutboxEntry[] }) {
  const waiting = entries.filter((e) => e.state === 'waiting').length;
  const conflicts = entries.length - waiting;
  if (entries.length === 0) return null;
  return (
    <Stack spacing={0.5} data-testid="case-sync-line">
      {waiting > 0 && (
        <Alert severity="info" variant="outlined" icon={<CloudUploadOutlined fontSize="inherit" />} sx={{ py: 0 }}>
          {changes(waiting)} not sent to the help desk yet
        </Alert>
      )}
      {conflicts > 0 && (
        <Alert
          severity="warning"
          sx={{ py: 0 }}
          action={
            <Button color="inherit" size="small" onClick={() => void useSyncStore.getState().openConflicts()}>
              Resolve…
            </Button>
          }
        >
          {changes(conflicts)} in conflict with the help desk
        </Alert>
      )}
    </Stack>
  );
}

/** Which kind of timeline entry an outbox entry's `what` comes from ("Public reply", "Status: …", "Owner: …", else a field). */
function kindOf(what: string): TimelineEntry['kind'] {
  if (what === 'Public reply') return 'public_reply';
  if (what === 'Internal note') return 'internal_note';
  if (what.startsWith('Status:')) return 'status';
  if (what.startsWith('Owner:')) return 'assignment';
  return 'field';
}

/** "Not sent yet" on a timeline entry whose change waits (matched by instant and kind; the outbox is filled at the same commit). */
export function NotSentChip({ entry, outbox }: { entry: TimelineEntry; outbox: readonly OutboxEntry[] }) {
  const match = outbox.find((o) => o.createdAt === entry.at && kindOf(o.what) === entry.kind);
  if (!match) return null;
  const conflict = match.state !== 'waiting';
  return (
    <Chip
      size="small"
      variant="outlined"
      color={conflict ? 'warning' : 'default'}
      data-testid="not-sent-chip"
      label={conflict ? 'not taken by the help desk' : 'not sent yet'}
      sx={{ mt: 0.5, height: 20 }}
    />
  );
}
