import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useFirstRunStore } from '../firstRun/firstRunStore';
import { useSessionStore } from './sessionStore';

/**
 * "Who I am" (docs/roles.md): until this device has said who uses it, a line under the app bar asks,
 * and the picker lists the workspace's profiles (and creates one). The choice is kept on this device;
 * it is not a sign-in. What only a lead may do is refused by the core for everyone else.
 */
export function ProfilePrompt() {
  const show = useSessionStore((s) => s.loaded && !s.chosen && s.agent !== null);
  const agent = useSessionStore((s) => s.agent);
  const onboarded = useFirstRunStore((s) => s.status?.onboarded === true);
  if (!show || !onboarded) return null;
  return (
    <Alert
      severity="info"
      square
      data-testid="profile-prompt"
      // Narrow, the button goes under the question (right-aligned) instead of squeezing into a column beside it.
      sx={{ flexWrap: 'wrap', '& .MuiAlert-message': { flex: '1 1 220px' }, '& .MuiAlert-action': { ml: 'auto', whiteSpace: 'nowrap' } }}
      action={
        <Button color="inherit" size="small" onClick={() => useSessionStore.getState().openPicker(true)}>
          Choose your profile
        </Button>
      }
    >
      Who are you on this computer? Until you choose, you act as {agent?.name}.
    </Alert>
  );
}
