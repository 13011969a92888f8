import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { agentMoves } from '../../../shared/domain/caseStatus';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/vocab';
import { errorText } from '../../api';
import { ClockPreview } from './ClockPreview';
import { useCaseStore } from './caseStore';

/**
 * The case's status and where it can go (the transition table, `shared/domain/caseStatus.ts`).
 * Choosing a status shows what the move does to the SLA timer before it is made.
 */
export function StatusMenu({ caseId, caseKey, status, timeZone, now }: { caseId: string; caseKey: string; status: CaseStatus; timeZone: string | undefined; now: number }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [target, setTarget] = useState<CaseStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const moves = agentMoves(status);

  async function move() {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      await useCaseStore.getState().setStatus(target);
      setTarget(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        endIcon={moves.length > 0 ? <ArrowDropDown /> : undefined}
        disabled={moves.length === 0}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={`Status: ${CASE_STATUS_LABELS[status]}${moves.length > 0 ? '. Change status' : ''}`}
        sx={{ height: 24, textTransform: 'none' }}
      >
        {CASE_STATUS_LABELS[status]}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {moves.map((to) => (
          <MenuItem
            key={to}
            onClick={() => {
              setAnchor(null);
              setError(null);
              setTarget(to);
            }}
          >
            {CASE_STATUS_LABELS[to]}
          </MenuItem>
        ))}
      </Menu>
      <Dialog open={target !== null} onClose={() => !busy && setTarget(null)} aria-labelledby="status-move-title">
        <DialogTitle id="status-move-title">
          Move {caseKey} to {target ? CASE_STATUS_LABELS[target] : ''}?
        </DialogTitle>
        <DialogContent>
          {target && <ClockPreview caseId={caseId} action={{ kind: 'status', status: target }} timeZone={timeZone} now={now} />}
          {error && (
            <Typography role="alert" color="error" variant="body2" sx={{ mt: 1 }}>
              {error}
            </Typography>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setTarget(null)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="contained" onClick={() => void move()} disabled={busy}>
            Move to {target ? CASE_STATUS_LABELS[target] : ''}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
