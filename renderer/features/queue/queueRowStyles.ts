import { keyframes, styled, type CSSObject, type Theme } from '@mui/material/styles';
import { compactSlaBadgeStyles } from '../sla/SlaBadge';
import { PRIORITY_TAG_CLASS, priorityTagStyles } from './PriorityChip';

/**
 * The queue rows' look as class names styled once, not MUI components with `sx`: a row is plain
 * elements with classes, so mounting one costs no style serialization (the list mounts a
 * screenful at every step of a fast scroll). The rules hang under `QueueFrame`, the list's
 * outer box, whose own styles emotion serializes and inserts once (a remount for another view
 * finds them in place).
 */

/** Row heights (px) per density; the virtualizer places rows by them. */
export const ROW_HEIGHT = 64;
export const COMPACT_ROW_HEIGHT = 60;
/** Below this width of the list (the docked panel, a narrow window) rows are compact. */
export const COMPACT_BELOW_PX = 480;

export type RowDensity = 'regular' | 'compact';

export const rowHeight = (density: RowDensity) => (density === 'compact' ? COMPACT_ROW_HEIGHT : ROW_HEIGHT);

/** Class names (`sd-q…`: the queue's own prefix in the global sheet). */
export const QR = {
  /** The scrolling listbox. */
  list: 'sd-q-list',
  /** The box of the rows (sized to the whole list); `compact` is added for the compact density. */
  rows: 'sd-q-rows',
  /** The rendered rows, one after the other, moved down to the first one's place as a whole. */
  window: 'sd-q-window',
  compact: 'sd-q-compact',
  row: 'sd-q-row',
  placeholder: 'sd-q-placeholder',
  icon: 'sd-q-icon',
  /** A row with a tick box before its icon (the Aging view's bulk check-in), and the box. */
  checkable: 'sd-q-checkable',
  check: 'sd-q-check',
  line1: 'sd-q-line1',
  subject: 'sd-q-subject',
  urgent: 'sd-q-urgent',
  wait: 'sd-q-wait',
  line2: 'sd-q-line2',
  line3: 'sd-q-line3',
  who: 'sd-q-who',
  status: 'sd-q-status',
  assignee: 'sd-q-assignee',
  why: 'sd-q-why',
  /** The channel word that starts the "why" line (hidden when compact: the icon says it). */
  whyChannel: 'sd-q-why-channel',
  bar: 'sd-q-bar',
} as const;

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.4; }
  100% { opacity: 1; }
`;

/** The list's outer box (a flex column: an error, then the list); the rows' classes live under it. */
export const QueueFrame = styled('div')(({ theme }) => queueRowStyles(theme));

function queueRowStyles(theme: Theme): CSSObject {
  const { palette, typography } = theme;
  const { body1, body2 } = typography;
  const text2 = { fontFamily: body2.fontFamily, fontSize: body2.fontSize, fontWeight: body2.fontWeight, letterSpacing: body2.letterSpacing, lineHeight: body2.lineHeight };
  return {
    ...priorityTagStyles(theme),
    ...compactSlaBadgeStyles(theme),
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    flex: 1,
    [`.${QR.list}`]: { flex: 1, minHeight: 0, overflowY: 'auto', outline: 'none', '&:focus-visible': { boxShadow: 'inset 0 0 0 2px', color: palette.primary.main } },
    [`.${QR.rows}`]: { position: 'relative', color: palette.text.primary },
    // One transformed box for all rows, not one per row: a transform per row made every row a
    // layer of its own, and style recalculation of a fresh screenful several times slower.
    [`.${QR.window}`]: { position: 'absolute', top: 0, left: 0, width: '100%' },
    [`.${QR.row}`]: {
      height: ROW_HEIGHT,
      boxSizing: 'border-box',
      display: 'grid',
      gridTemplateColumns: '24px minmax(0, 1fr)',
      gridTemplateRows: 'auto auto auto',
      alignContent: 'center',
      columnGap: theme.spacing(1),
      rowGap: 1,
      padding: `0 ${theme.spacing(1.5)}`,
      cursor: 'pointer',
      borderBottom: `1px solid ${palette.divider}`,
      borderLeft: '3px solid transparent',
      backgroundColor: palette.background.paper,
      '&:hover, &[data-active]': { backgroundColor: palette.action.hover },
      '&[data-active]': { outline: `1px dashed ${palette.primary.light}`, outlineOffset: -2 },
      '&[aria-selected="true"]': { borderLeftColor: palette.primary.main, backgroundColor: palette.action.selected },
    },
    [`.${QR.icon}`]: { gridRow: '1 / 4', alignSelf: 'center', width: 20, height: 20, flexShrink: 0 },
    [`.${QR.line1}, .${QR.line2}, .${QR.line3}`]: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.75), minWidth: 0 },
    [`.${QR.line2}, .${QR.line3}`]: { ...text2, lineHeight: 1.35, color: palette.text.secondary },
    // The subject has the first line to itself (the whole width, docked too).
    [`.${QR.subject}`]: { ...body1, ...ellipsis, flex: 1, minWidth: 0, fontWeight: 500, lineHeight: 1.35 },
    [`.${QR.urgent}`]: { color: palette.error.main, fontWeight: 600, marginRight: theme.spacing(0.5) },
    [`.${QR.wait}`]: {
      flexShrink: 0,
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(0.25),
      fontVariantNumeric: 'tabular-nums',
      '& svg': { width: 14, height: 14, fill: 'currentColor', flexShrink: 0 },
    },
    // The "why" takes what the priority, the badge and the waiting time leave, at the right.
    [`.${QR.why}`]: { ...ellipsis, flex: 1, minWidth: 0, textAlign: 'right' },
    [`.${QR.who}`]: { ...ellipsis, flex: 1, minWidth: 0 },
    [`.${QR.line2} .${PRIORITY_TAG_CLASS}`]: { flexShrink: 0 },
    [`.${QR.status}`]: { color: palette.text.primary, fontWeight: 500 },
    [`.${QR.assignee}`]: {
      color: palette.text.primary,
      '& svg': { width: 14, height: 14, fill: palette.text.secondary, verticalAlign: '-2px' },
    },
    [`.${QR.placeholder}`]: { cursor: 'default', '&:hover': { backgroundColor: palette.background.paper } },
    [`.${QR.bar}`]: {
      display: 'block',
      height: '0.8em',
      margin: '0.3em 0',
      borderRadius: 4,
      backgroundColor: theme.alpha(palette.text.primary, 0.11),
      animation: `${pulse} 2s ease-in-out 0.5s infinite`,
    },
    [`.${QR.placeholder} .${QR.icon}`]: { borderRadius: '50%', backgroundColor: theme.alpha(palette.text.primary, 0.11) },
    // Compact (a narrow list): tighter padding, a smaller icon, the channel word left to the icon.
    [`.${QR.compact} .${QR.row}`]: { height: COMPACT_ROW_HEIGHT, gridTemplateColumns: '18px minmax(0, 1fr)', padding: `0 ${theme.spacing(1)}` },
    [`.${QR.compact} .${QR.icon}`]: { width: 18, height: 18 },
    [`.${QR.compact} .${QR.whyChannel}`]: { display: 'none' },
    // The tick box of the bulk check-in: its own column before the icon, the whole row's height to aim at.
    [`.${QR.row}.${QR.checkable}`]: { gridTemplateColumns: '28px 24px minmax(0, 1fr)', paddingLeft: theme.spacing(0.5) },
    [`.${QR.compact} .${QR.row}.${QR.checkable}`]: { gridTemplateColumns: '28px 18px minmax(0, 1fr)', paddingLeft: theme.spacing(0.5) },
    [`.${QR.checkable} .${QR.icon}`]: { gridColumn: 2 },
    [`.${QR.checkable} .${QR.line1}, .${QR.checkable} .${QR.line2}, .${QR.checkable} .${QR.line3}`]: { gridColumn: 3 },
    [`.${QR.check}`]: {
      gridColumn: 1,
      gridRow: '1 / 4',
      alignSelf: 'stretch',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      cursor: 'pointer',
      '& input': { width: 18, height: 18, margin: 0, cursor: 'pointer', accentColor: palette.primary.main },
    },
  };
}
