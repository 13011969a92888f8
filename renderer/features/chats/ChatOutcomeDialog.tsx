import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { CHAT_OUTCOMES, CHAT_OUTCOME_LABELS, outcomeNeedsNote, type ChatOutcome } from '../../../shared/domain/chatOutcomes';
import { errorText } from '../../api';
import { useChatsStore } from './chatsStore';

/**
 * The outcome picker of a chat that ended: the five outcomes by severity, a note of the question
 * (required for "Answered - unhappy"). Giving a less severe outcome than one already given keeps the
 * more severe one; the dialog says so.
 */
export function ChatOutcomeDialog({ open, onClose, interactionId, kept }: { open: boolean; onClose: () => void; interactionId: string; kept: number | null }) {
  const [outcome, setOutcome] = useState<ChatOutcome | null>(null);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsNote = outcome !== null && outcomeNeedsNote(outcome);

  const close = () => {
    setOutcome(null);
    setNote('');
    setNoteMissing(false);
    setError(null);
    onClose();
  };

  async function save() {
    if (outcome === null) return;
    if (needsNote && note.trim() === '') {
      setNoteMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await useChatsStore.getState().setOutcome(interactionId, outcome, note);
      close();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby="chat-outcome-title" fullWidth maxWidth="xs">
      <DialogTitle id="chat-outcome-title">Chat outcome</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
          When a chat held several, the most severe (highest number) is kept.
        </Typography>
        <RadioGroup
          aria-label="Outcome"
          value={outcome === null ? '' : String(outcome)}
          onChange={(e) => {
            setOutcome(Number(e.target.value) as ChatOutcome);
            setNoteMissing(false);
          }}
        >
          {CHAT_OUTCOMES.map((o) => (
            <FormControlLabel key={o} value={String(o)} control={<Radio size="small" />} label={`${o} · ${CHAT_OUTCOME_LABELS[o]}`} />
          ))}
        </RadioGroup>
        <TextField
          label={needsNote ? "The customer's question (required)" : 'Note (optional)'}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setNoteMissing(false);
          }}
          required={needsNote}
          error={noteMissing}
          helperText={noteMissing ? 'An unhappy answer needs a note of the question: write it first.' : ' '}
          multiline
          minRows={2}
          fullWidth
          sx={{ mt: 1 }}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
        {kept !== null && outcome !== null && outcome < kept && (
          <Alert severity="info" sx={{ mt: 1 }}>
            This chat already has outcome {kept} · {CHAT_OUTCOME_LABELS[kept as ChatOutcome]}, which stays: it is more severe.
          </Alert>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button variant="contained" onClick={() => void save()} disabled={outcome === null || busy}>
          Save outcome
        </Button>
      </DialogActions>
    </Dialog>
  );
}
