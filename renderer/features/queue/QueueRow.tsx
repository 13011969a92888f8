import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import type { WorkItem } from '../../../shared/contract/index';
import { CASE_STATUS_LABELS, CHANNEL_LABELS } from '../../../shared/domain/vocab';
import { waitingSince } from '../../lib/format';
import { useTimeZone } from '../session/sessionStore';
import { SlaBadge } from '../sla/SlaBadge';
import { ChannelIcon } from './ChannelIcon';
import { PriorityChip } from './PriorityChip';

export const ROW_HEIGHT = 52;

export function rowDomId(index: number): string {
  return `queue-row-${index}`;
}

interface QueueRowProps {
  item: WorkItem;
  index: number;
  /** The view's total, for screen readers ("row 12 of 3,400"). */
  setSize: number;
  now: number;
  selected: boolean;
  active: boolean;
  onOpen(item: WorkItem, index: number): void;
}

/**
 * One work item on two lines:
 *   [channel] [P1] subject ...... [SLA left] waiting
 *             C-1042 · Acme · Jane Doe ...... status
 * The SLA badge (compact) shows only on items with a timer.
 */
export const QueueRow = memo(function QueueRow({ item, index, setSize, now, selected, active, onOpen }: QueueRowProps) {
  // An interaction not filed into a case has only an internal id: show who it is from instead.
  const who = [item.caseId ? item.key : null, item.organizationName, item.contactName].filter(Boolean).join(' · ');
  const status = item.status ? CASE_STATUS_LABELS[item.status] : `${CHANNEL_LABELS[item.channel]} waiting`;
  const timeZone = useTimeZone();
  return (
    <Box
      id={rowDomId(index)}
      role="option"
      aria-selected={selected}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-testid="queue-row"
      data-key={item.key}
      data-channel={item.channel}
      data-active={active || undefined}
      onClick={() => onOpen(item, index)}
      sx={{
        height: ROW_HEIGHT,
        display: 'grid',
        gridTemplateColumns: '24px minmax(0, 1fr)',
        columnGap: 1,
        alignItems: 'center',
        px: 1.5,
        cursor: 'pointer',
        borderBottom: 1,
        borderColor: 'divider',
        borderLeft: 3,
        borderLeftColor: selected ? 'primary.main' : 'transparent',
        bgcolor: selected ? 'action.selected' : active ? 'action.hover' : 'background.paper',
        outline: active ? '1px dashed' : 'none',
        outlineColor: 'primary.light',
        outlineOffset: -2,
        '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
      }}
    >
      <ChannelIcon channel={item.channel} />
      <Box sx={{ minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          <Box sx={{ width: 30, flexShrink: 0, display: 'flex' }}>{item.priority && <PriorityChip priority={item.priority} />}</Box>
          <Typography noWrap sx={{ flex: 1, fontWeight: 500 }} title={item.subject}>
            {item.urgent && (
              <Box component="span" sx={{ color: 'error.main', fontWeight: 600, mr: 0.5 }}>
                Urgent ·
              </Box>
            )}
            {item.subject}
          </Typography>
          {item.sla && <SlaBadge sla={item.sla} warningAt={item.slaWarningAt} timeZone={timeZone} now={now} compact />}
          <Typography
            variant="body2"
            sx={{ flexShrink: 0, display: 'flex', alignItems: 'center', gap: 0.25, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}
            title="Waiting"
          >
            {/* The hourglass tells the waiting time apart from the SLA badge right before it. */}
            <HourglassEmptyIcon aria-hidden sx={{ fontSize: 14 }} />
            {waitingSince(item.waitingSince, now)}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, minWidth: 0, color: 'text.secondary' }}>
          <Typography variant="body2" noWrap sx={{ flex: 1, pl: '38px' }}>
            {who}
          </Typography>
          <Typography variant="body2" noWrap sx={{ flexShrink: 0, maxWidth: '45%' }}>
            {status}
          </Typography>
        </Box>
      </Box>
    </Box>
  );
});

/** A row whose page is still loading. */
export function PlaceholderRow() {
  return (
    <Box sx={{ height: ROW_HEIGHT, px: 1.5, display: 'flex', alignItems: 'center', gap: 1, borderBottom: 1, borderColor: 'divider' }} aria-hidden>
      <Skeleton variant="circular" width={20} height={20} />
      <Box sx={{ flex: 1 }}>
        <Skeleton width="70%" />
        <Skeleton width="40%" />
      </Box>
    </Box>
  );
}
