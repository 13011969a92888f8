import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../../shared/contract/index';
import { CASE_TYPE_DEFAULTS } from '../../../shared/domain/caseTypes';
import { CASE_TYPE_LABELS, CASE_TYPES, type CaseType, type Priority } from '../../../shared/domain/vocab';
import { priorityMeaning } from './CaseFields';
import { useCaseStore } from './caseStore';
import { refusalText } from './EditableField';
import { openCase } from './openCase';
import { useAction } from '../../lib/useAction';

const SUBJECT_MAX = 500;

/**
 * *Split*: a second request in this case becomes its own case (its type's defaults, the same
 * organization and reporter), linked to this one: a child, or the configuration case this one
 * needs. This case stays open; the new key is shown with a link to open it.
 */
export function SplitDialog({ detail, onClose }: { detail: Pick<CaseDetail, 'key' | 'type'>; onClose(): void }) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [type, setType] = useState<CaseType>(detail.type);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<Priority>(CASE_TYPE_DEFAULTS[detail.type].priorities.at(-1)!.priority);
  const [config, setConfig] = useState(false);
  const [touched, setTouched] = useState(false);
  const { busy, error, run } = useAction(refusalText);
  const [made, setMade] = useState<CaseDetail | null>(null);
  const subjectError = subject.trim() ? null : 'Enter a subject for the new case';
  const offered = CASE_TYPE_DEFAULTS[type].priorities;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (subjectError) return;
    await run(async () => {
      const created = await useCaseStore.getState().split({
        type,
        subject: subject.trim(),
        ...(description.trim() && { description: description.trim() }),
        priority,
        as: config ? 'needs_config' : 'split',
      });
      setMade(created);
    });
  }

  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth fullScreen={narrow} maxWidth="sm" aria-labelledby="split-title">
      <Box component="form" noValidate onSubmit={(e) => void submit(e)} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id="split-title">Split a new case off {detail.key}</DialogTitle>
        <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          {made ? (
            <Alert severity="success" data-testid="split-made">
              {made.key} created{config ? `: the configuration case ${detail.key} needs` : `, a child of ${detail.key}`} ({made.priority}, {made.team?.name ?? made.assignee?.name ?? 'unassigned'}).{' '}
              {made.splitApproval?.state === 'pending' && "It waits for a lead's approval: tell your shift lead. "}
              <Link
                component="button"
                type="button"
                onClick={() => {
                  onClose();
                  void openCase(made.id, made.key);
                }}
              >
                Open {made.key}
              </Link>
            </Alert>
          ) : (
            <>
              <TextField
                label="Subject of the new case"
                value={subject}
                required
                autoFocus
                fullWidth
                onChange={(e) => setSubject(e.target.value)}
                onBlur={() => setTouched(true)}
                error={touched && subjectError !== null}
                helperText={touched && subjectError}
                slotProps={{ htmlInput: { maxLength: SUBJECT_MAX } }}
              />
              <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                <TextField
                  select
                  label="Type"
                  value={type}
                  onChange={(e) => {
                    const next = e.target.value as CaseType;
                    setType(next);
                    if (!CASE_TYPE_DEFAULTS[next].priorities.some((p) => p.priority === priority)) setPriority(CASE_TYPE_DEFAULTS[next].priorities.at(-1)!.priority);
                  }}
                  sx={{ minWidth: 200, flex: 1 }}
                  slotProps={{ select: { native: true } }}
                >
                  {CASE_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {CASE_TYPE_LABELS[t]}
                    </option>
                  ))}
                </TextField>
                <TextField
                  select
                  label="Priority"
                  value={priority}
                  onChange={(e) => setPriority(e.target.value as Priority)}
                  sx={{ minWidth: 160 }}
                  slotProps={{ select: { native: true } }}
                >
                  {offered.map((p) => (
                    <option key={p.priority} value={p.priority}>
                      {p.label}
                    </option>
                  ))}
                </TextField>
              </Box>
              <Box sx={{ typography: 'caption', color: 'text.secondary', mt: -1 }} data-testid="split-priority-help">
                {priorityMeaning(type, priority)}
              </Box>
              <TextField label="Description (optional)" value={description} multiline minRows={3} fullWidth onChange={(e) => setDescription(e.target.value)} />
              <FormControlLabel
                control={<Checkbox checked={config} onChange={(e) => setConfig(e.target.checked)} />}
                label={`This is the configuration case ${detail.key} needs (the rules raise its priority)`}
              />
            </>
          )}
          {error && <Alert severity="error">{error}</Alert>}
        </DialogContent>
        <DialogActions>
          {made ? (
            <Button onClick={onClose} variant="contained">
              Close
            </Button>
          ) : (
            <>
              <Button onClick={onClose} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" variant="contained" disabled={busy}>
                {busy ? 'Splitting…' : 'Create the new case'}
              </Button>
            </>
          )}
        </DialogActions>
      </Box>
    </Dialog>
  );
}
