import TroubleshootOutlined from '@mui/icons-material/TroubleshootOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Step from '@mui/material/Step';
import StepContent from '@mui/material/StepContent';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import {
  ANSWER_TEXT,
  TROUBLESHOOTING_STEPS,
  troubleshootingNote,
  walkTroubleshooting,
  type TroubleshootingAnswer,
} from '../../../shared/domain/troubleshooting';
import { useAction } from '../../lib/useAction';

/**
 * "Troubleshoot": the guided check of a problem the agent cannot reproduce (shared/domain/troubleshooting.ts).
 * The questions come one at a time, in order; the first "No" is the scope and ends the guide; a step the
 * user has no access to is skipped. "Save as internal note" records the answers on the case through
 * `onSave` (the case store's `cases.note`).
 */
export function TroubleshootingDialog({ caseKey, onSave }: { caseKey: string; onSave(note: string): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<TroubleshootingAnswer[]>([]);
  const { busy, error, setError, run } = useAction();
  const walk = useMemo(() => walkTroubleshooting(answers), [answers]);
  const note = troubleshootingNote(walk);

  function start() {
    setAnswers([]);
    setError(null);
    setOpen(true);
  }

  async function save() {
    if (await run(() => onSave(note))) setOpen(false);
  }

  const answer = (a: TroubleshootingAnswer) => setAnswers((list) => [...list, a]);
  // The step being asked; none once the guide has ended (the steps after a scope stay unasked).
  const active = walk.done ? -1 : answers.length;

  return (
    <>
      <Button data-testid="troubleshoot" variant="outlined" startIcon={<TroubleshootOutlined />} onClick={start}>
        Troubleshoot
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} aria-labelledby="troubleshoot-title" fullWidth maxWidth="sm">
        <DialogTitle id="troubleshoot-title">Troubleshoot {caseKey}: a problem we cannot reproduce</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1.5 }}>
            Ask each question in order. The first “No” is the scope: the problem only affects that. Skip a step the user has no access
            to.
          </DialogContentText>
          <Stepper activeStep={active} orientation="vertical" aria-label="Troubleshooting steps">
            {TROUBLESHOOTING_STEPS.map((step, i) => {
              const given = walk.asked[i]?.answer;
              const reached = i <= walk.asked.length && !(walk.done && i >= walk.asked.length);
              return (
                <Step key={step.id} completed={given !== undefined} disabled={!reached}>
                  <StepLabel
                    error={given === 'no'}
                    optional={
                      given && (
                        <Typography variant="caption" data-testid={`troubleshoot-answer-${step.id}`}>
                          {ANSWER_TEXT[given]}
                        </Typography>
                      )
                    }
                  >
                    {step.label}
                  </StepLabel>
                  {/* Only the question being asked is in the page (the others are not asked yet, or were answered). */}
                  <StepContent>
                    {i === active && (
                      <>
                        <Typography id={`troubleshoot-q-${step.id}`} sx={{ mb: 1 }}>
                          {step.question}
                        </Typography>
                        <Box role="group" aria-labelledby={`troubleshoot-q-${step.id}`} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                          <Button variant="contained" onClick={() => answer('yes')}>
                            Yes
                          </Button>
                          <Button variant="contained" color="error" onClick={() => answer('no')}>
                            No
                          </Button>
                          <Button onClick={() => answer('skipped')}>Skip: no access</Button>
                          {i > 0 && <Button onClick={() => setAnswers((list) => list.slice(0, -1))}>Back</Button>}
                        </Box>
                      </>
                    )}
                  </StepContent>
                </Step>
              );
            })}
          </Stepper>
          {walk.done && (
            <Alert severity={walk.scope ? 'warning' : 'info'} sx={{ mt: 2 }} data-testid="troubleshoot-scope">
              {walk.scope ? `Scope found: the problem only affects ${walk.scope.scope}.` : 'No scope found: every step passed.'}
              <Button size="small" sx={{ ml: 1 }} onClick={() => setAnswers((list) => list.slice(0, -1))}>
                Change the last answer
              </Button>
            </Alert>
          )}
          {answers.length > 0 && (
            <Box sx={{ mt: 2 }}>
              <Typography variant="subtitle2" component="h3">
                The internal note
              </Typography>
              <Typography
                component="pre"
                data-testid="troubleshoot-note"
                sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: '0.875rem', bgcolor: '#fff8e1', p: 1, borderRadius: 1, m: 0 }}
              >
                {note}
              </Typography>
            </Box>
          )}
          {error && (
            <Alert severity="error" sx={{ mt: 1.5 }}>
              Could not save the note: {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="contained" onClick={() => void save()} disabled={busy || answers.length === 0}>
            Save as internal note
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
