import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import {
  CHECKLIST_AUTO_LABELS,
  CHECKLIST_AUTO_RULES,
  CHECKLIST_PARTS,
  CHECKLIST_PART_LABELS,
  DEFAULT_CHECKLIST_TEMPLATE,
  type ChecklistAutoRule,
  type ChecklistPart,
  type ChecklistTemplateItem,
} from '../../../shared/domain/checklist';
import { useAction } from '../../lib/useAction';
import { useChecklistStore } from './checklistStore';

/** An id for a new item from its text, unique in the list ("check-the-fax", "check-the-fax-2"). */
function newId(text: string, taken: ReadonlySet<string>): string {
  const base = (text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'item').replace(/^-/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The lead's checklist template editor (`docs/checklist.md`): the items in order, each with its part,
 * its text and whether the app ticks it itself (and on what). Saved with `checklist.saveTemplate`
 * (leads only); the next day's checklists follow it, the ones already made keep their items.
 */
export function ChecklistTemplateEditor() {
  const template = useChecklistStore((s) => s.template);
  const [items, setItems] = useState<ChecklistTemplateItem[]>(() => template?.items.map((i) => ({ ...i })) ?? []);
  const [saved, setSaved] = useState(false);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  const { busy, error, run } = useAction();
  const change = (index: number, patch: Partial<ChecklistTemplateItem>) => {
    setSaved(false);
    setItems((list) => list.map((it, i) => (i === index ? { ...it, ...patch } : it)));
  };
  const move = (index: number, by: number) => {
    setSaved(false);
    setItems((list) => {
      const next = [...list];
      const [it] = next.splice(index, 1);
      next.splice(index + by, 0, it!);
      return next;
    });
  };
  const close = () => useChecklistStore.getState().closeEditor();
  return (
    <Dialog open onClose={close} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="checklist-template-title">
      <DialogTitle id="checklist-template-title">Checklist template</DialogTitle>
      <DialogContent dividers data-testid="checklist-template-editor">
        {error && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        {saved && (
          <Alert severity="success" sx={{ mb: 1 }}>
            Saved. Tomorrow’s checklists follow it; today’s keep their items.
          </Alert>
        )}
        {items.map((item, index) => (
          <Box key={index} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', py: 1, borderBottom: 1, borderColor: 'divider' }} data-testid={`template-row-${index}`}>
            <TextField
              select
              size="small"
              label="Part"
              value={item.part}
              onChange={(e) => change(index, { part: e.target.value as ChecklistPart })}
              sx={{ width: 150 }}
            >
              {CHECKLIST_PARTS.map((p) => (
                <MenuItem key={p} value={p}>
                  {CHECKLIST_PART_LABELS[p]}
                </MenuItem>
              ))}
            </TextField>
            <TextField size="small" label="Item" value={item.text} onChange={(e) => change(index, { text: e.target.value })} sx={{ flex: '1 1 240px' }} />
            <TextField
              select
              size="small"
              label="Ticks itself"
              value={item.auto ?? ''}
              onChange={(e) => change(index, { auto: e.target.value === '' ? null : (e.target.value as ChecklistAutoRule) })}
              sx={{ width: 230 }}
            >
              <MenuItem value="">No: ticked by hand</MenuItem>
              {CHECKLIST_AUTO_RULES.map((r) => (
                <MenuItem key={r} value={r}>
                  {CHECKLIST_AUTO_LABELS[r]}
                </MenuItem>
              ))}
            </TextField>
            <Box>
              <IconButton size="small" aria-label={`Move "${item.text}" up`} disabled={index === 0} onClick={() => move(index, -1)}>
                <ArrowUpward fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={`Move "${item.text}" down`} disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                <ArrowDownward fontSize="small" />
              </IconButton>
              <IconButton
                size="small"
                aria-label={`Remove "${item.text}"`}
                onClick={() => {
                  setSaved(false);
                  setItems((list) => list.filter((_, i) => i !== index));
                }}
              >
                <DeleteOutline fontSize="small" />
              </IconButton>
            </Box>
          </Box>
        ))}
        <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
          <Button
            onClick={() => {
              setSaved(false);
              setItems((list) => [...list, { id: newId('new item', new Set(list.map((i) => i.id))), part: 'middle', text: '', auto: null }]);
            }}
          >
            Add an item
          </Button>
          <Button
            onClick={() => {
              setSaved(false);
              setItems(DEFAULT_CHECKLIST_TEMPLATE.map((i) => ({ ...i })));
            }}
          >
            Back to the defaults
          </Button>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
        <Button
          variant="contained"
          disabled={busy}
          data-testid="checklist-template-save"
          onClick={() =>
            void run(async () => {
              await useChecklistStore.getState().saveTemplate(items);
              setSaved(true);
            })
          }
        >
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
