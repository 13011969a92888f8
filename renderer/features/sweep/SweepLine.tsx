import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import { SWEEP_MINUTES } from '../../../shared/domain/sweep';
import { useNow } from '../../lib/clock';
import { useSweepStore } from './sweepStore';
import { sweepCountdownText } from './sweepText';

/** Said beside the countdown to anyone who is not a lead. */
export const SWEEP_INTERVAL_WHO = 'Interval set by the team’s leads';

/** How often the countdown moves on (it shows whole minutes). */
const COUNTDOWN_TICK_MS = 10_000;

/**
 * The small line above the Unassigned view: when the next sweep comes and how often, a control to
 * change the interval (5-60 min, the core's refusal shown; a workspace setting only leads change,
 * read-only for others, who are told so), and the way into the sweep log.
 */
export function SweepLine() {
  const status = useSweepStore((s) => s.status);
  const now = useNow(COUNTDOWN_TICK_MS);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void useSweepStore.getState().load();
  }, []);
  if (!status) return null;
  const text = sweepCountdownText(status, now);
  if (text === null) return null;
  return (
    <Box
      data-testid="sweep-line"
      data-silenced={status.silencedBy ? 'true' : 'false'}
      sx={{ px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.25 }}>
        <Typography variant="caption" color="text.secondary" data-testid="sweep-countdown" sx={{ flex: '1 1 auto', minWidth: 0 }}>
          {text}
        </Typography>
        {/* The interval is the workspace's (docs/schedules.md): leads change it, everyone else is told who may. */}
        {!editing && status.editable && (
          <Button size="small" sx={{ minWidth: 0, py: 0, fontSize: '0.75rem' }} onClick={() => setEditing(true)} data-testid="sweep-interval-edit">
            Change interval
          </Button>
        )}
        {!status.editable && (
          <Typography variant="caption" color="text.secondary" data-testid="sweep-interval-who">
            {SWEEP_INTERVAL_WHO}
          </Typography>
        )}
        <Button size="small" sx={{ minWidth: 0, py: 0, fontSize: '0.75rem' }} onClick={() => void useSweepStore.getState().openLog()} data-testid="sweep-log-open">
          Sweep log
        </Button>
      </Box>
      {editing && <IntervalForm current={status.everyMinutes} onDone={() => setEditing(false)} />}
    </Box>
  );
}

function IntervalForm({ current, onDone }: { current: number; onDone: () => void }) {
  const [value, setValue] = useState(String(current));
  const error = useSweepStore((s) => s.intervalError);
  const saving = useSweepStore((s) => s.savingInterval);
  const { setInterval, clearIntervalError } = useSweepStore.getState();
  const cancel = () => {
    clearIntervalError();
    onDone();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Sent as typed (a number when it reads as one): the core checks the range and says why not.
    const minutes = value.trim() === '' ? Number.NaN : Number(value);
    if (await setInterval(minutes)) onDone();
  };
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      data-testid="sweep-interval-form"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1, py: 0.75 }}
    >
      <TextField
        size="small"
        type="number"
        label="Sweep every (minutes)"
        value={value}
        autoFocus
        onChange={(event) => {
          setValue(event.target.value);
          if (error) clearIntervalError();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') cancel();
        }}
        error={error !== null}
        helperText={error ?? `${SWEEP_MINUTES.min} to ${SWEEP_MINUTES.max} minutes`}
        slotProps={{ htmlInput: { min: SWEEP_MINUTES.min, max: SWEEP_MINUTES.max, step: 1, 'data-testid': 'sweep-interval-input' } }}
        sx={{ width: 190 }}
      />
      <Button type="submit" variant="contained" size="small" disabled={saving} sx={{ mt: 0.5 }} data-testid="sweep-interval-save">
        Save
      </Button>
      <Button size="small" onClick={cancel} sx={{ mt: 0.5 }}>
        Cancel
      </Button>
    </Box>
  );
}
