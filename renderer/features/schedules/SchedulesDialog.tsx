import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useState } from 'react';
import type { AgentSchedule, UpkeepBlockInput } from '../../../shared/contract/schedules';
import { UPKEEP_MIN_DAYS, UPKEEP_MIN_MINUTES } from '../../../shared/domain/schedule';
import { WEEKDAYS } from '../../../shared/domain/vocab';
import { api } from '../../api';
import { useAction } from '../../lib/useAction';
import { useSessionStore } from '../session/sessionStore';
import { textToWeek, weekToText, WEEKDAY_LABELS, type WeekText } from './scheduleForm';
import { useSchedulesStore } from './schedulesStore';

export const SCHEDULES_READ_ONLY_TEXT = 'Only leads can change schedules and SLA upkeep blocks; you can see them here.';

/**
 * Schedules (`docs/schedules.md`): pick an agent; their weekly windows (in their own time zone) and
 * their SLA upkeep blocks (at least two days a week, at least an hour each). Leads save each part
 * (`schedules.set`, `schedules.setUpkeep`); others see the same screen read-only.
 */
export function SchedulesDialog() {
  const open = useSchedulesStore((s) => s.open);
  const agents = useSchedulesStore((s) => s.agents);
  const agentId = useSchedulesStore((s) => s.agentId);
  const schedule = useSchedulesStore((s) => s.schedule);
  const loadError = useSchedulesStore((s) => s.loadError);
  const { close, pick } = useSchedulesStore.getState();
  const readOnly = useSessionStore((s) => s.agent?.role !== 'lead');
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

  return (
    <Dialog open={open} onClose={close} fullWidth fullScreen={narrow} maxWidth="md" aria-labelledby="schedules-title">
      <DialogTitle id="schedules-title">Schedules</DialogTitle>
      <DialogContent dividers data-testid="schedules-dialog">
        {readOnly && (
          <Alert severity="info" role="note" sx={{ mb: 2 }} data-testid="schedules-read-only">
            {SCHEDULES_READ_ONLY_TEXT}
          </Alert>
        )}
        <TextField
          select
          size="small"
          label="Agent"
          value={agentId ?? ''}
          onChange={(e) => void pick(e.target.value)}
          sx={{ minWidth: 240, mb: 2 }}
          slotProps={{ htmlInput: { 'data-testid': 'schedules-agent' } }}
        >
          {agents.map((a) => (
            <MenuItem key={a.id} value={a.id}>
              {a.name}
            </MenuItem>
          ))}
        </TextField>
        {loadError && (
          <Alert severity="error" role="alert">
            Could not read the schedule: {loadError}
          </Alert>
        )}
        {schedule && <ScheduleForms key={schedule.agentId} schedule={schedule} readOnly={readOnly} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function ScheduleForms({ schedule, readOnly }: { schedule: AgentSchedule; readOnly: boolean }) {
  const today = schedule.today.map((s) => `${s.from}-${s.to}`).join(', ');
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="schedules-zone">
        Times are in {schedule.name}’s time zone, {schedule.timeZone}. Today: {today || 'no shift'}.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 4 }}>
        <WeekForm schedule={schedule} readOnly={readOnly} />
        <UpkeepForm schedule={schedule} readOnly={readOnly} />
      </Box>
    </Box>
  );
}

function WeekForm({ schedule, readOnly }: { schedule: AgentSchedule; readOnly: boolean }) {
  const [text, setText] = useState<WeekText>(() => weekToText(schedule.schedule));
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();
  const save = async () => {
    setDone(false);
    const parsed = textToWeek(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    if (await run(async () => useSchedulesStore.getState().saved(await api.call('schedules.set', { agentId: schedule.agentId, schedule: parsed.week })))) setDone(true);
  };
  return (
    <Box component="section" aria-labelledby="schedules-week-title" data-testid="schedules-week">
      <Typography id="schedules-week-title" variant="subtitle1" component="h3" sx={{ mb: 1 }}>
        Weekly shifts
      </Typography>
      {WEEKDAYS.map((day) => (
        <TextField
          key={day}
          size="small"
          fullWidth
          label={WEEKDAY_LABELS[day]}
          placeholder={readOnly ? 'No shift' : '07:00-13:00, 14:00-17:00'}
          value={text[day]}
          disabled={readOnly}
          onChange={(e) => {
            setText({ ...text, [day]: e.target.value });
            setDone(false);
          }}
          sx={{ mb: 1 }}
          slotProps={{ htmlInput: { 'data-testid': `schedules-day-${day}` } }}
        />
      ))}
      {error && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          Not saved: {error}
        </Alert>
      )}
      {done && (
        <Alert severity="success" role="status" sx={{ mb: 1 }}>
          Shifts saved; reminders follow them.
        </Alert>
      )}
      {!readOnly && (
        <Button variant="contained" size="small" disabled={busy} onClick={() => void save()} data-testid="schedules-week-save">
          Save shifts
        </Button>
      )}
    </Box>
  );
}

/**
 * One upkeep block's fields on a line that fills the column, each wide enough for its value (a start
 * time reads "10:30 AM" whole); on a phone two lines, Day and Starts then Minutes, with a rule under
 * each block so its fields stay together.
 */
const BLOCK_ROW = {
  display: 'grid',
  gap: 1,
  mb: 1,
  alignItems: 'center',
  gridTemplateColumns: { xs: 'minmax(0, 1fr) minmax(0, 1fr)', sm: 'minmax(110px, 1.1fr) minmax(135px, 1.3fr) minmax(80px, 0.9fr) auto' },
  pb: { xs: 1, sm: 0 },
  borderBottom: { xs: 1, sm: 0 },
  borderColor: 'divider',
} as const;

function UpkeepForm({ schedule, readOnly }: { schedule: AgentSchedule; readOnly: boolean }) {
  const [blocks, setBlocks] = useState<UpkeepBlockInput[]>(schedule.blocks);
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  const edit = (i: number, change: Partial<UpkeepBlockInput>) => {
    setBlocks(blocks.map((b, k) => (k === i ? { ...b, ...change } : b)));
    setDone(false);
  };
  const save = async () => {
    setDone(false);
    if (await run(async () => useSchedulesStore.getState().saved(await api.call('schedules.setUpkeep', { agentId: schedule.agentId, blocks })))) setDone(true);
  };
  return (
    <Box component="section" aria-labelledby="schedules-upkeep-title" data-testid="schedules-upkeep">
      <Typography id="schedules-upkeep-title" variant="subtitle1" component="h3">
        SLA upkeep blocks
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        At least {UPKEEP_MIN_DAYS} days a week, at least {UPKEEP_MIN_MINUTES} minutes each. During a block the agent is In a meeting and checks in on aging cases.
      </Typography>
      {blocks.length === 0 && (
        <Typography variant="body2" sx={{ mb: 1 }} data-testid="schedules-upkeep-none">
          No upkeep blocks yet.
        </Typography>
      )}
      {blocks.map((b, i) => (
        <Box key={i} sx={BLOCK_ROW} data-testid="schedules-block">
          <TextField select size="small" label="Day" value={b.day} disabled={readOnly} onChange={(e) => edit(i, { day: e.target.value as UpkeepBlockInput['day'] })}>
            {WEEKDAYS.map((d) => (
              <MenuItem key={d} value={d}>
                {WEEKDAY_LABELS[d]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label="Starts"
            type="time"
            value={b.start}
            disabled={readOnly}
            onChange={(e) => edit(i, { start: e.target.value })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `schedules-block-start-${i}` } }}
          />
          <TextField
            size="small"
            label="Minutes"
            type="number"
            value={Number.isFinite(b.minutes) ? b.minutes : ''}
            disabled={readOnly}
            onChange={(e) => edit(i, { minutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            slotProps={{ htmlInput: { min: UPKEEP_MIN_MINUTES, step: 15, 'data-testid': `schedules-block-minutes-${i}` } }}
          />
          {!readOnly && (
            <IconButton size="small" sx={{ justifySelf: 'start' }} aria-label={`Remove the ${WEEKDAY_LABELS[b.day]} block`} onClick={() => setBlocks(blocks.filter((_, k) => k !== i))}>
              ×
            </IconButton>
          )}
        </Box>
      ))}
      {error && (
        <Alert severity="error" role="alert" sx={{ mb: 1, overflowWrap: 'anywhere' }} data-testid="schedules-upkeep-error">
          Not saved: {error}
        </Alert>
      )}
      {done && (
        <Alert severity="success" role="status" sx={{ mb: 1 }}>
          Upkeep blocks saved.
        </Alert>
      )}
      {!readOnly && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button size="small" onClick={() => setBlocks([...blocks, { day: 'tue', start: '10:00', minutes: 60 }])} data-testid="schedules-block-add">
            Add block
          </Button>
          <Button variant="contained" size="small" disabled={busy} onClick={() => void save()} data-testid="schedules-upkeep-save">
            Save upkeep blocks
          </Button>
        </Box>
      )}
    </Box>
  );
}
