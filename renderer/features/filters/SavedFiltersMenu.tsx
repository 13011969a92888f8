import BookmarkBorder from '@mui/icons-material/BookmarkBorder';
import Close from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { Suspense, useState } from 'react';
import { useQueueStore } from '../queue/queueStore';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { isActive, useFiltersStore } from './filtersStore';

// The naming dialog is loaded when first opened (lib/lazyPanel.tsx).
const SaveFilterDialog = lazyPanel(() => import('./SaveFilterDialog').then((m) => m.SaveFilterDialog));

/** "Saved": the agent's saved filters (click to apply, × to delete) and "Save current as…". */
export function SavedFiltersMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const saved = useFiltersStore((s) => s.saved);
  const text = useFiltersStore((s) => s.text);
  const filter = useQueueStore((s) => s.filter);
  const { loadSaved, apply, remove } = useFiltersStore.getState();
  const canSave = isActive({ ...filter, text });
  const close = () => setAnchor(null);

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        aria-label="Saved filters"
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        data-testid="saved-filters-button"
        startIcon={<BookmarkBorder fontSize="small" />}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          void loadSaved();
        }}
      >
        <span className="toolbar-label">Saved</span>
      </Button>
      <MountWhen when={anchor !== null}>
        <Menu
          anchorEl={anchor}
          open={anchor !== null}
          onClose={close}
          slotProps={{ paper: { sx: { maxHeight: 440, minWidth: 240, maxWidth: 340 } }, list: { 'aria-label': 'Saved filters', dense: true } }}
        >
          {saved === null && (
            <MenuItem disabled dense>
              Loading…
            </MenuItem>
          )}
          {saved?.length === 0 && (
            <MenuItem disabled dense>
              No saved filters yet
            </MenuItem>
          )}
          {saved?.map((s) => (
            <MenuItem
              key={s.name}
              dense
              data-testid="saved-filter"
              onClick={() => {
                apply(s);
                close();
              }}
            >
              <ListItemText primary={s.name} slotProps={{ primary: { noWrap: true } }} />
              <IconButton
                size="small"
                edge="end"
                aria-label={`Delete saved filter ${s.name}`}
                sx={{ ml: 1 }}
                onClick={(event) => {
                  event.stopPropagation();
                  void remove(s.name);
                }}
              >
                <Close fontSize="small" />
              </IconButton>
            </MenuItem>
          ))}
          <Divider />
          <MenuItem
            dense
            disabled={!canSave}
            onClick={() => {
              close();
              setNaming(true);
            }}
          >
            {canSave ? 'Save current filters as…' : 'Choose filters or search to save them'}
          </MenuItem>
        </Menu>
      </MountWhen>
      {naming && (
        <Suspense fallback={null}>
          <SaveFilterDialog onClose={() => setNaming(false)} />
        </Suspense>
      )}
    </>
  );
}
