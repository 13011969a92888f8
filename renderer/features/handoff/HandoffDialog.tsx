import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useState } from 'react';
import type { HandoffCase, HandoffSheet } from '../../../shared/contract/handoff';
import { LEAVE_CHECKLIST, LEAVE_CHECKLIST_LABELS } from '../../../shared/domain/handoff';
import { AGENT_STATUS_LABELS, CASE_STATUS_LABELS } from '../../../shared/domain/vocab';
import { formatInstantFull } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useSessionStore } from '../session/sessionStore';
import { useHandoffStore } from './handoffStore';

const SLA_WORDS = { ok: 'on time', warning: 'in warning', breached: 'breached' } as const;

/** Copies text: the clipboard API, else a hidden text area (older browsers, http pages). */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/** Follows a link as a click on it would (a download, a `mailto:` the mail client opens). */
function follow(href: string, name?: string): void {
  const a = document.createElement('a');
  a.href = href;
  if (name !== undefined) a.download = name;
  a.click();
}

/** Saves the .eml (a download in the browser; the desktop app's save dialog does the same). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'message/rfc822' }));
  follow(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The team email as the sheet now reads: the core writes it from the saved draft, so notes and owners
 * still being edited are saved first (else the email would leave them out).
 */
async function currentEmail(): Promise<HandoffSheet['email']> {
  const { notes, owners, save } = useHandoffStore.getState();
  if (Object.keys(notes).length > 0 || Object.keys(owners).length > 0) await save();
  return useHandoffStore.getState().sheet!.email;
}

/**
 * The handoff before leave, for leads (docs/handoff.md): pick the agent and the leave, see every open
 * case with its SLA at the leave's start and the deadlines inside the leave, write the hand-off notes,
 * choose the new owners (the proposed one marked), tick the leave checklist, copy / open / save the
 * team email, and approve: every case goes to its new owner at once.
 */
export function HandoffDialog() {
  const open = useHandoffStore((s) => s.open);
  const { agentId, from, to, sheet, error, done, loading } = useHandoffStore();
  const agents = useSessionStore((s) => s.agents);
  const me = useSessionStore((s) => s.agent);
  const fullScreen = useMediaQuery('(max-width: 599px)');
  const action = useAction();
  // The text copied last: "Email copied" while the email is still that text.
  const [copied, setCopied] = useState<string | null>(null);
  const edited = useHandoffStore((s) => Object.keys(s.notes).length > 0 || Object.keys(s.owners).length > 0);
  useEffect(() => void useSessionStore.getState().loadAgents(), []);
  const store = useHandoffStore.getState();

  return (
    <Dialog open={open} onClose={store.close} fullWidth maxWidth="lg" fullScreen={fullScreen} aria-labelledby="handoff-title">
      <DialogTitle id="handoff-title">Handoff before leave</DialogTitle>
      <DialogContent dividers data-testid="handoff">
        <Stack direction={fullScreen ? 'column' : 'row'} spacing={2} sx={{ mb: 2, pt: 1 }}>
          <TextField select size="small" label="Agent going on leave" value={agentId} onChange={(e) => store.pick({ agentId: e.target.value })} sx={{ minWidth: 220 }} slotProps={{ htmlInput: { 'data-testid': 'handoff-agent' } }}>
            {agents.map((a) => (
              <MenuItem key={a.id} value={a.id}>
                {a.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField size="small" type="date" label="First day of leave" value={from} onChange={(e) => store.pick({ from: e.target.value })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'handoff-from' } }} />
          <TextField size="small" type="date" label="Last day of leave" value={to} onChange={(e) => store.pick({ to: e.target.value })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'handoff-to' } }} />
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {action.error && (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            {action.error}
          </Alert>
        )}
        {done && (
          <Alert severity="success" sx={{ mb: 2 }}>
            {done}
          </Alert>
        )}
        {!sheet && !error && <Typography color="text.secondary">{loading ? 'Reading the cases…' : 'Pick the agent and the first and last days of the leave (in their time zone).'}</Typography>}
        {sheet && <Sheet sheet={sheet} busy={action.busy} run={action.run} />}
        {sheet && (
          <Stack direction={fullScreen ? 'column' : 'row'} spacing={1} sx={{ mt: 2 }}>
            <Button
              variant="outlined"
              data-testid="handoff-copy"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  const email = await currentEmail();
                  const text = `Subject: ${email.subject}\n\n${email.body}`;
                  await copyText(text);
                  setCopied(text);
                })
              }
            >
              {!edited && copied === `Subject: ${sheet.email.subject}\n\n${sheet.email.body}` ? 'Email copied' : 'Copy the team email'}
            </Button>
            <Button
              variant="outlined"
              href={sheet.email.mailto}
              disabled={action.busy}
              onClick={(e) => {
                if (!edited) return;
                e.preventDefault();
                void action.run(async () => follow((await currentEmail()).mailto));
              }}
            >
              Open in mail
            </Button>
            <Button
              variant="outlined"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  const email = await currentEmail();
                  download(email.emlName, email.eml);
                })
              }
            >
              Save as .eml
            </Button>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={store.close}>Close</Button>
        <Button disabled={!sheet || action.busy} onClick={() => void action.run(() => store.save())}>
          Save draft
        </Button>
        <Button
          variant="contained"
          data-testid="handoff-approve"
          disabled={!sheet || sheet.cases.length === 0 || action.busy || me?.id === agentId}
          onClick={() => void action.run(() => store.approve())}
        >
          Approve and reassign
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Sheet({ sheet, busy, run }: { sheet: HandoffSheet; busy: boolean; run: (a: () => Promise<unknown>) => Promise<boolean> }) {
  const zone = sheet.agent.timeZone;
  const store = useHandoffStore.getState();
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {sheet.agent.name} ({AGENT_STATUS_LABELS[sheet.agent.status]}, {zone}): {sheet.cases.length} open case{sheet.cases.length === 1 ? '' : 's'}
        {sheet.approved ? ` · approved by ${sheet.approved.byName ?? 'a lead'}, ${sheet.approved.cases} reassigned` : ''}
        {sheet.savedAt ? ' · draft saved' : ''}
      </Typography>
      <Stack component="ul" spacing={1} aria-label="Cases to hand off" sx={{ p: 0, m: 0, listStyle: 'none' }}>
        {sheet.cases.map((c) => (
          <CaseRow key={c.id} c={c} sheet={sheet} zone={zone} />
        ))}
      </Stack>
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Typography sx={{ fontWeight: 600 }}>Leave checklist</Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
          {LEAVE_CHECKLIST.map((k) => (
            <FormControlLabel
              key={k}
              label={LEAVE_CHECKLIST_LABELS[k]}
              control={<Checkbox checked={sheet.checklist[k]} disabled={busy} onChange={(e) => void run(() => store.save({ [k]: e.target.checked }))} />}
            />
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}

function CaseRow({ c, sheet, zone }: { c: HandoffCase; sheet: HandoffSheet; zone: string }) {
  const note = useHandoffStore((s) => s.notes[c.id]);
  const owner = useHandoffStore((s) => s.owners[c.id]);
  const value = owner !== undefined ? owner : c.owner;
  const store = useHandoffStore.getState();
  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5 }} data-testid={`handoff-case-${c.key}`}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography sx={{ fontWeight: 600 }}>{c.key}</Typography>
        <Typography sx={{ flex: 1, minWidth: 160 }}>{c.subject}</Typography>
        <Chip size="small" label={CASE_STATUS_LABELS[c.status]} />
        {c.sla && <Chip size="small" color={c.sla.state === 'ok' ? 'default' : c.sla.state === 'warning' ? 'warning' : 'error'} label={`SLA at the start: ${SLA_WORDS[c.sla.state]}`} />}
      </Stack>
      <Typography variant="body2" color="text.secondary" component="ul" sx={{ mt: 0.5, mb: 1.5, pl: 2 }}>
        {c.deadlines.length === 0 && <li>Nothing falls due during the leave</li>}
        {c.deadlines.map((d) => (
          <li key={d.kind + d.at}>
            {d.label}: {d.kind === 'need_by' ? formatInstantFull(new Date(Date.parse(d.at) - 1).toISOString(), sheet.calendarTimeZone).replace(/ at .*/, '') : formatInstantFull(d.at, zone)}
          </li>
        ))}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <TextField
          size="small"
          multiline
          minRows={1}
          label="Hand-off note (validation done so far)"
          value={note ?? c.note}
          onChange={(e) => store.setNote(c.id, e.target.value)}
          sx={{ flex: 2 }}
          slotProps={{ htmlInput: { 'data-testid': `handoff-note-${c.key}` } }}
        />
        <TextField
          select
          size="small"
          label="New owner"
          value={value ?? ''}
          onChange={(e) => store.setOwner(c.id, e.target.value === '' ? null : e.target.value)}
          // The choice wraps rather than cut off its end ("proposed", why not) on a narrow screen.
          sx={{ flex: 1, minWidth: 200, '& .MuiSelect-select': { whiteSpace: 'normal' } }}
          slotProps={{ htmlInput: { 'data-testid': `handoff-owner-${c.key}` } }}
        >
          <MenuItem value="">Keep with {sheet.agent.name}</MenuItem>
          {sheet.candidates.map((a) => (
            <MenuItem key={a.id} value={a.id} disabled={a.why !== null}>
              {a.name} · {a.load} open{a.hours !== null ? ` · ${a.hours} h` : ''}
              {a.id === c.suggestedOwner ? ' · proposed' : ''}
              {a.why ? ` · ${a.why}` : ''}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Paper>
  );
}
