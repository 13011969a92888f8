import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import type { Alert } from '../../../shared/contract/index';
import { AGENT_STATUS_LABELS, type AlertKind } from '../../../shared/domain/vocab';
import { formatInstantFull, waitingSince } from '../../lib/format';

export const ALERT_KIND_LABELS: Record<AlertKind, string> = { warning: 'Due soon', breached: 'Breached' };
const KIND_COLORS = { warning: 'warning', breached: 'error' } as const;
const screenReaderOnly = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** One alert in the centre: kind, case key, when it fired, its text and marks; unread ones stand out. */
export function AlertEntry({ alert, now, timeZone, onOpen }: { alert: Alert; now: number; timeZone: string | undefined; onOpen: () => void }) {
  const unread = !alert.read;
  return (
    <ListItemButton
      data-testid="alert-entry"
      data-kind={alert.kind}
      data-read={alert.read}
      onClick={onOpen}
      sx={{
        display: 'block',
        borderLeft: 3,
        borderColor: unread ? `${KIND_COLORS[alert.kind]}.main` : 'transparent',
        bgcolor: unread ? 'action.hover' : undefined,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        <Chip label={ALERT_KIND_LABELS[alert.kind]} color={KIND_COLORS[alert.kind]} variant={unread ? 'filled' : 'outlined'} />
        <Typography variant="subtitle2" component="span">
          {alert.key}
        </Typography>
        {unread && (
          <Box component="span" sx={screenReaderOnly}>
            (unread)
          </Box>
        )}
        <Typography variant="caption" component="time" dateTime={alert.firedAt} title={formatInstantFull(alert.firedAt, timeZone)} sx={{ ml: 'auto', color: 'text.secondary' }}>
          {waitingSince(alert.firedAt, now)} ago
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ fontWeight: unread ? 700 : 400, mt: 0.5 }}>
        {alert.title}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {alert.body}
      </Typography>
      {(alert.late || alert.delivery === 'silenced') && (
        <Box sx={{ display: 'flex', gap: 0.75, mt: 0.5, flexWrap: 'wrap' }}>
          {alert.late && (
            <Chip
              variant="outlined"
              label="Late"
              title={`Due ${formatInstantFull(alert.dueAt, timeZone)}; raised after this computer slept or Shiftdesk was closed`}
            />
          )}
          {alert.delivery === 'silenced' && (
            <Chip variant="outlined" label={alert.silencedBy ? `Silenced while ${AGENT_STATUS_LABELS[alert.silencedBy]}` : 'Silenced'} />
          )}
        </Box>
      )}
    </ListItemButton>
  );
}
