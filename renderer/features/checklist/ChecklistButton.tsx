import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useEffect } from 'react';
import { api } from '../../api';
import { useNow } from '../../lib/clock';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useQueueStore } from '../queue/queueStore';
import { useChecklistStore } from './checklistStore';

const ChecklistDialog = lazyPanel(() => import('./ChecklistDialog').then((m) => m.ChecklistDialog));

/** The day turns at midnight in the agent's zone without any change to announce: read again this often. */
const RECHECK_MS = 10 * 60_000;

/**
 * The daily checklist's progress ring in the app bar (`docs/checklist.md`): how much of today's list
 * is done; it opens the checklist. Re-read when a checklist, the session or the workspace changes;
 * reports the queue views the agent opens (opening Unassigned ticks an item).
 */
export function ChecklistButton() {
  const day = useChecklistStore((s) => s.day);
  const open = useChecklistStore((s) => s.open);
  const tick = useNow(RECHECK_MS);
  useEffect(() => void useChecklistStore.getState().load(), [tick]);
  useEffect(
    () =>
      api.on('changed', ({ topics }) => {
        if (topics.includes('checklist') || topics.includes('session') || topics.includes('workspace')) void useChecklistStore.getState().load();
      }),
    [],
  );
  useEffect(() => {
    useChecklistStore.getState().viewed(useQueueStore.getState().view);
    return useQueueStore.subscribe((s, prev) => {
      if (s.view !== prev.view) useChecklistStore.getState().viewed(s.view);
    });
  }, []);
  const done = day?.done ?? 0;
  const total = day?.total ?? 0;
  const share = total > 0 ? Math.round((100 * done) / total) : 0;
  const label = day ? `Daily checklist: ${done} of ${total} done` : 'Daily checklist';
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} data-testid="open-checklist" onClick={() => useChecklistStore.getState().openPanel()}>
          <Box sx={{ position: 'relative', display: 'inline-flex', width: 28, height: 28 }}>
            <CircularProgress variant="determinate" value={100} size={28} thickness={5} sx={{ color: 'rgba(255,255,255,0.3)', position: 'absolute' }} />
            <CircularProgress variant="determinate" value={share} size={28} thickness={5} color="inherit" data-testid="checklist-ring" aria-hidden />
            <Box
              component="span"
              sx={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 10, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}
            >
              {total > 0 ? done : ''}
            </Box>
          </Box>
        </IconButton>
      </Tooltip>
      <MountWhen when={open}>
        <ChecklistDialog />
      </MountWhen>
    </>
  );
}
