import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_RT_MAPPING, type RtMapping } from '../../../shared/contract/sync';
import { CASE_STATUSES, CASE_STATUS_LABELS, CASE_TYPES, CASE_TYPE_LABELS, PRIORITIES, PRIORITY_LABELS, type CaseStatus, type CaseType, type Priority } from '../../../shared/domain/vocab';
import { useAction } from '../../lib/useAction';
import { useSessionStore } from '../session/sessionStore';
import { useSyncStore } from './syncStore';

/** The mapping as the form edits it: texts as typed, the records as rows. */
export interface MappingForm {
  statusToRt: Record<CaseStatus, string>;
  statusFromRt: { rt: string; ours: CaseStatus }[];
  statusField: string;
  typeField: string;
  clientIdField: string;
  defaultType: CaseType;
  priorityToRt: Record<Priority, string>;
  people: { user: string; agentId: string }[];
}

export function mappingForm(m: RtMapping): MappingForm {
  return {
    statusToRt: { ...m.statusToRt },
    statusFromRt: Object.entries(m.statusFromRt).map(([rt, ours]) => ({ rt, ours })),
    statusField: m.statusField ?? '',
    typeField: m.typeField ?? '',
    clientIdField: m.clientIdField ?? '',
    defaultType: m.defaultType,
    priorityToRt: Object.fromEntries(PRIORITIES.map((p) => [p, String(m.priorityToRt[p])])) as Record<Priority, string>,
    people: Object.entries(m.people).map(([user, agentId]) => ({ user, agentId })),
  };
}

/** The form as the mapping `sync.setMapping` takes (empty custom field: none; empty rows left out), or what is wrong with it. */
export function formMapping(f: MappingForm): { mapping: RtMapping } | { error: string } {
  const priorityToRt = {} as Record<Priority, number>;
  for (const p of PRIORITIES) {
    const n = Number(f.priorityToRt[p].trim());
    if (f.priorityToRt[p].trim() === '' || !Number.isInteger(n)) return { error: `Priorities: ${p} needs a whole number (RT's Priority)` };
    priorityToRt[p] = n;
  }
  const statusFromRt: Record<string, CaseStatus> = {};
  for (const { rt, ours } of f.statusFromRt) {
    const name = rt.trim();
    if (name === '') continue;
    if (name in statusFromRt) return { error: `RT status "${name}" is listed twice` };
    statusFromRt[name] = ours;
  }
  const people: Record<string, string> = {};
  for (const { user, agentId } of f.people) {
    const name = user.trim();
    if (name === '' && agentId === '') continue;
    if (name === '') return { error: 'People: give the RT user name of each row' };
    if (agentId === '') return { error: `People: choose the agent for ${name}` };
    if (name in people) return { error: `People: ${name} is listed twice` };
    people[name] = agentId;
  }
  const field = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    mapping: {
      statusToRt: { ...f.statusToRt },
      statusFromRt,
      statusField: field(f.statusField),
      typeField: field(f.typeField),
      defaultType: f.defaultType,
      clientIdField: field(f.clientIdField),
      priorityToRt,
      people,
    },
  };
}

/**
 * The help desk's field mapping (leads, `sync.setMapping`; docs/sync.md "The field mapping"): how our
 * statuses, types, priorities and people are named in RT. Opened from the connection dialog when
 * connected; saving replaces the connection's mapping (the cases already pulled are not read again).
 * The core's refusals show here in its words.
 */
export function SyncMappingDialog() {
  const open = useSyncStore((s) => s.mappingOpen);
  const close = useSyncStore((s) => s.closeMapping);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" fullScreen={fullScreen} aria-labelledby="sync-mapping-title">
      <DialogTitle id="sync-mapping-title">Field mapping</DialogTitle>
      {/* Remounted at each opening: the form starts from the mapping as stored. */}
      {open && <MappingEditor onDone={close} />}
    </Dialog>
  );
}

const ROW = { display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' } as const;

/** The field a refusal names ("sync.setMapping: mapping.priorityToRt.P4: …" -> "priorityToRt.P4"), to mark it. */
export function fieldNamed(error: string | null): string | null {
  return error?.match(/\bmapping\.([A-Za-z]+(?:\.[^:\s]+)?):/)?.[1] ?? null;
}

function Part({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={`sync-mapping-${id}`}>
      <Typography id={`sync-mapping-${id}`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {description}
      </Typography>
      {children}
    </Box>
  );
}

function MappingEditor({ onDone }: { onDone(): void }) {
  const stored = useSyncStore((s) => s.status?.connection?.mapping ?? null);
  const { setMapping } = useSyncStore.getState();
  const agents = useSessionStore((s) => s.agents);
  const [form, setForm] = useState(() => mappingForm(stored ?? DEFAULT_RT_MAPPING));
  const { busy, error, setError, run } = useAction();
  const [reset, setReset] = useState(false);
  const bad = fieldNamed(error);
  useEffect(() => void useSessionStore.getState().loadAgents(), []);

  const edit = (change: (f: MappingForm) => MappingForm) => {
    setForm(change);
    setError(null);
    setReset(false);
  };
  const save = () => {
    const out = formMapping(form);
    if ('error' in out) {
      setError(out.error);
      return;
    }
    void run(() => setMapping(out.mapping)).then((ok) => ok && onDone());
  };
  // An agent id the mapping names that the list lacks still shows (the core says what is wrong with it).
  const agentOptions = [...agents.map((a) => ({ id: a.id, name: a.name })), ...form.people.filter((p) => p.agentId !== '' && !agents.some((a) => a.id === p.agentId)).map((p) => ({ id: p.agentId, name: p.agentId }))];

  return (
    <>
      <DialogContent dividers data-testid="sync-mapping">
        <Stack spacing={3}>
          {stored === null && <Alert severity="info">Not connected: connect to a help desk first; the mapping belongs to the connection.</Alert>}
          <Part id="statuses" title="Statuses" description="Each Shiftdesk status is sent to RT as this lifecycle status.">
            {/* One column when narrow, two or three side by side when wide. */}
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 17rem), 1fr))', columnGap: 3, rowGap: 1 }}>
              {CASE_STATUSES.map((s) => (
                <Box key={s} sx={ROW}>
                  <Typography variant="body2" sx={{ flex: '1 1 9rem' }} id={`sync-mapping-status-${s}`}>
                    {CASE_STATUS_LABELS[s]}
                  </Typography>
                  <TextField
                    size="small"
                    sx={{ flex: '1 1 9rem' }}
                    value={form.statusToRt[s]}
                    error={bad === `statusToRt.${s}`}
                    slotProps={{ htmlInput: { 'aria-label': `RT status for ${CASE_STATUS_LABELS[s]}` } }}
                    onChange={(e) => edit((f) => ({ ...f, statusToRt: { ...f.statusToRt, [s]: e.target.value } }))}
                  />
                </Box>
              ))}
            </Box>
            <Typography variant="subtitle2" component="h4" sx={{ mt: 2 }}>
              RT status → Shiftdesk status
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Used when a ticket has no exact status in the status custom field; an RT status not listed becomes Assigned.
            </Typography>
            <Stack spacing={1} data-testid="sync-mapping-from-rt">
              {form.statusFromRt.map((row, i) => (
                <PairRow
                  key={i}
                  name={{ label: 'RT status', value: row.rt, onChange: (v) => edit((f) => ({ ...f, statusFromRt: f.statusFromRt.map((r, j) => (j === i ? { ...r, rt: v } : r)) })) }}
                  choice={{
                    label: 'Shiftdesk status',
                    value: row.ours,
                    options: CASE_STATUSES.map((st) => ({ value: st, label: CASE_STATUS_LABELS[st] })),
                    onChange: (v) => edit((f) => ({ ...f, statusFromRt: f.statusFromRt.map((r, j) => (j === i ? { ...r, ours: v as CaseStatus } : r)) })),
                  }}
                  removeLabel={`Remove RT status ${row.rt.trim() || `row ${i + 1}`}`}
                  onRemove={() => edit((f) => ({ ...f, statusFromRt: f.statusFromRt.filter((_r, j) => j !== i) }))}
                />
              ))}
            </Stack>
            <Button startIcon={<Add />} size="small" sx={{ mt: 1 }} onClick={() => edit((f) => ({ ...f, statusFromRt: [...f.statusFromRt, { rt: '', ours: 'assigned' }] }))}>
              Add RT status
            </Button>
          </Part>

          <Part id="fields" title="Custom fields" description="RT custom fields of the queue that hold what RT has no field for. Empty: none.">
            <Box sx={{ ...ROW, alignItems: 'flex-start' }}>
              {(
                [
                  ['statusField', 'Exact status', 'Without it, the lifecycle alone'],
                  ['typeField', 'Case type', 'Without it, tickets come in as the default type'],
                  ['clientIdField', 'Shiftdesk client id', 'Ties a case created here to its ticket'],
                ] as const
              ).map(([key, label, help]) => (
                <TextField
                  key={key}
                  size="small"
                  label={label}
                  placeholder="none"
                  helperText={help}
                  sx={{ flex: '1 1 12rem' }}
                  slotProps={{ inputLabel: { shrink: true } }}
                  value={form[key]}
                  error={bad === key}
                  onChange={(e) => edit((f) => ({ ...f, [key]: e.target.value }))}
                />
              ))}
            </Box>
          </Part>

          <Part id="type" title="Default type" description="The type of a ticket that comes in without one.">
            <TextField
              select
              size="small"
              label="Default type"
              sx={{ minWidth: '14rem', maxWidth: '100%' }}
              value={form.defaultType}
              onChange={(e) => edit((f) => ({ ...f, defaultType: e.target.value as CaseType }))}
            >
              {CASE_TYPES.map((t) => (
                <MenuItem key={t} value={t}>
                  {CASE_TYPE_LABELS[t]}
                </MenuItem>
              ))}
            </TextField>
          </Part>

          <Part id="priorities" title="Priorities" description="RT's numeric Priority for each; P1 highest, each lower than the one before. A number from RT takes the nearest.">
            <Box sx={ROW}>
              {PRIORITIES.map((p) => (
                <TextField
                  key={p}
                  size="small"
                  type="number"
                  label={p}
                  title={PRIORITY_LABELS[p]}
                  sx={{ flex: '0 1 6.5rem', minWidth: '5.5rem' }}
                  value={form.priorityToRt[p]}
                  error={bad === `priorityToRt.${p}`}
                  onChange={(e) => edit((f) => ({ ...f, priorityToRt: { ...f.priorityToRt, [p]: e.target.value } }))}
                />
              ))}
            </Box>
          </Part>

          <Part id="people" title="People" description="RT users whose email matches no agent. Others are matched by email.">
            <Stack spacing={1} data-testid="sync-mapping-people">
              {form.people.length === 0 && (
                <Typography variant="body2" color="text.secondary">
                  Nobody listed.
                </Typography>
              )}
              {form.people.map((row, i) => (
                <PairRow
                  key={i}
                  name={{ label: 'RT user name', value: row.user, onChange: (v) => edit((f) => ({ ...f, people: f.people.map((r, j) => (j === i ? { ...r, user: v } : r)) })) }}
                  choice={{
                    label: 'Agent',
                    value: row.agentId,
                    options: agentOptions.map((a) => ({ value: a.id, label: a.name })),
                    error: bad === `people.${row.user.trim()}`,
                    onChange: (v) => edit((f) => ({ ...f, people: f.people.map((r, j) => (j === i ? { ...r, agentId: v } : r)) })),
                  }}
                  removeLabel={`Remove ${row.user.trim() || `row ${i + 1}`}`}
                  onRemove={() => edit((f) => ({ ...f, people: f.people.filter((_r, j) => j !== i) }))}
                />
              ))}
            </Stack>
            <Button startIcon={<Add />} size="small" sx={{ mt: 1 }} onClick={() => edit((f) => ({ ...f, people: [...f.people, { user: '', agentId: '' }] }))}>
              Add person
            </Button>
          </Part>
        </Stack>
      </DialogContent>
      {/* Below the scrolling part: seen whatever part of the mapping is in view. */}
      {(error || reset) && (
        <Box sx={{ px: 3, pt: 1.5 }}>
          {error ? (
            <Alert severity="error" data-testid="sync-mapping-error">
              {error}
            </Alert>
          ) : (
            <Alert severity="info" data-testid="sync-mapping-reset">
              The defaults are filled in: Save to use them, Cancel to keep the mapping as it was.
            </Alert>
          )}
        </Box>
      )}
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button
          onClick={() => {
            edit(() => mappingForm(DEFAULT_RT_MAPPING));
            setReset(true);
          }}
          sx={{ mr: 'auto' }}
        >
          Reset to defaults
        </Button>
        <Button onClick={onDone}>Cancel</Button>
        <Button variant="contained" disabled={busy || stored === null} onClick={save}>
          Save
        </Button>
      </DialogActions>
    </>
  );
}

interface PairRowProps {
  /** The RT name typed in (an RT status, an RT user). */
  name: { label: string; value: string; onChange(value: string): void };
  /** What it stands for here, chosen from a list (our status, an agent). */
  choice: { label: string; value: string; options: readonly { value: string; label: string }[]; error?: boolean; onChange(value: string): void };
  removeLabel: string;
  onRemove(): void;
}

/** One row of a name → choice list (RT status → our status, RT user → agent), with its remove button. */
function PairRow({ name, choice, removeLabel, onRemove }: PairRowProps) {
  return (
    <Box sx={ROW}>
      <TextField size="small" label={name.label} sx={{ flex: '1 1 8rem' }} value={name.value} onChange={(e) => name.onChange(e.target.value)} />
      <TextField
        select
        size="small"
        label={choice.label}
        sx={{ flex: '1 1 10rem' }}
        value={choice.value}
        error={choice.error ?? false}
        onChange={(e) => choice.onChange(e.target.value)}
      >
        {choice.options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
      <IconButton size="small" aria-label={removeLabel} onClick={onRemove}>
        <DeleteOutline fontSize="small" />
      </IconButton>
    </Box>
  );
}
