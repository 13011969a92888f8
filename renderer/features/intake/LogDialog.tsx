import CallOutlined from '@mui/icons-material/CallOutlined';
import ChatOutlined from '@mui/icons-material/ChatOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type FormEvent } from 'react';
import { PRIORITIES, PRIORITY_LABELS, type Priority } from '../../../shared/domain/vocab';
import { errorText } from '../../api';
import { useIntakeStore } from './intakeStore';
import { emptyLogForm, LOG_LIMITS, logPayload, validateLogForm, type LogField, type LogForm } from './logForm';

/**
 * The quick form behind **Log call / chat** (`LogInteraction.tsx`), loaded when first opened: a call
 * or chat the agent had, recorded as done (it is not waiting for anyone) and opened, to file into a case.
 */
export function LogDialog({ fullScreen, onClose }: { fullScreen: boolean; onClose(): void }) {
  const [form, setForm] = useState<LogForm>(emptyLogForm);
  const [touched, setTouched] = useState<Partial<Record<LogField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errors = useMemo(() => validateLogForm(form), [form]);
  const shown = (field: LogField) => ((submitted || touched[field]) && errors[field]) || undefined;
  const edit = <K extends keyof LogForm>(key: K, value: LogForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const blur = (field: LogField) => () => setTouched((t) => ({ ...t, [field]: true }));
  const isCall = form.channel === 'phone';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) {
      const first = (['name', 'phone', 'email', 'subject', 'note'] as const).find((f) => errors[f]);
      if (first) document.getElementById(`log-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await useIntakeStore.getState().log(logPayload(form));
      onClose();
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  }

  const text = (field: LogField, label: string, extra: TextFieldProps = {}) => (
    <TextField
      {...extra}
      id={`log-${field}`}
      label={label}
      value={form[field]}
      onChange={(e) => edit(field, e.target.value)}
      onBlur={blur(field)}
      error={shown(field) !== undefined}
      helperText={shown(field) ?? extra.helperText}
      fullWidth
      slotProps={{ htmlInput: { maxLength: LOG_LIMITS[field] + 50 } }}
    />
  );

  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth fullScreen={fullScreen} maxWidth="sm" aria-labelledby="log-title">
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id="log-title">Log a call or chat</DialogTitle>
        <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.75 }}>
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            value={form.channel}
            onChange={(_e, value: LogForm['channel'] | null) => value && edit('channel', value)}
            aria-label="Channel"
            sx={{ alignSelf: 'flex-start', '& .MuiToggleButton-root': { textTransform: 'none', px: 1.5 } }}
          >
            <ToggleButton value="phone" aria-label="Call">
              <CallOutlined fontSize="small" sx={{ mr: 0.5 }} aria-hidden />
              Call
            </ToggleButton>
            <ToggleButton value="chat" aria-label="Chat">
              <ChatOutlined fontSize="small" sx={{ mr: 0.5 }} aria-hidden />
              Chat
            </ToggleButton>
          </ToggleButtonGroup>

          <Typography variant="subtitle2" component="h3" sx={{ mb: -0.5 }}>
            Contact
          </Typography>
          {text('name', 'Name', { required: true, autoFocus: true, autoComplete: 'off' })}
          <Box sx={{ display: 'flex', gap: 1.5, flexDirection: { xs: 'column', sm: 'row' } }}>
            {text('phone', 'Phone', { type: 'tel', autoComplete: 'off' })}
            {text('email', 'Email', { type: 'email', autoComplete: 'off' })}
          </Box>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: -0.75 }}>
            A known phone number or email address picks the existing contact instead of adding a new one.
          </Typography>

          {text('subject', 'Subject', { required: true, placeholder: isCall ? 'e.g. Portal login fails' : 'e.g. Question about the invoice' })}
          {text('note', 'Note (optional)', { multiline: true, minRows: 2, placeholder: isCall ? 'What the caller said' : 'The customer’s message' })}

          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              select
              id="log-priority"
              label="Priority"
              value={form.priority}
              onChange={(e) => edit('priority', e.target.value as Priority | '')}
              sx={{ minWidth: 170 }}
            >
              <MenuItem value="">None</MenuItem>
              {PRIORITIES.map((p) => (
                <MenuItem key={p} value={p}>
                  {p} {PRIORITY_LABELS[p]}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel control={<Checkbox checked={form.urgent} onChange={(e) => edit('urgent', e.target.checked)} />} label="Urgent" />
            <FormControlLabel control={<Checkbox checked={form.assignToMe} onChange={(e) => edit('assignToMe', e.target.checked)} />} label="Assign to me" />
          </Box>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            It is recorded as done, not put in the queue: it already happened. File it into a case if it needs follow-up.
          </Typography>
          {error && (
            <Alert severity="error" data-testid="log-error">
              Not logged: {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Logging…' : isCall ? 'Log call' : 'Log chat'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
