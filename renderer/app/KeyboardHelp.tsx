import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { Fragment } from 'react';
import { SHORTCUTS, useKeyboardHelpStore } from './shortcuts';

/** The "Keyboard" dialog (`?` or the keyboard button above the queue): every key and what it does. */
export function KeyboardHelp() {
  const open = useKeyboardHelpStore((s) => s.open);
  const setOpen = useKeyboardHelpStore((s) => s.setOpen);
  return (
    <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth aria-labelledby="keyboard-help-title">
      <DialogTitle id="keyboard-help-title">Keyboard</DialogTitle>
      <DialogContent>
        <Box
          component="dl"
          data-testid="keyboard-help"
          sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.75, m: 0, alignItems: 'baseline' }}
        >
          {SHORTCUTS.map(({ keys, does }) => (
            <Fragment key={keys.join(' ') + does}>
              <Box component="dt" sx={{ whiteSpace: 'nowrap' }}>
                {keys.map((k, i) => (
                  <Fragment key={k}>
                    {i > 0 && <Box component="span" sx={{ mx: 0.5, color: 'text.secondary', fontSize: '0.75rem' }}>{keys[0] === 'g' ? 'then' : 'or'}</Box>}
                    <Box
                      component="kbd"
                      sx={{
                        display: 'inline-block',
                        minWidth: 22,
                        px: 0.75,
                        textAlign: 'center',
                        fontFamily: 'inherit',
                        fontSize: '0.8rem',
                        border: 1,
                        borderColor: 'divider',
                        borderBottomWidth: 2,
                        borderRadius: 1,
                        bgcolor: 'action.hover',
                      }}
                    >
                      {k}
                    </Box>
                  </Fragment>
                ))}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {does}
              </Box>
            </Fragment>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setOpen(false)}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
