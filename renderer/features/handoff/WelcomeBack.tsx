import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect } from 'react';
import { CASE_STATUS_LABELS } from '../../../shared/domain/vocab';
import { useSessionStore } from '../session/sessionStore';
import { useHandoffStore } from './handoffStore';

/**
 * Welcome back (docs/handoff.md): once the agent using this device is back from an approved leave
 * (the leave is over, or their status is no longer On leave), what happened to the cases handed off:
 * who owns them now, status changes, replies, what breached. Shown once (`handoff.welcomeSeen`).
 */
export function WelcomeBack() {
  const agentId = useSessionStore((s) => s.agent?.id);
  const status = useSessionStore((s) => s.agent?.status);
  const welcome = useHandoffStore((s) => s.welcome);
  // A phone: the summary takes the whole screen, as the handoff sheet does.
  const fullScreen = useMediaQuery('(max-width: 599px)');
  useEffect(() => {
    if (agentId) void useHandoffStore.getState().loadWelcome();
  }, [agentId, status]);
  if (!welcome?.due || !welcome.handoff) return null;
  const { from, to } = welcome.handoff;
  return (
    <Dialog open onClose={() => void useHandoffStore.getState().dismissWelcome()} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="welcome-back-title">
      <DialogTitle id="welcome-back-title">Welcome back, {welcome.agent.name}</DialogTitle>
      <DialogContent dividers data-testid="welcome-back">
        <Typography sx={{ mb: 1 }}>
          While you were away ({from === to ? from : `${from} to ${to}`}), {welcome.cases.length} of your cases were with colleagues:
        </Typography>
        <Typography component="ul" sx={{ pl: 2.5, my: 0, '& > li + li': { mt: 0.5 } }}>
          {welcome.cases.map((c) => (
            <li key={c.id}>
              <strong>{c.key}</strong> {c.subject}: {CASE_STATUS_LABELS[c.status]}, now {c.owner ? `${c.owner.name}'s` : 'unassigned'}
              {c.statusChanges.length > 0 && `; ${c.statusChanges.length} status change${c.statusChanges.length === 1 ? '' : 's'}`}
              {`; ${c.replies} repl${c.replies === 1 ? 'y' : 'ies'} sent, ${c.customerMessages} customer message${c.customerMessages === 1 ? '' : 's'}`}
              {c.breached && <strong> · SLA breached</strong>}
            </li>
          ))}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={() => void useHandoffStore.getState().dismissWelcome()}>
          Got it
        </Button>
      </DialogActions>
    </Dialog>
  );
}
