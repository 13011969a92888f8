import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { useFirstRunStore, type FirstRunChoice } from './firstRunStore';

/**
 * Shown while the workspace has not been set up (`workspace.status` says `onboarded: false`):
 * load the sample shift (recommended), start empty, or import a workspace file.
 */
export function FirstRunDialog() {
  const status = useFirstRunStore((s) => s.status);
  const busy = useFirstRunStore((s) => s.busy);
  const error = useFirstRunStore((s) => s.error);
  const { loadSample, startEmpty, importWorkspace } = useFirstRunStore.getState();
  const fileInput = useRef<HTMLInputElement>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await importWorkspace(await file.text());
  }

  return (
    <Dialog open={status !== null && !status.onboarded} aria-labelledby="first-run-title" aria-describedby="first-run-intro" maxWidth="sm" fullWidth>
      <Box data-testid="first-run">
        <DialogTitle id="first-run-title">Welcome to Shiftdesk</DialogTitle>
        <DialogContent>
          <Typography id="first-run-intro" sx={{ mb: 2 }}>
            Shiftdesk keeps your calls, chats, voicemails and emails in one queue, most urgent and longest waiting first. How would you like to start?
          </Typography>
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <Option
              id="sample"
              busy={busy}
              recommended
              label="Load the sample shift"
              description="A realistic live shift so you can try everything: calls ringing, chats waiting, cases close to their deadline."
              onChoose={() => void loadSample()}
            />
            <Option
              id="empty"
              busy={busy}
              label="Start empty"
              description="An empty workspace; work appears as it arrives."
              onChoose={() => void startEmpty()}
            />
            <Option
              id="import"
              busy={busy}
              label="Import a workspace file"
              description="A Shiftdesk workspace file (.json), for example exported from another computer."
              onChoose={() => fileInput.current?.click()}
            />
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="import-file"
              aria-label="Workspace file to import"
              onChange={(event) => void onFile(event)}
            />
          </Box>
          {error && (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              <AlertTitle>That did not work</AlertTitle>
              <Box component="span" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {error}
              </Box>
            </Alert>
          )}
        </DialogContent>
      </Box>
    </Dialog>
  );
}

interface OptionProps {
  id: FirstRunChoice;
  busy: FirstRunChoice | null;
  label: string;
  description: ReactNode;
  recommended?: boolean;
  onChoose(): void;
}

function Option({ id, busy, label, description, recommended = false, onChoose }: OptionProps) {
  const descriptionId = `first-run-${id}-description`;
  return (
    <Box
      sx={{
        display: 'grid',
        // Docked narrow, the description goes under the button instead of beside it.
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '210px minmax(0, 1fr)' },
        gap: 1.5,
        alignItems: 'center',
        p: 1.5,
        border: 1,
        borderRadius: 1,
        borderColor: recommended ? 'primary.main' : 'divider',
      }}
    >
      <Button
        variant={recommended ? 'contained' : 'outlined'}
        size="medium"
        disabled={busy !== null}
        aria-describedby={descriptionId}
        onClick={onChoose}
        startIcon={busy === id ? <CircularProgress size={14} color="inherit" /> : undefined}
      >
        {label}
      </Button>
      <Box id={descriptionId}>
        {recommended && <Chip label="Recommended" color="primary" variant="outlined" sx={{ height: 20, mb: 0.5 }} />}
        <Typography variant="body2">{description}</Typography>
      </Box>
    </Box>
  );
}
