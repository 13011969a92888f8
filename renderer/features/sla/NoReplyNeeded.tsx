import DoNotDisturbOnOutlined from '@mui/icons-material/DoNotDisturbOnOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { errorText } from '../../api';

/** The contract's limit on the note (`cases.markNoReplyNeeded`). */
const NOTE_MAX = 2000;

/**
 * "No reply needed": the customer's last message needs no answer (a thank-you, an
 * auto-reply). A small dialog takes an optional note; `onConfirm` records it.
 */
export function NoReplyNeeded({ caseKey, onConfirm }: { caseKey: string; onConfirm(note: string): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function start() {
    setNote('');
    setError(null);
    setOpen(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onConfirm(note);
      setOpen(false);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button data-testid="no-reply-needed" variant="outlined" startIcon={<DoNotDisturbOnOutlined />} onClick={start}>
        No reply needed
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} aria-labelledby="no-reply-title" fullWidth maxWidth="xs">
        <form onSubmit={(event) => void submit(event)}>
          <DialogTitle id="no-reply-title">No reply needed on {caseKey}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 1.5 }}>
              The SLA timer stops until the customer writes again. The timeline records who marked it.
            </DialogContentText>
            <TextField
              label="Note (optional)"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              multiline
              minRows={2}
              fullWidth
              autoFocus
              slotProps={{ htmlInput: { maxLength: NOTE_MAX } }}
              placeholder="e.g. Customer only said thank you"
            />
            {error && (
              <Alert severity="error" sx={{ mt: 1.5 }}>
                Could not record it: {error}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" variant="contained" disabled={busy}>
              Mark no reply needed
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
