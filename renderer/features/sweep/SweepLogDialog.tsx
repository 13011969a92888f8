import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Sweep } from '../../../shared/contract/sweep';
import { AGENT_STATUS_LABELS } from '../../../shared/domain/vocab';
import { formatInstant, formatInstantFull } from '../../lib/format';
import { useNow } from '../../lib/clock';
import { useTimeZone } from '../session/sessionStore';
import { useSweepStore } from './sweepStore';

const OUTCOME_COLORS = { notified: 'primary', nothing_new: 'default', silenced: 'warning' } as const;

/** "Notified", "Nothing new", "Silenced: In a meeting". */
export function sweepOutcomeText(sweep: Pick<Sweep, 'outcome' | 'silencedBy'>): string {
  if (sweep.outcome === 'notified') return 'Notified';
  if (sweep.outcome === 'nothing_new') return 'Nothing new';
  return sweep.silencedBy ? `Silenced: ${AGENT_STATUS_LABELS[sweep.silencedBy]}` : 'Silenced';
}

/** "4 waiting · 2 new · 1 warning · 0 breached". */
export function sweepCountsText(counts: Sweep['counts']): string {
  return `${counts.unassigned} waiting · ${counts.new} new · ${counts.warning} warning · ${counts.breached} breached`;
}

/** The leads' log of recorded sweeps, newest first (`sweep.log`). */
export function SweepLogDialog() {
  const open = useSweepStore((s) => s.logOpen);
  const log = useSweepStore((s) => s.log);
  const error = useSweepStore((s) => s.logError);
  const close = useSweepStore((s) => s.closeLog);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" fullScreen={fullScreen} aria-labelledby="sweep-log-title">
      <DialogTitle id="sweep-log-title">Sweep log</DialogTitle>
      <DialogContent dividers data-testid="sweep-log">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Every look at Unassigned on this computer, newest first. A run of silenced sweeps is a stretch in which nobody here was notified.
        </Typography>
        {error && <Alert severity="error">{error}</Alert>}
        {log === null && !error && <Typography variant="body2">Reading…</Typography>}
        {log !== null && log.length === 0 && (
          <Typography variant="body2" data-testid="sweep-log-empty">
            No sweeps yet. The first one runs within a minute of the workspace being set up.
          </Typography>
        )}
        {log !== null && log.length > 0 && (
          <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {log.map((sweep) => (
              <SweepEntry key={sweep.id} sweep={sweep} />
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function SweepEntry({ sweep }: { sweep: Sweep }) {
  const timeZone = useTimeZone();
  const now = useNow();
  const keys = sweep.newKeys.length > 0 ? `New: ${sweep.newKeys.join(', ')}` : null;
  const warning = sweep.warningKeys.length > 0 ? `Now due soon: ${sweep.warningKeys.join(', ')}` : null;
  return (
    <Box
      component="li"
      data-testid="sweep-log-entry"
      data-outcome={sweep.outcome}
      sx={{ py: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography variant="body2" component="span" sx={{ fontWeight: 600 }} title={formatInstantFull(sweep.at, timeZone)}>
          {formatInstant(sweep.at, timeZone, now)}
        </Typography>
        <Chip size="small" label={sweepOutcomeText(sweep)} color={OUTCOME_COLORS[sweep.outcome]} variant={sweep.outcome === 'nothing_new' ? 'outlined' : 'filled'} />
        {sweep.late && (
          <Chip size="small" variant="outlined" label="Late" title={`Due ${formatInstantFull(sweep.dueAt, timeZone)}: the computer slept or Shiftdesk was closed`} />
        )}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {sweepCountsText(sweep.counts)}
      </Typography>
      {keys && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {keys}
        </Typography>
      )}
      {warning && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {warning}
        </Typography>
      )}
      {sweep.title && sweep.outcome === 'silenced' && (
        <Typography variant="caption" color="text.secondary" component="p">
          Would have said: {sweep.title}
        </Typography>
      )}
    </Box>
  );
}
