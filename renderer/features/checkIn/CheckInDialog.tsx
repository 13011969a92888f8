import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
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
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import { CHECK_IN_PHRASES, defaultTemplate } from '../../../shared/templates/defaultTemplates';
import { MISSING_MARK, blanksIn } from '../../../shared/templates/fill';
import { api, errorText } from '../../api';
import { useCheckInStore, type PickedCase } from './checkInStore';

type CheckInTemplate = 'check-in-quick' | 'check-in-still-working';
const CHECK_IN_TEMPLATES: readonly CheckInTemplate[] = ['check-in-quick', 'check-in-still-working'];

/** One case's reply, filled from the template and editable before it is recorded. */
interface Reply {
  caseId: string;
  key: string;
  subject: string;
  body: string;
}

/**
 * The bulk check-in (`docs/queue.md` "Aging"): for the cases ticked in the Aging view, choose the
 * quick check-in (with its closing phrase) or "still working on it" (with what we are still working
 * on getting), read one reply per case filled from its case (each editable), then record them all at
 * once (`cases.replyMany`: one public reply per case, all or none).
 */
export function CheckInDialog() {
  const open = useCheckInStore((s) => s.dialogOpen);
  const picked = useCheckInStore((s) => s.picked);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  const cases = Object.values(picked);
  const [template, setTemplate] = useState<CheckInTemplate>('check-in-quick');
  const [phrase, setPhrase] = useState(CHECK_IN_PHRASES[0] ?? '');
  const [item, setItem] = useState('');
  const [replies, setReplies] = useState<Reply[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blanks = replies?.reduce((n, r) => n + blanksIn(r.body), 0) ?? 0;

  const leave = () => {
    setReplies(null);
    setError(null);
    useCheckInStore.getState().closeDialog();
  };

  async function preview(list: PickedCase[]) {
    setBusy(true);
    setError(null);
    try {
      const filled = await Promise.all(
        list.map(async (c) => {
          const draft = await api.call('cases.draft', {
            id: c.caseId,
            template,
            ...(template === 'check-in-quick' && phrase.trim() && { phrase: phrase.trim() }),
            ...(template === 'check-in-still-working' && item.trim() && { fillIns: { item: item.trim() } }),
          });
          return { caseId: c.caseId, key: c.key, subject: draft.subject, body: draft.body };
        }),
      );
      setReplies(filled);
    } catch (err) {
      setError(`The replies could not be filled: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  }

  async function record(list: Reply[]) {
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('cases.replyMany', { replies: list.map((r) => ({ id: r.caseId, body: r.body, template })) });
      setReplies(null);
      useCheckInStore.getState().recorded(result.cases.map((c) => c.key));
    } catch (err) {
      setError(`Nothing was recorded: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  }

  const edit = (caseId: string, body: string) => setReplies((list) => list?.map((r) => (r.caseId === caseId ? { ...r, body } : r)) ?? null);

  return (
    <Dialog open={open} onClose={busy ? undefined : leave} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="check-in-title">
      <DialogTitle id="check-in-title">
        Check in on {cases.length} case{cases.length === 1 ? '' : 's'}
      </DialogTitle>
      <DialogContent dividers data-testid="check-in-dialog">
        {replies === null ? (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1, overflowWrap: 'anywhere' }}>
              {cases.map((c) => c.key).join(', ')}: one public reply per case, filled from each case. You read and can edit each one before it is recorded.
            </Typography>
            <RadioGroup aria-label="Check-in to send" value={template} onChange={(e) => setTemplate(e.target.value as CheckInTemplate)}>
              {CHECK_IN_TEMPLATES.map((name) => (
                <FormControlLabel key={name} value={name} control={<Radio />} label={defaultTemplate(name).title} data-testid={`check-in-${name}`} />
              ))}
            </RadioGroup>
            {template === 'check-in-quick' ? (
              <Autocomplete
                freeSolo
                options={CHECK_IN_PHRASES}
                inputValue={phrase}
                onInputChange={(_e, value) => setPhrase(value)}
                sx={{ mt: 1 }}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    label="Closing phrase"
                    helperText="“We appreciate your patience and look forward to …”: pick one or write your own"
                    slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'check-in-phrase' } }}
                  />
                )}
              />
            ) : (
              <TextField
                fullWidth
                sx={{ mt: 1 }}
                label="What we are still working on getting"
                placeholder="e.g. the export fixed"
                helperText="“We are still working on getting … for you.” Leave it empty to write it in each reply."
                value={item}
                onChange={(e) => setItem(e.target.value)}
                slotProps={{ htmlInput: { 'data-testid': 'check-in-item' } }}
              />
            )}
          </>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Proofread: each text is exactly what will be recorded as sent on its case.
            </Typography>
            <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 2 }}>
              {replies.map((r) => (
                <Box component="li" key={r.caseId} data-testid="check-in-reply" data-key={r.key}>
                  <Typography variant="subtitle2" component="h3">
                    {r.key}
                  </Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 0.75, overflowWrap: 'anywhere' }}>
                    Subject: {r.subject}
                  </Typography>
                  <TextField
                    multiline
                    fullWidth
                    minRows={4}
                    aria-label={`Reply on ${r.key}`}
                    value={r.body}
                    onChange={(e) => edit(r.caseId, e.target.value)}
                    error={blanksIn(r.body) > 0 || r.body.trim() === ''}
                    helperText={blanksIn(r.body) > 0 ? `Write over the blank shown as ${MISSING_MARK}` : r.body.trim() === '' ? 'Write the reply' : undefined}
                    slotProps={{ htmlInput: { 'data-testid': 'check-in-body' } }}
                  />
                </Box>
              ))}
            </Box>
          </>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="check-in-error">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap' }}>
        {blanks > 0 && (
          <Typography variant="body2" color="error" sx={{ mr: 'auto', pl: 1 }}>
            {blanks} blank{blanks === 1 ? '' : 's'} left to write over
          </Typography>
        )}
        {replies === null ? (
          <>
            <Button onClick={leave} disabled={busy}>
              Cancel
            </Button>
            <Button variant="contained" disabled={busy || cases.length === 0} onClick={() => void preview(cases)} data-testid="check-in-preview">
              Preview replies
            </Button>
          </>
        ) : (
          <>
            <Button onClick={() => setReplies(null)} disabled={busy}>
              Back
            </Button>
            <Button
              variant="contained"
              disabled={busy || blanks > 0 || replies.some((r) => r.body.trim() === '')}
              onClick={() => void record(replies)}
              data-testid="check-in-record"
            >
              Record {replies.length} repl{replies.length === 1 ? 'y' : 'ies'}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
