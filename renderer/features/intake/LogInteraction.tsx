import AddIcCallOutlined from '@mui/icons-material/AddIcCallOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { Suspense, useState } from 'react';
import { lazyPanel } from '../../lib/lazyPanel';

export const LOG_BUTTON_TEXT = 'Log call / chat';

// The form is loaded when first opened (lib/lazyPanel.tsx).
const LogDialog = lazyPanel(() => import('./LogDialog').then((m) => m.LogDialog));

/**
 * The app bar's **Log call / chat** and its quick form (`interactions.log`): a call on the desk phone
 * or a chat in another tool becomes a waiting item in the queue, and opens.
 */
export function LogInteraction() {
  const [open, setOpen] = useState(false);
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <>
      {narrow ? (
        <Tooltip title={LOG_BUTTON_TEXT}>
          <IconButton color="inherit" aria-label={LOG_BUTTON_TEXT} onClick={() => setOpen(true)} data-testid="log-interaction">
            <AddIcCallOutlined />
          </IconButton>
        </Tooltip>
      ) : (
        <Button
          color="inherit"
          variant="outlined"
          startIcon={<AddIcCallOutlined />}
          onClick={() => setOpen(true)}
          data-testid="log-interaction"
          sx={{ borderColor: 'rgba(255,255,255,0.5)' }}
        >
          {LOG_BUTTON_TEXT}
        </Button>
      )}
      {open && (
        <Suspense fallback={null}>
          <LogDialog fullScreen={narrow} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

