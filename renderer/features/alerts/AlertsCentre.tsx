import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import { useNow } from '../../lib/clock';
import { useTimeZone } from '../session/sessionStore';
import { AlertEntry } from './AlertEntry';
import { useAlertsStore } from './alertsStore';
import type { WebNotificationState } from './webNotifications';

/** The centre: every recent SLA alert, newest first, whether or not a notification was shown. */
export function AlertsCentre() {
  const alerts = useAlertsStore((s) => s.alerts);
  const unread = useAlertsStore((s) => s.unread);
  const loaded = useAlertsStore((s) => s.loaded);
  const loadError = useAlertsStore((s) => s.loadError);
  const { markRead, open } = useAlertsStore.getState();
  const now = useNow();
  const timeZone = useTimeZone();

  return (
    <Box data-testid="alerts-centre" sx={{ display: 'flex', flexDirection: 'column', maxHeight: '70vh' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ flex: 1, fontWeight: 600 }}>
          Notifications
        </Typography>
        <Button onClick={() => void markRead()} disabled={unread === 0}>
          Mark all read
        </Button>
      </Box>
      <NotificationPermissionNotice />
      <Divider />
      {loadError && (
        <Alert severity="error" square action={<Button onClick={() => void useAlertsStore.getState().load()}>Try again</Button>}>
          Could not read the notifications: {loadError}
        </Alert>
      )}
      {loaded && !loadError && alerts.length === 0 && (
        <Typography sx={{ p: 2, color: 'text.secondary' }}>No notifications yet. Cases that are due soon or breached appear here.</Typography>
      )}
      <List disablePadding sx={{ overflowY: 'auto' }}>
        {alerts.map((alert) => (
          <AlertEntry key={alert.id} alert={alert} now={now} timeZone={timeZone} onOpen={() => void open([alert.id])} />
        ))}
      </List>
    </Box>
  );
}

const NOTICES: Partial<Record<WebNotificationState, string>> = {
  denied: 'This browser blocks notifications from Shiftdesk, so alerts show only here. You can allow them in the site settings.',
  unavailable: 'This browser cannot show notifications, so alerts show only here.',
};

/** Browser mode: offers notifications (never asked on load) or says why alerts show only here. */
function NotificationPermissionNotice() {
  const state = useAlertsStore((s) => s.notifications);
  const enable = useAlertsStore((s) => s.enableNotifications);
  if (state === 'default') {
    return (
      // The button under the text, not beside it: beside, it squeezes both into narrow columns.
      <Alert severity="info" square>
        Get a notification when a case is due soon or breached, even while this tab is in the background.
        <Box sx={{ mt: 0.5, ml: -0.75 }}>
          <Button onClick={() => void enable()}>Turn on desktop notifications</Button>
        </Box>
      </Alert>
    );
  }
  const notice = NOTICES[state];
  return notice ? (
    <Alert severity="warning" square data-testid="alerts-permission-notice">
      {notice}
    </Alert>
  ) : null;
}
