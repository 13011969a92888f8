import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { SAVED_FILTER_NAME_MAX } from '../../../shared/contract/filters';
import { currentFilter, useFiltersStore } from './filtersStore';

/** "Save current filters as…" of the Saved menu (`SavedFiltersMenu.tsx`): names the filter and saves it. */
export function SaveFilterDialog({ onClose }: { onClose: () => void }) {
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
