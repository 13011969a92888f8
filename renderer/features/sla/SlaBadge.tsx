import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { Sla } from '../../../shared/contract/index';
import type { SlaState } from '../../../shared/domain/vocab';
import { liveSla, slaAccessibleText, slaDueText, slaLeftText } from './slaText';

/**
 * "Due soon" amber that reads as text: MUI's warning orange (and its dark shade) on white or light
 * amber stays under 4:1, too faint for a small label; this ink on the light amber is above 5:1.
 * The notification centre's "Due soon" chips use the same pair.
 */
export const WARNING_LOOK = { ink: '#a84f00', paper: '#fff8e1' } as const;

/** ok: a quiet outline; warning: amber; breached: red, filled. */
const LOOKS: Record<SlaState, { color: 'default' | 'warning' | 'error'; variant: 'outlined' | 'filled' }> = {
  ok: { color: 'default', variant: 'outlined' },
  warning: { color: 'warning', variant: 'outlined' },
  breached: { color: 'error', variant: 'filled' },
};

interface SlaBadgeProps {
  sla: Sla;
  /** The agent's time zone (the deadline is shown in it). */
  timeZone: string | undefined;
  /** Epoch ms; the badge moves on with it (see `liveSla`). */
  now: number;
  /** When the timer turns to warning (the item's `slaWarningAt`); without it the badge turns amber on the next re-read. */
  warningAt?: string | null;
  /** The queue row's form: time left or over only, the deadline in the tooltip. */
  compact?: boolean;
}

/**
 * The case's SLA timer: "due Tue 10:30 · 1 h 20 min business left" or "due Mon 16:00 · 35 min over";
 * compact: "1 h 20 min left". The tooltip and the accessible name carry the class and the full text.
 */
export function SlaBadge({ sla: served, timeZone, now, warningAt = null, compact = false }: SlaBadgeProps) {
  const sla = liveSla(served, now, warningAt);
  const full = slaAccessibleText(sla, timeZone, now);
  const look = LOOKS[sla.state];
  return (
    <Tooltip title={full} describeChild>
      <Chip
        data-testid="sla-badge"
        data-state={sla.state}
        data-class={sla.class}
        aria-label={full}
        label={compact ? slaLeftText(sla, { clockName: false }) : slaDueText(sla, timeZone, now)}
        color={look.color}
        variant={look.variant}
        sx={{
          height: 20,
          flexShrink: 0,
          fontVariantNumeric: 'tabular-nums',
          fontWeight: sla.state === 'ok' ? 400 : 600,
          '& .MuiChip-label': { px: 0.75 },
          ...(sla.state === 'warning' && { color: WARNING_LOOK.ink, borderColor: 'warning.main', bgcolor: WARNING_LOOK.paper }),
        }}
      />
    </Tooltip>
  );
}
