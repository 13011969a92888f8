import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useEffect, useState, type FormEvent } from 'react';
import { CASE_SEARCH_LIMIT, type CaseSearchHit, type InteractionDetail } from '../../../shared/contract/index';
import {
  CASE_TYPE_LABELS,
  CASE_TYPES,
  CHANNEL_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  type CaseType,
  type Priority,
} from '../../../shared/domain/vocab';
import { errorText } from '../../api';
import { useIntakeStore } from './intakeStore';
import { contactPayload, LOG_LIMITS, validateContact, type ContactForm } from './logForm';
import { CaseHits } from '../case/CasePicker';

/** Wait this long after the last keystroke before searching. */
const SEARCH_DELAY_MS = 250;
const SUBJECT_MAX = 300;

type Mode = 'new' | 'existing';

/**
 * *File into case*: a new case (subject, type, priority prefilled from the item; the reporter typed
 * in when nobody knows who called) or an existing one found by key, contact or organization
 * (`cases.search`). On success the case opens; its timeline shows the original.
 */
export function FileIntoCaseDialog({ open, onClose, detail }: { open: boolean; onClose(): void; detail: InteractionDetail }) {
  // Mounted only while open, so each opening starts from the item's values.
  return open ? <FileDialog onClose={onClose} detail={detail} /> : null;
}

function FileDialog({ onClose, detail }: { onClose(): void; detail: InteractionDetail }) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const channel = CHANNEL_LABELS[detail.channel].toLowerCase();
  // Prefilled from the item when the dialog opens; later re-reads of the item do not overwrite what the agent typed.
  const [mode, setMode] = useState<Mode>('new');
  const [subject, setSubject] = useState(detail.subject ?? '');
  const [type, setType] = useState<CaseType>('request_for_service');
  const [priority, setPriority] = useState<Priority>(detail.priority ?? 'P4');
  const [urgent, setUrgent] = useState(detail.urgent);
  const [assignToMe, setAssignToMe] = useState(detail.assigneeId === null);
  // An unknown caller or sender: the agent says who it was (prefilled with what its system sent).
  const askReporter = detail.contact === null;
  const [reporter, setReporter] = useState<ContactForm>({ name: detail.from?.name ?? '', phone: detail.from?.phone ?? '', email: detail.from?.email ?? '' });
  const reporterErrors = askReporter ? validateContact(reporter, 'Enter the reporter’s name: who called or wrote') : {};
  const [query, setQuery] = useState(detail.contact?.email ?? detail.contact?.name ?? '');
  const [picked, setPicked] = useState<CaseSearchHit | null>(null);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const search = useIntakeStore((s) => s.search);

  useEffect(() => {
    if (mode !== 'existing') return;
    const timer = setTimeout(() => void useIntakeStore.getState().searchCases(query), query.trim() ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [mode, query]);

  const subjectError = !subject.trim() ? 'Enter a subject for the new case' : subject.trim().length > SUBJECT_MAX ? `At most ${SUBJECT_MAX} characters` : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (mode === 'new' && (subjectError || Object.keys(reporterErrors).length > 0)) return;
    if (mode === 'existing' && !picked) {
      setError('Pick a case from the search results first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await useIntakeStore
        .getState()
        .file(
          mode === 'new'
            ? { newCase: { subject: subject.trim(), type, priority, urgent, assignToMe, ...(askReporter && { reporter: contactPayload(reporter) }) } }
            : { caseId: picked!.id },
        );
      onClose();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const submitLabel = mode === 'new' ? 'Create case' : picked ? `Add to ${picked.key}` : 'Add to case';

  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth fullScreen={narrow} maxWidth="sm" aria-labelledby="file-title">
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id="file-title">File this {channel} into a case</DialogTitle>
        <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            value={mode}
            onChange={(_e, value: Mode | null) => {
              if (value) {
                setMode(value);
                setError(null);
              }
            }}
            aria-label="Where to file it"
            sx={{ alignSelf: 'flex-start', '& .MuiToggleButton-root': { textTransform: 'none', px: 1.5 } }}
          >
            <ToggleButton value="new">New case</ToggleButton>
            <ToggleButton value="existing">Add to existing case</ToggleButton>
          </ToggleButtonGroup>

          {mode === 'new' ? (
            <>
              <TextField
                label="Subject"
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
                onBlur={() => setTouched(true)}
                required
                fullWidth
                autoFocus
                error={touched && subjectError !== null}
                helperText={touched && subjectError}
                slotProps={{ htmlInput: { maxLength: SUBJECT_MAX + 50 } }}
              />
              <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                <TextField select label="Type" value={type} onChange={(e) => setType(e.target.value as CaseType)} sx={{ minWidth: 200, flex: 1 }}>
                  {CASE_TYPES.map((t) => (
                    <MenuItem key={t} value={t}>
                      {CASE_TYPE_LABELS[t]}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField select label="Priority" value={priority} onChange={(e) => setPriority(e.target.value as Priority)} sx={{ minWidth: 160 }}>
                  {PRIORITIES.map((p) => (
                    <MenuItem key={p} value={p}>
                      {p} {PRIORITY_LABELS[p]}
                    </MenuItem>
                  ))}
                </TextField>
              </Box>
              <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                <FormControlLabel control={<Checkbox checked={urgent} onChange={(e) => setUrgent(e.target.checked)} />} label="Urgent" />
                <FormControlLabel control={<Checkbox checked={assignToMe} onChange={(e) => setAssignToMe(e.target.checked)} />} label="Assign to me" />
              </Box>
              {askReporter ? (
                <ReporterFields reporter={reporter} errors={touched ? reporterErrors : {}} onChange={setReporter} />
              ) : (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  The reporter is {detail.contact!.name}; the case starts when the {channel} arrived.
                </Typography>
              )}
            </>
          ) : (
            <>
              <TextField
                label="Search cases"
                placeholder="Case key, contact name or email, organization"
                value={query}
                onChange={(e) => {
                  setQuery(e.target.value);
                  setPicked(null);
                }}
                fullWidth
                autoFocus
                type="search"
                slotProps={{ htmlInput: { 'aria-describedby': 'case-search-status', maxLength: 200 } }}
              />
              <SearchResults picked={picked} onPick={setPicked} search={search} query={query} />
            </>
          )}
          {error && (
            <Alert severity="error" data-testid="file-error">
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={busy || (mode === 'existing' && !picked)}>
            {busy ? 'Filing…' : submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** Who called or wrote, when the item does not say: the new case's reporter, added as a contact unless a known phone or email finds one. */
function ReporterFields({ reporter, errors, onChange }: { reporter: ContactForm; errors: Partial<Record<keyof ContactForm, string>>; onChange(next: ContactForm): void }) {
  const field = (key: keyof ContactForm, label: string, type: string, required = false) => (
    <TextField
      label={label}
      type={type}
      required={required}
      value={reporter[key]}
      onChange={(e) => onChange({ ...reporter, [key]: e.target.value })}
      error={errors[key] !== undefined}
      helperText={errors[key]}
      fullWidth
      autoComplete="off"
      slotProps={{ htmlInput: { maxLength: LOG_LIMITS[key] + 50 } }}
    />
  );
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        Reporter
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: -0.5 }}>
        Nobody knows who this is yet: say who called or wrote. A known phone number or email address picks the existing contact.
      </Typography>
      {field('name', 'Reporter name', 'text', true)}
      <Box sx={{ display: 'flex', gap: 1.5, flexDirection: { xs: 'column', sm: 'row' } }}>
        {field('phone', 'Reporter phone', 'tel')}
        {field('email', 'Reporter email', 'email')}
      </Box>
    </Box>
  );
}

function SearchResults({
  search,
  query,
  picked,
  onPick,
}: {
  search: ReturnType<typeof useIntakeStore.getState>['search'];
  query: string;
  picked: CaseSearchHit | null;
  onPick(hit: CaseSearchHit): void;
}) {
  let status: string;
  if (!query.trim()) status = 'Type a case key, a contact or an organization.';
  else if (search.error) status = `Search failed: ${search.error}`;
  else if (search.loading || search.hits === null) status = 'Searching…';
  else if (search.hits.length === 0) status = `No case matches “${search.text}”.`;
  else status = `${search.hits.length} case${search.hits.length === 1 ? '' : 's'} found${search.hits.length >= CASE_SEARCH_LIMIT ? ` (the first ${CASE_SEARCH_LIMIT}; type more to narrow)` : ''}.`;
  const hits = query.trim() && !search.error ? (search.hits ?? []) : [];
  return (
    <Box>
      <Typography
        id="case-search-status"
        role="status"
        variant="body2"
        sx={{ color: search.error ? 'error.main' : 'text.secondary', display: 'flex', alignItems: 'center', gap: 1 }}
      >
        {search.loading && <CircularProgress size={12} aria-hidden />}
        {status}
      </Typography>
      {hits.length > 0 && <CaseHits hits={hits} picked={picked} onPick={onPick} />}
    </Box>
  );
}
