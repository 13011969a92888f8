import NotificationsIcon from '@mui/icons-material/Notifications';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import { Suspense, useState } from 'react';
import { ErrorSnackbar } from '../../lib/ErrorSnackbar';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useAlertsStore } from './alertsStore';

// The centre is loaded when the bell is first opened (lib/lazyPanel.tsx); the Popover renders it only while open.
const AlertsCentre = lazyPanel(() => import('./AlertsCentre').then((m) => m.AlertsCentre));

/** The app bar's bell with the unread count; it opens the notification centre. */
export function AlertsBell() {
  const unread = useAlertsStore((s) => s.unread);
  const open = useAlertsStore((s) => s.centreOpen);
  const setCentreOpen = useAlertsStore((s) => s.setCentreOpen);
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
  return (
    <>
      <IconButton
        ref={setAnchor}
        color="inherit"
        data-testid="alerts-bell"
        aria-label={`Notifications, ${unread === 0 ? 'none' : unread} unread`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setCentreOpen(!open)}
      >
        <Badge badgeContent={unread} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
      <MountWhen when={open && anchor !== null}>
        <Popover
          open={open && anchor !== null}
          anchorEl={anchor}
          onClose={() => setCentreOpen(false)}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
          transformOrigin={{ vertical: 'top', horizontal: 'right' }}
          slotProps={{ paper: { role: 'dialog', 'aria-label': 'Notifications', sx: { width: 400, maxWidth: 'calc(100vw - 24px)' } } }}
        >
          <Suspense fallback={<CentreLoading />}>
            <AlertsCentre />
          </Suspense>
        </Popover>
      </MountWhen>
    </>
  );
}

/** While the centre's code loads: its heading, at the centre's width. */
function CentreLoading() {
  return (
    <Box sx={{ px: 2, py: 1.5 }} aria-busy>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        Notifications
      </Typography>
    </Box>
  );
}

/** A failed notification action (open, mark read), briefly. */
export function AlertsErrors() {
  const error = useAlertsStore((s) => s.actionError);
  const clear = useAlertsStore((s) => s.clearActionError);
  return <ErrorSnackbar error={error} onClose={clear} />;
}
