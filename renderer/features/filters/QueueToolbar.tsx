import Keyboard from '@mui/icons-material/Keyboard';
import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import OutlinedInput from '@mui/material/OutlinedInput';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { useKeyboardHelpStore } from '../../app/shortcuts';
import { useQueueStore } from '../queue/queueStore';
import { FIELD_LABELS, valueLabel } from './filterLabels';
import { FilterMenu } from './FilterMenu';
import { currentFilter, FILTER_FIELDS, isActive, useFiltersStore } from './filtersStore';
import { SavedFiltersMenu } from './SavedFiltersMenu';

/** The id `/` focuses. */
export const SEARCH_INPUT_ID = 'queue-search';

/**
 * Leaves the search box for the list (or nowhere, when no list shows: nothing matched). A new search
 * mounts a new list: the caller renders it first (`flushSync`), so the focus goes to the one on screen.
 */
function leaveSearch(input: HTMLElement): void {
  const list = document.querySelector<HTMLElement>('[data-testid="queue-list"]');
  if (list) list.focus();
  else input.blur();
}

/** Below this toolbar width the buttons show only their icons. */
const COMPACT_TOOLBAR = '@container (max-width: 480px)';

/**
 * Above the queue: search, filters, saved filters; the active filters as chips with the number of
 * matches. It reads its own stores, so a view switch does not render it again.
 */
export const QueueToolbar = memo(function QueueToolbar() {
  const text = useFiltersStore((s) => s.text);
  const { setText, clearText } = useFiltersStore.getState();
  const openHelp = useKeyboardHelpStore((s) => s.setOpen);

  return (
    <Box
      data-testid="queue-toolbar"
      sx={{
        containerType: 'inline-size',
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        [COMPACT_TOOLBAR]: {
          '& .toolbar-label': { display: 'none' },
          '& .MuiButton-startIcon': { m: 0 },
          '& .MuiButton-root': { minWidth: 36, px: 1 },
        },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, px: 1, py: 0.75 }}>
        {/* The bare outlined input (no label, no helper text): a TextField around it would also bring
            its form control, label and select machinery into the first render. */}
        <OutlinedInput
          id={SEARCH_INPUT_ID}
          size="small"
          type="search"
          placeholder="Search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              // Clears the search and leaves the box, so keys (`/` first) are shortcuts again.
              e.preventDefault();
              const input = e.currentTarget;
              if (text) flushSync(clearText);
              leaveSearch(input);
            } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
              // Down to the results, the cursor on the first one (Enter opens it, t takes it); the
              // search as typed applies now rather than after the typing pause.
              e.preventDefault();
              const input = e.currentTarget;
              const queue = useQueueStore.getState();
              flushSync(() => {
                queue.setFilter(currentFilter(text));
                queue.cursorToFirst();
              });
              leaveSearch(input);
            }
          }}
          sx={{ flex: 1, minWidth: 0 }}
          slotProps={{ input: { 'aria-label': 'Search the queue', 'aria-keyshortcuts': '/', maxLength: 200 } }}
          startAdornment={
            <InputAdornment position="start">
              <Search fontSize="small" />
            </InputAdornment>
          }
        />
        <FilterMenu />
        <SavedFiltersMenu />
        <Tooltip title="Keyboard shortcuts (?)">
          <IconButton size="small" aria-label="Keyboard shortcuts" onClick={() => openHelp(true)}>
            <Keyboard fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <ActiveFilters />
    </Box>
  );
});

/** The chosen values as removable chips, "N matches" and Clear. */
function ActiveFilters() {
  const filter = useQueueStore((s) => s.filter);
  const total = useQueueStore((s) => s.total);
  const options = useFiltersStore((s) => s.options);
  const { toggle, clearAll, loadOptions } = useFiltersStore.getState();
  const hasOrganization = (filter.organizationId?.length ?? 0) > 0;
  // A saved filter can name organizations before the menu was ever opened.
  useEffect(() => {
    if (hasOrganization && !options) void loadOptions();
  }, [hasOrganization, options, loadOptions]);

  if (!isActive(filter)) return null;
  return (
    <Box data-testid="active-filters" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, px: 1, pb: 0.75 }}>
      {FILTER_FIELDS.flatMap((field) =>
        ((filter[field] as string[] | undefined) ?? []).map((value) => {
          const label = valueLabel(field, value, options);
          return (
            <Chip
              key={`${field}-${value}`}
              size="small"
              data-testid="filter-chip"
              label={`${FIELD_LABELS[field]}: ${label}`}
              onDelete={() => toggle(field, value)}
            />
          );
        }),
      )}
      <Box sx={{ ml: 'auto', display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Typography
          variant="body2"
          data-testid="match-count"
          role="status"
          sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {total === null ? 'Searching…' : total === 0 ? 'No match' : `${total} ${total === 1 ? 'match' : 'matches'}`}
        </Typography>
        <Button size="small" onClick={clearAll}>
          Clear
        </Button>
      </Box>
    </Box>
  );
}
