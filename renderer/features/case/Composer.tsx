import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/index';
import { errorText } from '../../api';
import { ClockPreview } from './ClockPreview';
import { useCaseStore } from './caseStore';

type Kind = 'reply' | 'note';

/** A mail draft of a recorded reply, for the agent's mail client (no help desk sends mail yet). */
export function replyMailto(detail: Pick<CaseDetail, 'key' | 'subject' | 'reporter'>, body: string): string | null {
  const to = detail.reporter?.email;
  if (!to) return null;
  const subject = `Re: [${detail.key}] ${detail.subject}`;
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * Writing on a case (`workflow.md` "Case"): a public reply to the customer, final once recorded, so it
 * goes through a proofread step that shows exactly what will be recorded; or an internal note, which
 * looks clearly different and is never sent. Each shows beforehand what it does to the SLA timer.
 */
export function Composer({ detail, timeZone, now }: { detail: CaseDetail; timeZone: string | undefined; now: number }) {
  const [kind, setKind] = useState<Kind>('reply');
  const [body, setBody] = useState('');
  const [proofreading, setProofreading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<{ kind: Kind; body: string } | null>(null);
  const closed = detail.status === 'closed';
  const reporter = detail.reporter;
  const empty = body.trim() === '';

  async function record() {
    setBusy(true);
    setError(null);
    try {
      await useCaseStore.getState().write(kind, body);
      setRecorded({ kind, body: body.trim() });
      setBody('');
      setProofreading(false);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const mailto = recorded?.kind === 'reply' ? replyMailto(detail, recorded.body) : null;
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

      {kind === 'reply' && proofreading ? (
        <Box data-testid="proofread" sx={{ border: 1, borderColor: 'primary.main', borderRadius: 1, p: 1.5 }}>
          <Typography variant="subtitle2" component="h3">
            Proofread: this is exactly what will be recorded as sent
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
            To: {reporter ? `${reporter.name}${reporter.email ? ` <${reporter.email}>` : ''}` : 'the reporter (none on this case)'}
          </Typography>
          <Typography data-testid="proofread-body" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {body.trim()}
          </Typography>
        </Box>
      ) : (
        <TextField
          multiline
          minRows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          label={kind === 'reply' ? `Reply to ${reporter?.name ?? 'the customer'}` : 'Internal note (never sent)'}
          disabled={busy || (kind === 'reply' && closed)}
          slotProps={{ htmlInput: { 'data-testid': 'composer-text' } }}
          sx={kind === 'note' ? { '& .MuiInputBase-root': { bgcolor: '#fff8e1' } } : undefined}
        />
      )}
      {kind === 'note' && (
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          Only your team sees a note. It is never sent to the customer.
        </Typography>
      )}
      {closed && kind === 'reply' && <Typography variant="body2">This case is closed: a new request is a new case.</Typography>}

      {!empty && <ClockPreview caseId={detail.id} action={{ kind }} timeZone={timeZone} now={now} />}
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
          <Button variant="contained" disabled={empty || busy || closed} onClick={() => setProofreading(true)}>
            Review reply…
          </Button>
        )}
      </Box>
    </Box>
  );
}
