import FiberManualRecord from '@mui/icons-material/FiberManualRecord';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect } from 'react';
import type { BoardAgent, TeamBoard } from '../../../shared/contract/team';
import { AGENT_STATUS_LABELS } from '../../../shared/domain/vocab';
import { getApiClient } from '../../api';
import { formatInstant } from '../../lib/format';
import { STATUS_COLORS } from '../session/AgentMenu';
import { useTimeZone } from '../session/sessionStore';
import { useTeamStore } from './teamStore';

/** "09:00–13:00, 14:00–17:00" or "Not scheduled today". */
const scheduleText = (a: BoardAgent) => (a.schedule.length === 0 ? 'Not scheduled today' : a.schedule.map(([from, to]) => `${from}–${to}`).join(', '));

function Status({ a }: { a: BoardAgent }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<FiberManualRecord sx={{ '&&': { color: STATUS_COLORS[a.agent.status] } }} />}
      label={AGENT_STATUS_LABELS[a.agent.status]}
    />
  );
}

function Counts({ a }: { a: BoardAgent }) {
  return (
    <>
      <span>{a.openItems} open</span>
      {a.atRisk > 0 && <Chip size="small" color="warning" label={`${a.atRisk} in warning or breached`} sx={{ ml: 1 }} />}
    </>
  );
}

/**
 * The team board for leads (docs/roles.md, `team.board`): every agent with their status, their
 * schedule today in their own time zone, their open items and those in warning or breached, today's
 * queue monitor (a lead sets it here) and the sweep log: the basis for choosing new owners.
 */
export function TeamBoardDialog() {
  const open = useTeamStore((s) => s.open);
  const board = useTeamStore((s) => s.board);
  const error = useTeamStore((s) => s.error);
  const narrow = useMediaQuery('(max-width: 719px)');
  const timeZone = useTimeZone();
  const { close, refresh } = useTeamStore.getState();

  // Kept current while open: any change to agents, cases or the sweep reads the board again.
  useEffect(() => {
    if (!open) return;
    return getApiClient().on('changed', ({ topics }) => {
      if (topics.some((t) => t === 'agents' || t === 'cases' || t === 'interactions' || t === 'sweep' || t === 'workspace' || t === 'audit')) void refresh();
    });
  }, [open, refresh]);

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="lg" fullScreen={useMediaQuery('(max-width: 599px)')} aria-labelledby="team-board-title">
      <DialogTitle id="team-board-title">Team board{board ? ` · ${board.day}` : ''}</DialogTitle>
      <DialogContent dividers data-testid="team-board">
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {board && <Board board={board} narrow={narrow} timeZone={timeZone} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function Board({ board, narrow, timeZone }: { board: TeamBoard; narrow: boolean; timeZone: string | undefined }) {
  const now = Date.parse(board.at);
  return (
    <Stack spacing={2}>
      <Stack direction={narrow ? 'column' : 'row'} spacing={2} sx={{ alignItems: narrow ? 'stretch' : 'center' }}>
        <TextField
          select
          size="small"
          label="Queue monitor today"
          value={board.queueMonitor?.id ?? ''}
          onChange={(e) => void useTeamStore.getState().setQueueMonitor(e.target.value === '' ? null : e.target.value)}
          sx={{ minWidth: 240 }}
          helperText="May assign unassigned work to others today"
          // "Nobody" shows as chosen (not an empty field under its label).
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'queue-monitor' } }}
        >
          <MenuItem value="">Nobody</MenuItem>
          {board.agents.map((a) => (
            <MenuItem key={a.agent.id} value={a.agent.id}>
              {a.agent.name}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          {board.unassigned} unassigned · {board.agents.filter((a) => a.agent.status === 'available').length} of {board.agents.length} available
        </Typography>
      </Stack>

      {narrow ? (
        <Stack spacing={1} component="ul" aria-label="Agents" sx={{ p: 0, m: 0, listStyle: 'none' }}>
          {board.agents.map((a) => (
            <Paper component="li" key={a.agent.id} variant="outlined" sx={{ p: 1.5 }} data-testid={`board-agent-${a.agent.id}`}>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Typography sx={{ fontWeight: 600 }}>
                  {a.agent.name}
                  {a.agent.role === 'lead' ? ' · Lead' : ''}
                  {a.queueMonitor ? ' · Queue monitor' : ''}
                </Typography>
                <Status a={a} />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {scheduleText(a)} ({a.agent.timeZone}){a.onShift ? ' · on shift now' : ''}
              </Typography>
              <Typography variant="body2" component="div" sx={{ mt: 0.5 }}>
                <Counts a={a} />
              </Typography>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table size="small" aria-label="Agents">
          <TableHead>
            <TableRow>
              <TableCell>Agent</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Schedule today (their time)</TableCell>
              <TableCell>Open items</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {board.agents.map((a) => (
              <TableRow key={a.agent.id} data-testid={`board-agent-${a.agent.id}`}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {a.agent.name}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {[a.agent.role === 'lead' ? 'Lead' : 'Agent', a.queueMonitor ? 'Queue monitor' : null].filter(Boolean).join(' · ')}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Status a={a} />
                </TableCell>
                <TableCell>
                  {scheduleText(a)}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {a.agent.timeZone}
                    {a.onShift ? ' · on shift now' : ''}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Counts a={a} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Box>
        <Typography variant="subtitle2" component="h3">
          Sweep log
        </Typography>
        {/* The sweep leaves live calls and chats aside: its count is not the unassigned count above. */}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
          What each sweep found waiting in Unassigned (calls and chats are answered live, not swept).
        </Typography>
        {board.sweeps.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No sweep has run yet.
          </Typography>
        ) : (
          <Stack component="ul" aria-label="Sweep log" spacing={0.5} sx={{ p: 0, m: 0, listStyle: 'none' }}>
            {board.sweeps.map((s, i) => (
              <Typography component="li" variant="body2" key={`${s.at}-${i}`}>
                {formatInstant(s.at, timeZone, now)} · {s.agentName ?? 'nobody'} · {s.unassigned} waiting, {s.new} new, {s.warning} in warning, {s.breached} breached
              </Typography>
            ))}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
