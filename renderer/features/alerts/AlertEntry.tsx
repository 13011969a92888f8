import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import type { Alert } from '../../../shared/contract/index';
import { AGENT_STATUS_LABELS, type AlertKind } from '../../../shared/domain/vocab';
import { formatInstantFull, waitingSince } from '../../lib/format';
import { WARNING_LOOK } from '../sla/SlaBadge';

export const ALERT_KIND_LABELS: Record<AlertKind, string> = { warning: 'Due soon', breached: 'Breached' };
const KIND_COLORS = { warning: 'warning', breached: 'error' } as const;
const screenReaderOnly = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * The notification's title without what the entry's first line already shows: "Due soon: C-1042 ·
 * 14 min business left" reads "14 min business left" under the "Due soon" chip and the key.
 * Any other title is shown whole.
 */
export function entryTitle(alert: Pick<Alert, 'kind' | 'key' | 'title'>): string {
  const prefix = `${ALERT_KIND_LABELS[alert.kind]}: ${alert.key} · `;
  return alert.title.startsWith(prefix) && alert.title.length > prefix.length ? alert.title.slice(prefix.length) : alert.title;
}

/** The kind chip: breached red (filled while unread); due soon in the SLA badge's readable amber. */
function KindChip({ kind, unread }: { kind: AlertKind; unread: boolean }) {
  if (kind === 'warning') {
    return (
      <Chip
        label={ALERT_KIND_LABELS.warning}
        color="warning"
        variant="outlined"
        sx={{ color: WARNING_LOOK.ink, borderColor: 'warning.main', bgcolor: unread ? WARNING_LOOK.paper : undefined, fontWeight: unread ? 600 : 400 }}
      />
    );
  }
  return <Chip label={ALERT_KIND_LABELS[kind]} color={KIND_COLORS[kind]} variant={unread ? 'filled' : 'outlined'} sx={{ fontWeight: unread ? 600 : 400 }} />;
}

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
        <KindChip kind={alert.kind} unread={unread} />
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
        {entryTitle(alert)}
      </Typography>
      {/* The body's lines (who and what; when a late one came due) stay lines; long words wrap. */}
      <Typography variant="body2" sx={{ color: 'text.secondary', whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
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
