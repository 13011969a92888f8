import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useState, type FormEvent } from 'react';
import type { CaseSearchHit, TimelineEntry } from '../../../shared/contract/index';
import { EVENT_KIND_LABELS } from '../../../shared/domain/vocab';
import { formatInstant } from '../../lib/format';
import { useCaseStore } from './caseStore';
import { CasePicker } from './CasePicker';
import { refusalText } from './EditableField';
import { useAction } from '../../lib/useAction';

/** *Move to another case*: a misfiled message, voicemail, call or chat goes to the right case (`cases.refile`); both timelines record it. */
export function RefileDialog({
  caseId,
  caseKey,
  entry,
  timeZone,
  now,
  onClose,
  onMoved,
}: {
  caseId: string;
  caseKey: string;
  entry: TimelineEntry;
  timeZone: string | undefined;
  now: number;
  onClose(): void;
  onMoved(toKey: string): void;
}) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [picked, setPicked] = useState<CaseSearchHit | null>(null);
  const { busy, error, run } = useAction(refusalText);
  const what = EVENT_KIND_LABELS[entry.kind].toLowerCase();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!picked) return;
    const moved = await run(async () => onMoved((await useCaseStore.getState().refile(entry.seq, picked.id)).key));
    if (moved) onClose();
  }

  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth fullScreen={narrow} maxWidth="sm" aria-labelledby="refile-title">
      <Box component="form" noValidate onSubmit={(e) => void submit(e)} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id="refile-title">Move this {what} to another case</DialogTitle>
        <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <DialogContentText>
            The {what} of {formatInstant(entry.at, timeZone, now)}
            {entry.byName ? ` from ${entry.byName}` : ''} goes to the right case as it arrived. It stays on {caseKey}’s timeline, marked as moved, and no longer counts
            here.
          </DialogContentText>
          <CasePicker excludeId={caseId} picked={picked} onPick={setPicked} openOnly />
          {error && <Alert severity="error">{error}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={busy || !picked}>
            {busy ? 'Moving…' : picked ? `Move to ${picked.key}` : 'Move'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
