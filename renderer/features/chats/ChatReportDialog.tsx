import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { useEffect, useState } from 'react';
import type { ChatReport } from '../../../shared/contract/chats';
import { CHAT_OUTCOMES, CHAT_OUTCOME_LABELS, CHAT_OUTCOME_SHORT, localDayOf } from '../../../shared/domain/chatOutcomes';
import { isLocalDate } from '../../../shared/interchange/fields';
import { useNow } from '../../lib/clock';
import { useTimeZone } from '../session/sessionStore';
import { useChatsStore } from './chatsStore';

/** Outcome colours from calm to alarming (1 happy ... 5 no workaround), and grey for none yet. */
const OUTCOME_COLORS = ['#3ccf8e', '#f5b942', '#5b8def', '#f08a4b', '#e5676b'] as const;
const NONE_COLOR = '#9aa5b1';

/**
 * The daily chat report (SOP "Chat Reporting", for the daily chat review): pick a day; the chats
 * that began that day in the team's time zone, counted by outcome per agent and for the team, as a
 * stacked bar chart (`@mui/x-charts`) and as a table with the numbers.
 */
export function ChatReportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const now = useNow();
  const timeZone = useTimeZone() ?? 'UTC';
  const [day, setDay] = useState(() => localDayOf(now, timeZone));
  const report = useChatsStore((s) => s.report);
  // A narrow window (the docked panel) gives the report the whole screen.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

  useEffect(() => {
    if (open && isLocalDate(day)) void useChatsStore.getState().loadReport(day);
  }, [open, day]);

  const data = report.day === day ? report.data : null;
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="chat-report-title" fullWidth maxWidth="md" fullScreen={narrow}>
      <DialogTitle id="chat-report-title">Chat report</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', pt: 1 }}>
          <TextField
            type="date"
            label="Day"
            size="small"
            value={day}
            onChange={(e) => setDay(e.target.value)}
            error={!isLocalDate(day)}
            helperText={isLocalDate(day) ? ' ' : 'Choose a day'}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {data && (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {data.team.total} {data.team.total === 1 ? 'chat' : 'chats'} began that day ({data.timeZone})
            </Typography>
          )}
        </Box>
        {report.loading && <LinearProgress aria-label="Reading the report" />}
        {report.error && report.day === day && <Alert severity="error">The report could not be read: {report.error}</Alert>}
        {data && (data.team.total === 0 ? <Typography sx={{ my: 2 }}>No chats that day.</Typography> : <ReportBody report={data} />)}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function rowsOf(report: ChatReport) {
  return [...report.agents.map((a) => ({ name: a.agent?.name ?? 'Nobody took it', counts: a.counts })), { name: 'Team', counts: report.team }];
}

function ReportBody({ report }: { report: ChatReport }) {
  const rows = rowsOf(report);
  const withNone = report.team.none > 0;
  const series = [
    ...CHAT_OUTCOMES.map((o, i) => ({ id: `o${o}`, label: `${o} ${CHAT_OUTCOME_SHORT[o]}`, data: rows.map((r) => r.counts.byOutcome[o]), stack: 'chats', color: OUTCOME_COLORS[i] })),
    ...(withNone ? [{ id: 'none', label: 'No outcome yet', data: rows.map((r) => r.counts.none), stack: 'chats', color: NONE_COLOR }] : []),
  ];
  return (
    <>
      <Box role="img" aria-label={`Bar chart of chats by outcome for ${rows.map((r) => `${r.name}: ${r.counts.total}`).join(', ')}`} data-testid="chat-report-chart">
        <BarChart
          height={300}
          xAxis={[{ scaleType: 'band', data: rows.map((r) => r.name) }]}
          yAxis={[{ tickMinStep: 1, label: 'Chats' }]}
          series={series}
        />
      </Box>
      <TableContainer>
        <Table size="small" aria-label="Chats by outcome">
          <TableHead>
            <TableRow>
              <TableCell>Agent</TableCell>
              {CHAT_OUTCOMES.map((o) => (
                <TableCell key={o} align="right" title={CHAT_OUTCOME_LABELS[o]}>
                  {o} {CHAT_OUTCOME_SHORT[o]}
                </TableCell>
              ))}
              {withNone && <TableCell align="right">No outcome</TableCell>}
              <TableCell align="right">Total</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r, i) => (
              <TableRow key={i} sx={i === rows.length - 1 ? { '& td, & th': { fontWeight: 600 } } : undefined}>
                <TableCell component="th" scope="row">
                  {r.name}
                </TableCell>
                {CHAT_OUTCOMES.map((o) => (
                  <TableCell key={o} align="right">
                    {r.counts.byOutcome[o]}
                  </TableCell>
                ))}
                {withNone && <TableCell align="right">{r.counts.none}</TableCell>}
                <TableCell align="right">{r.counts.total}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
