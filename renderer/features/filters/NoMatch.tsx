import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useQueueStore } from '../queue/queueStore';
import { isActive, useFiltersStore } from './filtersStore';

/** The list, or, when the search and filters leave nothing, says so (rather than "Nothing is waiting"). */
export function NoMatchOr({ children }: { children: ReactNode }) {
  const none = useQueueStore((s) => s.total === 0 && isActive(s.filter));
  const clearAll = useFiltersStore((s) => s.clearAll);
  if (!none) return children;
  return (
    <Box data-testid="queue-no-match" sx={{ p: 2, flex: 1, textAlign: 'center', mt: 6, color: 'text.secondary' }}>
      <Typography variant="h6" component="p" sx={{ color: 'text.primary' }}>
        Nothing matches.
      </Typography>
      <Typography>Try fewer words or filters; the counts above are of the whole view.</Typography>
      <Button sx={{ mt: 1 }} onClick={clearAll}>
        Clear search and filters
      </Button>
    </Box>
  );
}
