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
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useState, type FormEvent } from 'react';
import type { Input, Output } from '../../../shared/contract/index';
import { CASE_TYPE_DEFAULTS, defaultNeedBy, defaultTeam } from '../../../shared/domain/caseTypes';
import { localDayOf } from '../../../shared/domain/chatOutcomes';
import { CASE_TYPES, CASE_TYPE_LABELS, CHANNEL_LABELS, type CaseType, type Priority } from '../../../shared/domain/vocab';
import { DirectoryPicker, type DirectoryContact } from '../case/DirectoryPicker';
import { api, errorText } from '../../api';
import { useNow } from '../../lib/clock';
import { useComposerRequest } from '../case/composerRequest';
import { useQueueStore } from '../queue/queueStore';
import { useTimeZone } from '../session/sessionStore';
import { useCaseCreateStore, type CreateFrom } from './caseCreateStore';

type Created = Output<'cases.create'>;
type Teams = Output<'teams.list'>;
type Releases = Output<'releases.list'>;
type Organization = { id: string; name: string };
/** '' the type's default; 'me'; or a team id. */
type AssignTo = string;
/** Internal or external: not said, internal, external. */
type Audience = '' | 'internal' | 'external';

const SUBJECT_MAX = 500;

/** The priority a new case starts with: the item's when the type offers it, else the lowest the type offers. */
function startPriority(type: CaseType, wanted: Priority | null): Priority {
  const offered = CASE_TYPE_DEFAULTS[type].priorities.map((p) => p.priority);
  return wanted && offered.includes(wanted) ? wanted : offered.at(-1)!;
}

/**
 * The create-case dialog (`docs/cases.md` "Creating a case", `cases.create`): from the app bar's
 * **New case**, or **Create case** on a waiting call, chat, voicemail or email (prefilled from it; it
 * is filed into the new case). The type sets the defaults (who it goes to, the need-by date, the
 * priorities it offers with their meaning). After a P1/P2 case: the two escalation steps.
 */
export function CaseCreateDialog() {
  const open = useCaseCreateStore((s) => s.open);
  const from = useCaseCreateStore((s) => s.from);
  const seq = useCaseCreateStore((s) => s.seq);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  const close = useCaseCreateStore.getState().close;
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" fullScreen={fullScreen} aria-labelledby="case-create-title">
      {open && <CreateForm key={seq} from={from} onClose={close} />}
    </Dialog>
  );
}

function CreateForm({ from, onClose }: { from: CreateFrom | null; onClose(): void }) {
  const now = useNow();
  const timeZone = useTimeZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [type, setType] = useState<CaseType>('request_for_service');
  const [subject, setSubject] = useState(from?.subject ?? '');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<Priority>(startPriority('request_for_service', from?.priority ?? null));
  const [organization, setOrganization] = useState<Organization | null>(null);
  const [reporter, setReporter] = useState<DirectoryContact | null>(null);
  const [assignTo, setAssignTo] = useState<AssignTo>('');
  const [needBy, setNeedBy] = useState<string | null>(null);
  const [fromPartner, setFromPartner] = useState(false);
  const [audience, setAudience] = useState<Audience>('');
  const [possibleTestimonial, setPossibleTestimonial] = useState(false);
  const [caseSource, setCaseSource] = useState('');
  const [adminTaskType, setAdminTaskType] = useState('');
  const [teams, setTeams] = useState<Teams>([]);
  const [releases, setReleases] = useState<Releases>([]);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('teams.list', {}).then((list) => live && setTeams(list), () => undefined);
    void api.call('releases.list', {}).then((list) => live && setReleases(list), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  const defaults = CASE_TYPE_DEFAULTS[type];
  const option = defaults.priorities.find((p) => p.priority === priority) ?? defaults.priorities.at(-1)!;
  // The renderer's clock follows the core's and may carry a fraction of a millisecond.
  const typeNeedBy = Number.isFinite(now) ? defaultNeedBy(type, option.priority, localDayOf(Math.floor(now), timeZone), releases) : null;
  const shownNeedBy = needBy ?? typeNeedBy ?? '';
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
  const defaultTeamId = defaultTeam(type, option.priority);
  const subjectError = !from && !subject.trim() ? 'Enter a short summary of the request' : subject.trim().length > SUBJECT_MAX ? `At most ${SUBJECT_MAX} characters` : null;

  function chooseType(next: CaseType) {
    setType(next);
    setPriority(startPriority(next, option.priority));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (subjectError) return;
    setBusy(true);
    setError(null);
    const payload: Input<'cases.create'> = {
      type,
      priority: option.priority,
      ...(subject.trim() && { subject: subject.trim() }),
      ...(description.trim() && { description: description.trim() }),
      ...(organization && { organizationId: organization.id }),
      ...(reporter && { reporterId: reporter.id }),
      ...(assignTo === 'me' ? { assignee: 'me' as const } : assignTo ? { assignee: { teamId: assignTo } } : {}),
      ...(from && { fromInteractionId: from.interactionId }),
      // An edited date only: otherwise the core sets the type's default (in the workspace's zone).
      ...(needBy && { needBy }),
      ...(fromPartner && { fromPartner }),
      ...(audience && { internal: audience === 'internal' }),
      ...(possibleTestimonial && { possibleTestimonial }),
      ...(caseSource.trim() && { caseSource: caseSource.trim() }),
      ...(type === 'admin_task' && adminTaskType.trim() && { adminTaskType: adminTaskType.trim() }),
    };
    try {
      const result = await api.call('cases.create', payload);
      void openCase(result.case.id);
      if (result.escalation) setCreated(result);
      else onClose();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  if (created?.escalation) return <EscalationSteps created={created} teamName={teamName(created.escalation.teamId)} onClose={onClose} />;

  const channel = from ? CHANNEL_LABELS[from.channel].toLowerCase() : null;
  return (
    <Box component="form" noValidate onSubmit={(e) => void submit(e)} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
      <DialogTitle id="case-create-title">{from ? `Create a case from this ${channel}` : 'New case'}</DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="case-create-form">
        {from && (
          <Typography variant="body2" color="text.secondary" data-testid="case-create-from">
            From the {channel}
            {from.contactName ? ` of ${from.contactName}` : ''}
            {from.organizationName ? ` (${from.organizationName})` : ''}: its reporter and organization go on the case, and the {channel} is filed into it.
          </Typography>
        )}
        <TextField select label="Type" value={type} onChange={(e) => chooseType(e.target.value as CaseType)} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'case-create-type' } as object } }}>
          {CASE_TYPES.map((t) => (
            <MenuItem key={t} value={t}>
              {CASE_TYPE_LABELS[t]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Subject"
          required={!from}
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          error={touched && subjectError !== null}
          helperText={(touched && subjectError) || (from && !from.subject ? `Leave empty: the case is named after the ${channel}` : ' ')}
          slotProps={{ htmlInput: { 'data-testid': 'case-create-subject', maxLength: SUBJECT_MAX + 1 } }}
        />
        <TextField
          label="Description"
          multiline
          minRows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          helperText={from ? `Leave empty to use the ${channel}'s text` : "The customer's request in their words"}
        />
        <TextField
          select
          label="Priority"
          value={option.priority}
          onChange={(e) => setPriority(e.target.value as Priority)}
          helperText={option.meaning || ' '}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'case-create-priority' } as object }, formHelperText: { 'data-testid': 'case-create-priority-meaning' } as object }}
        >
          {defaults.priorities.map((p) => (
            <MenuItem key={p.priority} value={p.priority}>
              {p.label}
              {p.escalates ? ' · escalates' : ''}
            </MenuItem>
          ))}
        </TextField>
        {!from && (
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <Box sx={{ flex: '1 1 220px' }}>
              <DirectoryPicker
                kind="contact"
                label="Reporter"
                size="medium"
                value={reporter}
                onChange={(c) => {
                  setReporter(c);
                  // The reporter's organization, unless one was chosen.
                  if (c?.organizationId && !organization) setOrganization({ id: c.organizationId, name: c.organizationName ?? c.organizationId });
                }}
              />
            </Box>
            <Box sx={{ flex: '1 1 220px' }}>
              <DirectoryPicker
                kind="organization"
                label="Organization"
                size="medium"
                value={organization && { ...organization, priority: false }}
                onChange={(o) => setOrganization(o && { id: o.id, name: o.name })}
              />
            </Box>
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <TextField
            select
            label="Assign to"
            value={assignTo}
            onChange={(e) => setAssignTo(e.target.value)}
            sx={{ flex: '1 1 220px' }}
            helperText={defaults.assign.map((a) => `${a.to === 'me' ? 'Me' : teamName(a.to)}: ${a.when}`).join(' · ')}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">Default: {teamName(defaultTeamId)}</MenuItem>
            <MenuItem value="me">Me</MenuItem>
            {teams
              .filter((t) => t.id !== defaultTeamId)
              .map((t) => (
                <MenuItem key={t.id} value={t.id}>
                  {t.name}
                </MenuItem>
              ))}
          </TextField>
          <TextField
            type="date"
            label="Need by"
            value={shownNeedBy}
            onChange={(e) => setNeedBy(e.target.value || null)}
            sx={{ flex: '1 1 160px' }}
            helperText={needBy ? 'Changed from the type’s default' : typeNeedBy ? 'The type’s default' : defaults.needBy.kind === 'nextRelease' ? 'None: the next release only for P1/P2' : ' '}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'case-create-need-by' } }}
          />
        </Box>
        <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, m: 0, px: 1.5, pb: 1 }}>
          <Typography component="legend" variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
            Intake
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
            <FormControlLabel control={<Checkbox checked={fromPartner} onChange={(e) => setFromPartner(e.target.checked)} />} label="From a partner" />
            <FormControlLabel control={<Checkbox checked={possibleTestimonial} onChange={(e) => setPossibleTestimonial(e.target.checked)} />} label="Possible testimonial" />
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 1 }}>
            <TextField select size="small" label="Internal or external" value={audience} onChange={(e) => setAudience(e.target.value as Audience)} sx={{ flex: '1 1 160px' }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
              <MenuItem value="">Not said</MenuItem>
              <MenuItem value="internal">Internal</MenuItem>
              <MenuItem value="external">External</MenuItem>
            </TextField>
            <TextField size="small" label="Case source" value={caseSource} onChange={(e) => setCaseSource(e.target.value)} sx={{ flex: '1 1 160px' }} placeholder="e.g. webinar, sales" />
            {type === 'admin_task' && (
              <TextField size="small" label="Admin task type" value={adminTaskType} onChange={(e) => setAdminTaskType(e.target.value)} sx={{ flex: '1 1 160px' }} placeholder="e.g. license change" />
            )}
          </Box>
        </Box>
        {error && (
          <Alert severity="error" data-testid="case-create-error">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" disabled={busy} data-testid="case-create-submit">
          Create case
        </Button>
      </DialogActions>
    </Box>
  );
}

async function openCase(caseId: string): Promise<void> {
  try {
    await useQueueStore.getState().openCase(caseId);
  } catch {
    // The case was created; the queue shows it once it is read again.
  }
}

/** After a P1/P2 case: assign (or link) the dev team, and write the acknowledgement with the case number. */
function EscalationSteps({ created, teamName, onClose }: { created: Created; teamName: string; onClose(): void }) {
  const c = created.case;
  const escalation = created.escalation!;
  const [withTeam, setWithTeam] = useState(created.team?.id === escalation.teamId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function assignTeam() {
    setBusy(true);
    setError(null);
    try {
      await api.call('cases.update', { id: c.id, set: { assignee: { teamId: escalation.teamId } } });
      setWithTeam(true);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  function acknowledge() {
    useComposerRequest.getState().ask(c.id, escalation.template);
    void openCase(c.id);
    onClose();
  }

  return (
    <>
      <DialogTitle id="case-create-title">
        {c.key} created · {c.priority} escalates
      </DialogTitle>
      <DialogContent dividers data-testid="case-create-escalation">
        <Typography variant="body2" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
          {c.subject}: a {c.priority} case goes to engineering, and the customer is told the case number. Two steps:
        </Typography>
        <Box component="ol" sx={{ m: 0, pl: 3, display: 'flex', flexDirection: 'column', gap: 2 }}>
          <li>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              Escalate to the {teamName}.
            </Typography>
            {withTeam ? (
              <Typography variant="body2" color="success.main" data-testid="escalation-team-done">
                The case is with the {teamName}.
              </Typography>
            ) : (
              <Button variant="outlined" size="small" disabled={busy} onClick={() => void assignTeam()} data-testid="escalation-assign">
                Assign to the {teamName}
              </Button>
            )}
          </li>
          <li>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              Acknowledge it to the customer with the case number {c.key}.
            </Typography>
            <Button variant="contained" size="small" onClick={acknowledge} data-testid="escalation-acknowledge">
              Write the acknowledgement
            </Button>
          </li>
        </Box>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Done</Button>
      </DialogActions>
    </>
  );
}
