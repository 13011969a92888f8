import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useState } from 'react';
import type { AgentRole } from '../../../shared/domain/vocab';
import { api } from '../../api';
import { useAction } from '../../lib/useAction';
import { PROFILE_NOT_SIGN_IN } from './AgentMenu';
import { useSessionStore } from './sessionStore';

/** The profile picker: choose who you are on this device, or create your profile (docs/roles.md). */
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function ProfilePicker() {
  const open = useSessionStore((s) => s.pickerOpen);
  const agents = useSessionStore((s) => s.agents);
  const me = useSessionStore((s) => s.agent);
  const chosen = useSessionStore((s) => s.chosen);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AgentRole>('agent');
  const [timeZone, setTimeZone] = useState(deviceZone);
  const { busy, error, setError, run } = useAction();
  const { openPicker, setAgent, loadAgents } = useSessionStore.getState();

  useEffect(() => {
    if (open) void loadAgents();
  }, [open, loadAgents]);
  const close = () => {
    openPicker(false);
    setCreating(false);
    setError(null);
  };
  const pick = (agentId: string) =>
    void run(async () => {
      await setAgent(agentId);
      close();
    });
  const create = () =>
    void run(async () => {
      const agent = await api.call('agents.create', { name, email, role, timeZone });
      await setAgent(agent.id);
      setName('');
      setEmail('');
      close();
    });

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" fullScreen={fullScreen} aria-labelledby="profile-title">
      <DialogTitle id="profile-title">{creating ? 'Create your profile' : 'Who are you?'}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {PROFILE_NOT_SIGN_IN} What only a lead may do is refused for agents, and every such action is recorded with who and when.
        </Typography>
        {!creating ? (
          <List aria-label="Profiles" data-testid="profile-list">
            {agents.map((a) => (
              <ListItemButton key={a.id} selected={chosen && a.id === me?.id} disabled={busy} onClick={() => pick(a.id)}>
                <ListItemText primary={`${a.name}${a.role === 'lead' ? ' · Lead' : ''}`} secondary={[a.email, a.timeZone].filter(Boolean).join(' · ')} />
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
            <TextField label="Email" value={email} onChange={(e) => setEmail(e.target.value)} type="email" />
            <TextField select label="Role" value={role} onChange={(e) => setRole(e.target.value as AgentRole)} helperText="A lead profile needs a lead to create it, unless the workspace has no lead yet.">
              <MenuItem value="agent">Agent</MenuItem>
              <MenuItem value="lead">Lead</MenuItem>
            </TextField>
            <TextField label="Time zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} helperText="Your schedule and your day are read in it (e.g. America/Chicago)." />
          </Stack>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {creating ? (
          <>
            <Button onClick={() => setCreating(false)} disabled={busy}>
              Back
            </Button>
            <Button variant="contained" onClick={create} disabled={busy || name.trim() === ''}>
              Create and use
            </Button>
          </>
        ) : (
          <>
            <Button onClick={() => setCreating(true)}>Create a profile…</Button>
            <Button onClick={close}>Close</Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
