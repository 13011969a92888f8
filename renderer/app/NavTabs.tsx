import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { QUEUE_VIEWS, QUEUE_VIEW_LABELS, type QueueView } from '../../shared/domain/vocab';
import { useQueueStore } from '../features/queue/queueStore';

/** The queue views with their counts: All open, My queue, Unassigned. */
export function NavTabs() {
  const view = useQueueStore((s) => s.view);
  const counts = useQueueStore((s) => s.counts);
  const setView = useQueueStore((s) => s.setView);
  return (
    <Tabs
      value={view}
      onChange={(_, next: QueueView) => setView(next)}
      aria-label="Queue views"
      variant="scrollable"
      scrollButtons={false}
      sx={{ bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider', px: 1 }}
    >
      {QUEUE_VIEWS.map((v) => (
        <Tab
          key={v}
          value={v}
          data-testid={`nav-${v}`}
          label={
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
              {QUEUE_VIEW_LABELS[v]}
              <Box
                component="span"
                data-testid={`nav-count-${v}`}
                sx={{
                  minWidth: 22,
                  px: 0.75,
                  borderRadius: 10,
                  fontSize: '0.75rem',
                  lineHeight: '18px',
                  fontVariantNumeric: 'tabular-nums',
                  bgcolor: v === view ? 'primary.main' : 'action.selected',
                  color: v === view ? 'primary.contrastText' : 'text.primary',
                }}
              >
                {counts[v] ?? '…'}
              </Box>
            </Box>
          }
        />
      ))}
    </Tabs>
  );
}
