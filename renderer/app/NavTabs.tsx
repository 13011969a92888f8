import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { SxProps, Theme } from '@mui/material/styles';
import { QUEUE_VIEWS, QUEUE_VIEW_LABELS, type QueueView } from '../../shared/domain/vocab';
import { useQueueStore } from '../features/queue/queueStore';

/** The count beside a view's name; its colours follow the tab's selected state in `TABS_SX`. */
const COUNT_CLASS = 'sd-nav-count';

// Static styles, one object for the whole bar: switching views changes no style, only the selection.
const TABS_SX: SxProps<Theme> = {
  bgcolor: 'background.paper',
  borderBottom: 1,
  borderColor: 'divider',
  px: 1,
  '& .sd-nav-label': { display: 'inline-flex', alignItems: 'center', gap: 0.75 },
  [`& .${COUNT_CLASS}`]: {
    minWidth: 22,
    px: 0.75,
    borderRadius: 10,
    fontSize: '0.75rem',
    lineHeight: '18px',
    fontVariantNumeric: 'tabular-nums',
    bgcolor: 'action.selected',
    color: 'text.primary',
  },
  [`& .Mui-selected .${COUNT_CLASS}`]: { bgcolor: 'primary.main', color: 'primary.contrastText' },
};

/** The queue views with their counts: All open, My queue, Unassigned. */
export function NavTabs() {
  const view = useQueueStore((s) => s.view);
  const counts = useQueueStore((s) => s.counts);
  const setView = useQueueStore((s) => s.setView);
  return (
    <Tabs value={view} onChange={(_, next: QueueView) => setView(next)} aria-label="Queue views" variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile sx={TABS_SX}>
      {QUEUE_VIEWS.map((v) => (
        <Tab
          key={v}
          value={v}
          data-testid={`nav-${v}`}
          label={
            <span className="sd-nav-label">
              {QUEUE_VIEW_LABELS[v]}
              <span className={COUNT_CLASS} data-testid={`nav-count-${v}`}>
                {counts[v] ?? '…'}
              </span>
            </span>
          }
        />
      ))}
    </Tabs>
  );
}
