import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import SyncProblemOutlined from '@mui/icons-material/SyncProblemOutlined';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useNow } from '../../lib/clock';
import { MountWhen } from '../../lib/lazyPanel';
import { useTimeZone } from '../session/sessionStore';
import { SyncDialogs } from './SyncDialogs';
import { SyncPopover } from './SyncPopover';
import { useSyncStore } from './syncStore';
import { changes, indicatorLook } from './syncText';

const ICONS = { ok: CloudDoneOutlined, offline: CloudOffOutlined, error: SyncProblemOutlined } as const;

/**
 * The app bar's help desk sync indicator (issue 13): "Synced 10:04", "Offline · 3 waiting", "No
 * token", "Token refused", with the conflicts as a badge; below 720 px the icon alone (its words in
 * the tooltip and the accessible name). Hidden while the workspace is not connected (a lead connects
 * from the agent menu). It opens the sync popover; the sync dialogs are hosted here.
 */
export function SyncIndicator() {
  const status = useSyncStore((s) => s.status);
  const timeZone = useTimeZone();
  const now = useNow();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const look = status ? indicatorLook(status, timeZone, now) : null;
  const Icon = look ? ICONS[look.tone] : null;
  const conflicts = status?.conflicts ?? 0;
  const label = look ? `Help desk sync: ${look.text}${conflicts > 0 ? `, ${changes(conflicts)} in conflict` : ''}` : '';

  return (
    <>
      {look && Icon && (
        <Tooltip title={label}>
          <Button
            color="inherit"
            data-testid="sync-indicator"
            data-tone={look.tone}
            aria-label={label}
            aria-haspopup="dialog"
            aria-expanded={anchor !== null}
            onClick={(e) => setAnchor(e.currentTarget)}
            sx={{
              minWidth: 0,
              whiteSpace: 'nowrap',
              ...(look.tone === 'error' && { color: 'error.contrastText', bgcolor: 'error.main', '&:hover': { bgcolor: 'error.dark' } }),
              '@media (max-width: 719px)': { px: 0.75, '& .MuiButton-startIcon': { m: 0 } },
            }}
            startIcon={
              <Badge badgeContent={conflicts} color="error" max={99} data-testid="sync-conflicts-badge" sx={{ '& .MuiBadge-badge': { border: 1, borderColor: 'primary.main' } }}>
                <Icon />
              </Badge>
            }
          >
            <Box component="span" data-testid="sync-indicator-text" sx={{ '@media (max-width: 719px)': { display: 'none' } }}>
              {look.text}
            </Box>
          </Button>
        </Tooltip>
      )}
      <MountWhen when={anchor !== null}>
        <Popover
          open={anchor !== null && look !== null}
          anchorEl={anchor}
          onClose={() => setAnchor(null)}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
          transformOrigin={{ vertical: 'top', horizontal: 'right' }}
          slotProps={{ paper: { role: 'dialog', 'aria-labelledby': 'sync-popover-title', sx: { width: 380, maxWidth: 'calc(100vw - 16px)' } } }}
        >
          {status && <SyncPopover status={status} timeZone={timeZone} now={now} onDone={() => setAnchor(null)} />}
        </Popover>
      </MountWhen>
      <SyncDialogs />
    </>
  );
}
