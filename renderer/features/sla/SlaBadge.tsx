import Chip from '@mui/material/Chip';
import type { Theme } from '@mui/material/styles';
import Tooltip from '@mui/material/Tooltip';
import type { Sla } from '../../../shared/contract/index';
import type { SlaState } from '../../../shared/domain/vocab';
import { chipLook } from '../queue/PriorityChip';
import { liveSla, slaAccessibleText, slaDueText, slaFigure } from './slaText';

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
  /**
   * The queue row's form: the time left or over only (`slaFigure`), the full text in the native tooltip (`title`).
   * One plain `<span>` without MUI components (rows mount by the dozen while scrolling); its look
   * comes from `compactSlaBadgeStyles`, which the surrounding styles must include (the queue's do).
   */
  compact?: boolean;
}

/** The class of the compact badge; `-ok`, `-warning`, `-breached` add the state's look. */
export const COMPACT_BADGE_CLASS = 'sd-sla-compact';

/**
 * The case's SLA timer: "due Tue 10:30 · 1 h 20 min business left" or "was due Mon 16:00 · 35 min
 * business over"; compact: the figure alone ("1 h 20 min business left"). The tooltip and the
 * accessible name carry the class and the full text.
 */
export function SlaBadge({ sla: served, timeZone, now, warningAt = null, compact = false }: SlaBadgeProps) {
  const sla = liveSla(served, now, warningAt);
  const full = slaAccessibleText(sla, timeZone, now);
  if (compact) {
    return (
      <span
        className={`${COMPACT_BADGE_CLASS} ${COMPACT_BADGE_CLASS}-${sla.state}`}
        data-testid="sla-badge"
        data-state={sla.state}
        data-class={sla.class}
        aria-label={full}
        title={full}
      >
        {slaFigure(sla)}
      </span>
    );
  }
  const look = LOOKS[sla.state];
  return (
    <Tooltip title={full} describeChild>
      <Chip
        data-testid="sla-badge"
        data-state={sla.state}
        data-class={sla.class}
        aria-label={full}
        label={slaDueText(sla, timeZone, now)}
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

/** The compact badge's look (keys are selectors), the same as the full badge's chip per state. */
export function compactSlaBadgeStyles(theme: Theme) {
  return {
    [`.${COMPACT_BADGE_CLASS}`]: { ...chipLook(theme), flexShrink: 0, fontVariantNumeric: 'tabular-nums', fontWeight: 600 },
    [`.${COMPACT_BADGE_CLASS}-ok`]: { fontWeight: 400 },
    [`.${COMPACT_BADGE_CLASS}-warning`]: { color: WARNING_LOOK.ink, borderColor: theme.palette.warning.main, backgroundColor: WARNING_LOOK.paper },
    [`.${COMPACT_BADGE_CLASS}-breached`]: { border: 0, color: theme.palette.error.contrastText, backgroundColor: theme.palette.error.main },
  };
}
