import Chip from '@mui/material/Chip';
import type { Theme } from '@mui/material/styles';
import Tooltip from '@mui/material/Tooltip';
import { PRIORITY_LABELS, type Priority } from '../../../shared/domain/vocab';

/** "P1".."P6" with its label as tooltip; P1 and P2 (emergency, blocker) stand out. */
export function PriorityChip({ priority }: { priority: Priority }) {
  const label = PRIORITY_LABELS[priority];
  const loud = priority === 'P1' ? 'error' : priority === 'P2' ? 'warning' : null;
  return (
    <Tooltip title={`${priority} ${label}`}>
      <Chip
        label={priority}
        color={loud ?? 'default'}
        variant={loud ? 'filled' : 'outlined'}
        sx={{ height: 20, fontWeight: 600, '& .MuiChip-label': { px: 0.75 } }}
      />
    </Tooltip>
  );
}

/** The class of `PriorityTag`; its look comes from `priorityTagStyles` in the page's styles. */
export const PRIORITY_TAG_CLASS = 'sd-priority';

/**
 * `PriorityChip` for rows mounted by the dozen (the queue): one `<span>` styled by class names
 * that exist once in the page (`priorityTagStyles`), the label in its `title` (the native tooltip)
 * instead of a Tooltip per row, and as its accessible name like the chip's.
 */
export function PriorityTag({ priority }: { priority: Priority }) {
  const label = `${priority} ${PRIORITY_LABELS[priority]}`;
  return (
    <span className={`${PRIORITY_TAG_CLASS} ${PRIORITY_TAG_CLASS}-${priority}`} title={label} aria-label={label}>
      {priority}
    </span>
  );
}

/** The small chip's look (MUI's small Chip at 20 px as `PriorityChip` draws it), as a plain style object. */
export function chipLook(theme: Theme) {
  return {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    height: 20,
    maxWidth: '100%',
    padding: `0 ${theme.spacing(0.75)}`,
    borderRadius: 10,
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.pxToRem(13),
    lineHeight: 1.5,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
    color: theme.palette.text.primary,
    backgroundColor: 'transparent',
    border: `1px solid ${theme.palette.grey[400]}`,
  } as const;
}

/** `PriorityTag`'s classes (keys are selectors; the queue nests them under its list): outlined, P1 red and P2 orange filled, as `PriorityChip`. */
export function priorityTagStyles(theme: Theme) {
  const filled = (color: 'error' | 'warning') => ({ border: 0, backgroundColor: theme.palette[color].main, color: theme.palette[color].contrastText });
  return {
    [`.${PRIORITY_TAG_CLASS}`]: { ...chipLook(theme), fontWeight: 600 },
    [`.${PRIORITY_TAG_CLASS}-P1`]: filled('error'),
    [`.${PRIORITY_TAG_CLASS}-P2`]: filled('warning'),
  };
}
