import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { ChecklistItem } from '../../../shared/contract/checklist';
import { CHECKLIST_AUTO_LABELS, CHECKLIST_PARTS, CHECKLIST_PART_LABELS } from '../../../shared/domain/checklist';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useAction } from '../../lib/useAction';
import { useChecklistStore } from './checklistStore';

const ChecklistTemplateEditor = lazyPanel(() => import('./ChecklistTemplateEditor').then((m) => m.ChecklistTemplateEditor));

/** What a row says under its text: when and why it was ticked, or that it will tick itself. */
function secondary(item: ChecklistItem): string | null {
  if (item.done) {
    if (item.how === 'auto') return `${item.time} · ${item.evidence ?? 'ticked itself'}`;
    return `${item.time} · ticked by hand`;
  }
  return item.auto ? `Ticks itself: ${CHECKLIST_AUTO_LABELS[item.auto]}` : null;
}

function ItemRow({ item, canTick, day, onTick }: { item: ChecklistItem; canTick: boolean; day?: string; onTick(id: string, done: boolean, day?: string): void }) {
  const labelId = `checklist-${day ?? 'today'}-${item.id}`;
  return (
    <ListItem dense disableGutters data-testid={`checklist-item-${item.id}`} data-done={item.done} data-how={item.how ?? ''} sx={{ alignItems: 'flex-start' }}>
      <ListItemIcon sx={{ minWidth: 40 }}>
        <Checkbox
          edge="start"
          checked={item.done}
          disabled={!canTick}
          onChange={(e) => onTick(item.id, e.target.checked, day)}
          slotProps={{ input: { 'aria-labelledby': labelId } }}
          sx={{ pt: 0.5 }}
        />
      </ListItemIcon>
      <ListItemText
        id={labelId}
        primary={item.text}
        secondary={secondary(item)}
        slotProps={{ primary: { sx: { textDecoration: item.done ? 'line-through' : 'none', color: item.done ? 'text.secondary' : 'text.primary' } } }}
      />
      {item.how === 'auto' && (
        <Tooltip title="Ticked itself: the app saw it done">
          <AutoAwesomeOutlined fontSize="small" color="success" sx={{ mt: 1, ml: 1 }} aria-label="ticked itself" />
        </Tooltip>
      )}
    </ListItem>
  );
}

/** The daily checklist (`docs/checklist.md`): Start / Middle / End, hand ticks, yesterday's unfinished items; a lead edits the template. */
export function ChecklistDialog() {
  const open = useChecklistStore((s) => s.open);
  const day = useChecklistStore((s) => s.day);
  const loadError = useChecklistStore((s) => s.error);
  const editing = useChecklistStore((s) => s.editing);
  const isLead = useChecklistStore((s) => s.template?.canEdit ?? false);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  const { error, run } = useAction();
  const onTick = (id: string, done: boolean, onDay?: string) => void run(() => useChecklistStore.getState().tick(id, done, onDay));
  const canTick = day?.canTick ?? false;
  return (
    <Dialog open={open} onClose={() => useChecklistStore.getState().close()} fullWidth maxWidth="sm" fullScreen={fullScreen} aria-labelledby="checklist-title">
      <DialogTitle id="checklist-title" sx={{ pb: 1 }}>
        Daily checklist
        {day && (
          <Typography variant="body2" color="text.secondary" data-testid="checklist-summary">
            {day.agentName} · {day.day} · {day.done} of {day.total} done
          </Typography>
        )}
        {day && <LinearProgress variant="determinate" value={day.total > 0 ? (100 * day.done) / day.total : 0} sx={{ mt: 1, borderRadius: 1 }} aria-hidden />}
      </DialogTitle>
      <DialogContent dividers data-testid="checklist-panel">
        {(error ?? loadError) && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {error ?? loadError}
          </Alert>
        )}
        {!day && !loadError && <Typography color="text.secondary">Reading the checklist…</Typography>}
        {day && !canTick && (
          <Alert severity="info" sx={{ mb: 1 }}>
            This is {day.agentName}’s checklist: only they tick it.
          </Alert>
        )}
        {day?.previous && (
          <List dense subheader={<ListSubheader disableGutters>Unfinished from {day.previous.day}</ListSubheader>} data-testid="checklist-previous">
            {day.previous.items.map((item) => (
              <ItemRow key={item.id} item={item} canTick={canTick} day={day.previous!.day} onTick={onTick} />
            ))}
          </List>
        )}
        {day &&
          CHECKLIST_PARTS.map((part) => {
            const items = day.items.filter((i) => i.part === part);
            if (items.length === 0) return null;
            return (
              <List key={part} dense subheader={<ListSubheader disableGutters>{CHECKLIST_PART_LABELS[part]}</ListSubheader>} data-testid={`checklist-part-${part}`}>
                {items.map((item) => (
                  <ItemRow key={item.id} item={item} canTick={canTick} onTick={onTick} />
                ))}
              </List>
            );
          })}
      </DialogContent>
      <DialogActions>
        {isLead && (
          <Box sx={{ flex: 1 }}>
            <Button onClick={() => void run(() => useChecklistStore.getState().openEditor())} data-testid="checklist-edit-template">
              Edit the template
            </Button>
          </Box>
        )}
        <Button onClick={() => useChecklistStore.getState().close()}>Close</Button>
      </DialogActions>
      <MountWhen when={editing}>
        <ChecklistTemplateEditor />
      </MountWhen>
    </Dialog>
  );
}
