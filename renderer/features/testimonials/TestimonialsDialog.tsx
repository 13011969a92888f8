import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
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
import type { TestimonialFollowUp } from '../../../shared/contract/closure';
import type { TestimonialTemplate } from '../../../shared/domain/closure';
import { MISSING_MARK, blanksIn } from '../../../shared/templates/fill';
import { useNow } from '../../lib/clock';
import { formatInstant, formatInstantFull } from '../../lib/format';
import { useTimeZone } from '../session/sessionStore';
import { useTestimonialsStore } from './testimonialsStore';
import { useAction } from '../../lib/useAction';

/** The follow-up chosen in the dialog: one of the three requests, or none. */
type Choice = TestimonialTemplate | 'none';

/**
 * The Testimonial follow-ups list (`docs/closure.md`): each Pending Closure case due to close whose
 * customer was happy or that is marked possible testimonial. Following one up: pick a request (the
 * three templates, filled from the case) or none, read and edit the text, then record it: the request
 * goes on the timeline as a public reply and the case closes.
 */
export function TestimonialsDialog() {
  const open = useTestimonialsStore((s) => s.open);
  const list = useTestimonialsStore((s) => s.list);
  const error = useTestimonialsStore((s) => s.error);
  const done = useTestimonialsStore((s) => s.done);
  const close = useTestimonialsStore((s) => s.close);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = list?.followUps.find((f) => f.id === selectedId) ?? null;

  const leave = () => {
    setSelectedId(null);
    close();
  };

  return (
    <Dialog open={open} onClose={leave} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="testimonials-title">
      <DialogTitle id="testimonials-title">{selected ? `Follow up ${selected.key}` : 'Testimonial follow-ups'}</DialogTitle>
      {selected ? (
        <FollowUpForm key={selected.id} followUp={selected} onBack={() => setSelectedId(null)} onDone={() => setSelectedId(null)} />
      ) : (
        <>
          <DialogContent dividers data-testid="testimonials-list">
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Cases due to close whose customer was happy or that are marked possible testimonial. They do not close by themselves: send a
              testimonial or review request (or none), and the case closes.
            </Typography>
            {done && (
              <Alert severity="success" sx={{ mb: 1 }} data-testid="testimonials-done">
                {done}
              </Alert>
            )}
            {error && <Alert severity="error">{error}</Alert>}
            {list === null && !error && <Typography variant="body2">Reading…</Typography>}
            {list !== null && list.followUps.length === 0 && (
              <Typography variant="body2" data-testid="testimonials-empty">
                No follow-ups due. Cases come here 7 days after their resolution email.
              </Typography>
            )}
            {list !== null && list.followUps.length > 0 && (
              <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
                {list.followUps.map((f) => (
                  <FollowUpRow key={f.id} followUp={f} onOpen={() => setSelectedId(f.id)} />
                ))}
              </Box>
            )}
            {list !== null && list.total > list.followUps.length && (
              <Typography variant="caption" color="text.secondary">
                {list.total - list.followUps.length} more: follow up these first.
              </Typography>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={leave}>Close</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}

function FollowUpRow({ followUp: f, onOpen }: { followUp: TestimonialFollowUp; onOpen: () => void }) {
  const timeZone = useTimeZone();
  const now = useNow();
  const who = [f.organization?.name, f.reporter?.name].filter(Boolean).join(' · ');
  return (
    <Box
      component="li"
      data-testid="testimonial-row"
      data-key={f.key}
      sx={{ py: 1, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
    >
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {f.key} · {f.subject}
        </Typography>
        {who && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {who}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" component="p">
          Resolution email <span title={formatInstantFull(f.resolvedAt, timeZone)}>{formatInstant(f.resolvedAt, timeZone, now)}</span> · due to close{' '}
          <span title={formatInstantFull(f.dueAt, timeZone)}>{formatInstant(f.dueAt, timeZone, now)}</span>
        </Typography>
      </Box>
      <Chip size="small" variant="outlined" label={f.reasonText} />
      <Button variant="outlined" size="small" onClick={onOpen} data-testid="testimonial-follow-up">
        Follow up…
      </Button>
    </Box>
  );
}

/** Choosing the request, previewing (and editing) its text, and recording it. */
function FollowUpForm({ followUp: f, onBack, onDone }: { followUp: TestimonialFollowUp; onBack: () => void; onDone: () => void }) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const [body, setBody] = useState('');
  const { busy, error, setError, run } = useAction();
  const draft = choice === null || choice === 'none' ? null : (f.drafts.find((d) => d.template === choice) ?? null);
  const blanks = draft ? blanksIn(body) : 0;

  const choose = (next: Choice) => {
    setChoice(next);
    setError(null);
    setBody(next === 'none' ? '' : (f.drafts.find((d) => d.template === next)?.body ?? ''));
  };

  async function record() {
    if (choice === null) return;
    const template = choice === 'none' ? null : choice;
    // The text as shown: the filled template, or what the agent made of it.
    if (await run(() => useTestimonialsStore.getState().followUp(f.id, template, template === null || body === draft?.body ? undefined : body))) onDone();
  }

  return (
    <>
      <DialogContent dividers data-testid="testimonial-form">
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {f.key} · {f.subject}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {[f.reporter?.name, f.reporter?.email, f.organization?.name].filter(Boolean).join(' · ') || 'No reporter on the case'} · {f.reasonText}
        </Typography>
        <RadioGroup aria-label="Request to send" value={choice ?? ''} onChange={(e) => choose(e.target.value as Choice)}>
          {f.drafts.map((d) => (
            <FormControlLabel key={d.template} value={d.template} control={<Radio />} label={d.title} data-testid={`choice-${d.template}`} />
          ))}
          <FormControlLabel value="none" control={<Radio />} label="None: close without a request" data-testid="choice-none" />
        </RadioGroup>
        {draft && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="body2" sx={{ mb: 1 }}>
              Subject: {draft.subject}
            </Typography>
            <TextField
              label="Message (recorded as a public reply)"
              multiline
              minRows={6}
              fullWidth
              value={body}
              onChange={(e) => setBody(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'testimonial-body' } }}
              error={blanks > 0}
              helperText={blanks > 0 ? `Write over the ${blanks === 1 ? 'blank' : `${blanks} blanks`} shown as ${MISSING_MARK} first` : 'Send it from your help desk: Shiftdesk does not send mail yet.'}
            />
          </Box>
        )}
        {choice === 'none' && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            The case closes without a message.
          </Typography>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onBack}>Back</Button>
        <Button variant="contained" disabled={choice === null || busy || blanks > 0 || (draft !== null && body.trim() === '')} onClick={() => void record()} data-testid="testimonial-record">
          {choice === 'none' ? 'Close the case' : 'Record and close'}
        </Button>
      </DialogActions>
    </>
  );
}
