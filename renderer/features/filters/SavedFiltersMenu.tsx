import BookmarkBorder from '@mui/icons-material/BookmarkBorder';
import Close from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { SAVED_FILTER_NAME_MAX } from '../../../shared/contract/filters';
import { useQueueStore } from '../queue/queueStore';
import { currentFilter, isActive, useFiltersStore } from './filtersStore';

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
      {naming && <SaveDialog onClose={() => setNaming(false)} />}
    </>
  );
}

function SaveDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const error = useFiltersStore((s) => s.error);
  const { save, clearError } = useFiltersStore.getState();
  const summary = describe();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    clearError();
    const ok = await save(name.trim());
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" slotProps={{ paper: { component: 'form', onSubmit } }}>
      <DialogTitle>Save filters</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          slotProps={{ htmlInput: { maxLength: SAVED_FILTER_NAME_MAX } }}
          error={error !== null}
          helperText={error ?? `Saves ${summary}. The same name replaces an earlier one.`}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" disabled={busy || !name.trim()}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** "the search and 2 filters", for the dialog's hint. */
function describe(): string {
  const f = currentFilter();
  const lists = (['channel', 'priority', 'status', 'organizationId', 'label'] as const).reduce((n, k) => n + (f[k]?.length ?? 0), 0);
  const parts = [f.text?.trim() ? `the search "${f.text.trim()}"` : null, lists > 0 ? `${lists} filter${lists === 1 ? '' : 's'}` : null].filter(Boolean);
  return parts.join(' and ');
}
