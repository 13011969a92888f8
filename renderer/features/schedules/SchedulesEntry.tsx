import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import { create } from 'zustand';
import { MountWhen } from '../../lib/lazyPanel';
import { SchedulesDialog, openSchedules } from './lazy';

/** Whether the Schedules screen was ever opened (it is mounted, and its code loaded, from then on). */
const useWanted = create<{ wanted: boolean }>()(() => ({ wanted: false }));

/** The agent menu's entry: opens the Schedules screen (leads edit; others read). */
export function SchedulesMenuItem({ onDone }: { onDone(): void }) {
  return (
    <MenuItem
      data-testid="open-schedules"
      onClick={() => {
        onDone();
        useWanted.setState({ wanted: true });
        void openSchedules();
      }}
    >
      <ListItemIcon>
        <CalendarMonthOutlined fontSize="small" />
      </ListItemIcon>
      <ListItemText>Schedules…</ListItemText>
    </MenuItem>
  );
}

/** Where the Schedules screen is mounted once wanted. */
export function SchedulesHost() {
  const wanted = useWanted((s) => s.wanted);
  return (
    <MountWhen when={wanted}>
      <SchedulesDialog />
    </MountWhen>
  );
}
