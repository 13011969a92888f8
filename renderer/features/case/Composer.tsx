import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/index';
import { CHECK_IN_PHRASES, DEFAULT_TEMPLATES } from '../../../shared/templates/defaultTemplates';
import { MISSING_MARK, blanksIn } from '../../../shared/templates/fill';
import { PLACEHOLDER_LABELS, isPlaceholder, type TemplateName } from '../../../shared/templates/templateSchema';
import { api, errorText } from '../../api';
import { ClockPreview } from './ClockPreview';
import { useCaseStore } from './caseStore';
import { useComposerRequest } from './composerRequest';

type Kind = 'reply' | 'note';

/** A mail draft of a recorded reply, for the agent's mail client (no help desk sends mail yet). */
export function replyMailto(detail: Pick<CaseDetail, 'key' | 'subject' | 'reporter'>, body: string, templateSubject?: string | null): string | null {
  const to = detail.reporter?.email;
  if (!to) return null;
  const subject = templateSubject?.trim() || `Re: [${detail.key}] ${detail.subject}`;
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** What the agent writes the missing parts of a draft as: "Write over the 2 blanks […] (check-in phrase, your name) first". */
export function blanksHint(count: number, missing: readonly string[]): string {
  const what = missing.map((name) => (isPlaceholder(name) ? PLACEHOLDER_LABELS[name] : name));
  return `Write over the ${count === 1 ? 'blank' : `${count} blanks`} shown as ${MISSING_MARK}${what.length ? ` (${what.join(', ')})` : ''} before proofreading`;
}

/** A template filled for this case: the subject it goes under, what was left blank. */
interface Draft {
  template: TemplateName;
  subject: string;
  body: string;
  missing: string[];
}

/**
 * Writing on a case (`workflow.md` "Case"): a public reply to the customer, final once recorded, so it
 * goes through a proofread step that shows exactly what will be recorded; or an internal note, which
 * looks clearly different and is never sent. Each shows beforehand what it does to the SLA timer.
 * A reply may start from a template (`cases.draft`: filled from the case, editable); blanks left as
 * `[…]` must be written over before the proofread, and the reply records which template it came from
 * (the resolution email moves a Resolved case to Pending Closure, and the preview says so).
 */
export function Composer({ detail, timeZone, now }: { detail: CaseDetail; timeZone: string | undefined; now: number }) {
  const [kind, setKind] = useState<Kind>('reply');
  const [body, setBody] = useState('');
  const [proofreading, setProofreading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<{ kind: Kind; body: string; subject: string | null } | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [subject, setSubject] = useState('');
  const [phrase, setPhrase] = useState('');
  const [drafting, setDrafting] = useState(false);
  const draftSeq = useRef(0);
  const closed = detail.status === 'closed';
  const reporter = detail.reporter;
  const empty = body.trim() === '';
  const template = kind === 'reply' ? (draft?.template ?? null) : null;
  const blanks = template ? blanksIn(body) + blanksIn(subject) : 0;

  /** Fills `name` for this case (with the phrase for the quick check-in) and puts it in the editor. */
  async function chooseTemplate(name: TemplateName | null, withPhrase = phrase) {
    const seq = ++draftSeq.current;
    setError(null);
    setProofreading(false);
    if (name === null) {
      // Leaving the template: an untouched draft goes with it, the agent's own words stay.
      if (draft && body === draft.body) setBody('');
      setDraft(null);
      setSubject('');
      return;
    }
    setDrafting(true);
    try {
      const filled = await api.call('cases.draft', { id: detail.id, template: name, ...(withPhrase.trim() && { phrase: withPhrase.trim() }) });
      if (seq !== draftSeq.current) return;
      setDraft({ template: name, subject: filled.subject, body: filled.body, missing: filled.missing });
      setSubject(filled.subject);
      setBody(filled.body);
    } catch (err) {
      if (seq === draftSeq.current) setError(`The template could not be filled: ${errorText(err)}`);
    } finally {
      if (seq === draftSeq.current) setDrafting(false);
    }
  }

  // Asked from elsewhere (a P1/P2 case just created: the acknowledgement), once: now or when asked.
  useEffect(() => {
    const apply = () => {
      const name = useComposerRequest.getState().take(detail.id);
      if (!name || detail.status === 'closed') return;
      setKind('reply');
      void chooseTemplate(name);
    };
    void Promise.resolve().then(apply);
    return useComposerRequest.subscribe(apply);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [detail.id]);

  async function record() {
    setBusy(true);
    setError(null);
    try {
      if (kind === 'reply' && template) {
        await api.call('cases.reply', { id: detail.id, body, template });
        await useCaseStore.getState().refresh();
      } else {
        await useCaseStore.getState().write(kind, body);
      }
      setRecorded({ kind, body: body.trim(), subject: template ? subject.trim() : null });
      setBody('');
      setDraft(null);
      setSubject('');
      setProofreading(false);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const mailto = recorded?.kind === 'reply' ? replyMailto(detail, recorded.body, recorded.subject) : null;
  return (
    <Box component="section" aria-label="Write on the case" data-testid="composer" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={kind}
        onChange={(_e, value: Kind | null) => {
          if (!value) return;
          setKind(value);
          setProofreading(false);
          setError(null);
        }}
        aria-label="What to write"
      >
        <ToggleButton value="reply" disabled={closed}>
          Public reply
        </ToggleButton>
        <ToggleButton value="note">Internal note</ToggleButton>
      </ToggleButtonGroup>

      {recorded && (
        <Alert severity="success" onClose={() => setRecorded(null)} data-testid="composer-recorded">
          {recorded.kind === 'reply' ? (
            <>
              Reply recorded on the timeline. Shiftdesk does not send mail yet: send it from your help desk
              {mailto && (
                <>
                  {' '}
                  or <Link href={mailto}>open it in your mail client</Link>
                </>
              )}
              .
            </>
          ) : (
            'Internal note added.'
          )}
        </Alert>
      )}

      {kind === 'reply' && !proofreading && !closed && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            label="Template"
            value={draft?.template ?? ''}
            onChange={(e) => void chooseTemplate((e.target.value || null) as TemplateName | null)}
            disabled={busy}
            sx={{ flex: '1 1 220px', minWidth: 0 }}
            slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'composer-template' } as object }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">
              <em>None: write your own</em>
            </MenuItem>
            {DEFAULT_TEMPLATES.map((t) => (
              <MenuItem key={t.name} value={t.name} data-testid={`template-${t.name}`}>
                {t.title}
              </MenuItem>
            ))}
          </TextField>
          {draft?.template === 'check-in-quick' && (
            <Autocomplete
              freeSolo
              size="small"
              options={CHECK_IN_PHRASES}
              inputValue={phrase}
              onInputChange={(_e, value) => setPhrase(value)}
              onChange={(_e, value) => {
                const chosen = typeof value === 'string' ? value : '';
                setPhrase(chosen);
                void chooseTemplate('check-in-quick', chosen);
              }}
              sx={{ flex: '2 1 260px', minWidth: 0 }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="Closing phrase"
                  placeholder="Pick one, or write your own and press Enter"
                  helperText="“We appreciate your patience and look forward to …”"
                  slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'composer-phrase' } }}
                />
              )}
            />
          )}
          {draft && (
            <TextField
              size="small"
              label="Subject"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              fullWidth
              disabled={busy}
              error={blanksIn(subject) > 0}
              slotProps={{ htmlInput: { 'data-testid': 'composer-subject' } }}
            />
          )}
        </Box>
      )}

      {kind === 'reply' && proofreading ? (
        <Box data-testid="proofread" sx={{ border: 1, borderColor: 'primary.main', borderRadius: 1, p: 1.5 }}>
          <Typography variant="subtitle2" component="h3">
            Proofread: this is exactly what will be recorded as sent
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: template ? 0 : 1 }}>
            To: {reporter ? `${reporter.name}${reporter.email ? ` <${reporter.email}>` : ''}` : 'the reporter (none on this case)'}
          </Typography>
          {template && (
            <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }} data-testid="proofread-subject">
              Subject: {subject.trim()}
            </Typography>
          )}
          <Typography data-testid="proofread-body" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {body.trim()}
          </Typography>
        </Box>
      ) : (
        <TextField
          multiline
          minRows={template ? 8 : 3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          label={kind === 'reply' ? `Reply to ${reporter?.name ?? 'the customer'}` : 'Internal note (never sent)'}
          disabled={busy || drafting || (kind === 'reply' && closed)}
          error={blanks > 0}
          helperText={blanks > 0 ? blanksHint(blanks, draft?.missing ?? []) : undefined}
          slotProps={{ htmlInput: { 'data-testid': 'composer-text' }, formHelperText: { 'data-testid': 'composer-blanks' } as object }}
          sx={kind === 'note' ? { '& .MuiInputBase-root': { bgcolor: '#fff8e1' } } : undefined}
        />
      )}
      {kind === 'note' && (
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          Only your team sees a note. It is never sent to the customer.
        </Typography>
      )}
      {closed && kind === 'reply' && <Typography variant="body2">This case is closed: a new request is a new case.</Typography>}

      {!empty && <ClockPreview caseId={detail.id} action={kind === 'reply' && template ? { kind, template } : { kind }} timeZone={timeZone} now={now} />}
      {error && (
        <Typography role="alert" color="error" variant="body2">
          {error}
        </Typography>
      )}

      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {kind === 'note' ? (
          <Button variant="contained" disabled={empty || busy} onClick={() => void record()}>
            Add note
          </Button>
        ) : proofreading ? (
          <>
            <Button variant="contained" disabled={busy} onClick={() => void record()}>
              Record reply
            </Button>
            <Button disabled={busy} onClick={() => setProofreading(false)}>
              Edit
            </Button>
          </>
        ) : (
          <Button variant="contained" disabled={empty || busy || drafting || closed || blanks > 0} onClick={() => setProofreading(true)}>
            Review reply…
          </Button>
        )}
      </Box>
    </Box>
  );
}
