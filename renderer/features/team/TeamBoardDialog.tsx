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
import { useEffect, useState } from 'react';
import type { BoardAgent, BoardSplit, TeamBoard } from '../../../shared/contract/team';
import { AGENT_STATUS_LABELS } from '../../../shared/domain/vocab';
import { getApiClient } from '../../api';
import { formatInstant } from '../../lib/format';
import { fromLocalInput, toLocalInput } from '../case/FieldEditors';
import { useQueueStore } from '../queue/queueStore';
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

/** Closes the board and opens the case in the detail pane (as a notification does). */
function openSplit(caseId: string): void {
  useTeamStore.getState().close();
  void useQueueStore
    .getState()
    .openCase(caseId)
    .catch(() => {
      // The case went away meanwhile: the board, read again, no longer lists it.
    });
}

/**
 * *Splits waiting for your approval* (docs/roles.md "Splits"): an agent's split, oldest first; each
 * opens its case, where the lead approves it with a note.
 */
function SplitsWaiting({ splits, timeZone, now }: { splits: BoardSplit[]; timeZone: string | undefined; now: number }) {
  return (
    <Box data-testid="splits-waiting">
      <Typography variant="subtitle2" component="h3">
        Splits waiting for your approval{splits.length > 0 ? ` (${splits.length})` : ''}
      </Typography>
      {splits.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No split is waiting.
        </Typography>
      ) : (
        <>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
            Open a case to approve it there with your note.
          </Typography>
          <Stack component="ul" aria-label="Splits waiting for your approval" spacing={0.5} sx={{ p: 0, m: 0, listStyle: 'none' }}>
            {splits.map((s) => (
              <Box component="li" key={s.id} data-testid="split-waiting">
                <Button
                  size="small"
                  onClick={() => openSplit(s.id)}
                  sx={{ textTransform: 'none', justifyContent: 'flex-start', textAlign: 'left', px: 1, width: '100%', display: 'block' }}
                >
                  <Typography variant="body2" component="span" sx={{ fontWeight: 600, display: 'block', overflowWrap: 'anywhere' }}>
                    {s.key} · {s.subject}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                    Split from {s.fromKey ?? 'a case'} by {s.requestedByName ?? 'someone'} · {formatInstant(s.requestedAt, timeZone, now)}
                  </Typography>
                </Button>
              </Box>
            ))}
          </Stack>
        </>
      )}
    </Box>
  );
}

/** An hour from the board's instant, rounded up to the quarter hour, in the lead's zone (the dialog's first value). */
function defaultUntil(at: string, timeZone: string | undefined): string {
  const quarter = 15 * 60_000;
  return toLocalInput(new Date(Math.ceil((Date.parse(at) + 60 * 60_000) / quarter) * quarter).toISOString(), timeZone);
}

/** *Off queue…* on an agent's row: until when and why, then `team.approveOffQueue` (sets them Unavailable; recorded). */
function OffQueueDialog({ agent, at, timeZone, onClose }: { agent: BoardAgent['agent']; at: string; timeZone: string | undefined; onClose(): void }) {
  const [until, setUntil] = useState(() => defaultUntil(at, timeZone));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const iso = until ? fromLocalInput(until, timeZone) : null;
  const submit = async () => {
    if (!iso || !reason.trim()) return;
    setBusy(true);
    const refused = await useTeamStore.getState().approveOffQueue(agent.id, iso, reason.trim());
    setBusy(false);
    if (refused) setError(refused);
    else onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="off-queue-title">
      <DialogTitle id="off-queue-title">Off queue: {agent.name}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Sets {agent.name} Unavailable now; recorded in the audit list with your name and the reason.
        </Typography>
        <Stack spacing={2}>
          <TextField
            type="datetime-local"
            size="small"
            label="Until"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
            helperText={`Your time${timeZone ? ` (${timeZone})` : ''}`}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField size="small" label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={2} required />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={busy || !iso || !reason.trim()} onClick={() => void submit()}>
          Approve off queue
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function OffQueueButton({ a, onPick }: { a: BoardAgent; onPick(a: BoardAgent): void }) {
  return (
    <Button size="small" onClick={() => onPick(a)} aria-label={`Off queue… ${a.agent.name}`} data-testid="off-queue" sx={{ minWidth: 0, px: 0.5 }}>
      Off queue…
    </Button>
  );
}

function Board({ board, narrow, timeZone }: { board: TeamBoard; narrow: boolean; timeZone: string | undefined }) {
  const now = Date.parse(board.at);
  const [offQueue, setOffQueue] = useState<BoardAgent | null>(null);
  return (
    <Stack spacing={2}>
      {offQueue && <OffQueueDialog agent={offQueue.agent} at={board.at} timeZone={timeZone} onClose={() => setOffQueue(null)} />}
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

      <SplitsWaiting splits={board.splitsWaiting} timeZone={timeZone} now={now} />

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
              <Stack direction="row" sx={{ mt: 0.5, justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Typography variant="body2" component="div">
                  <Counts a={a} />
                </Typography>
                <OffQueueButton a={a} onPick={setOffQueue} />
              </Stack>
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
                  <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                    <Status a={a} />
                    <OffQueueButton a={a} onPick={setOffQueue} />
                  </Stack>
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
