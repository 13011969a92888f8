import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import CreateNewFolderOutlined from '@mui/icons-material/CreateNewFolderOutlined';
import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { InteractionDetail, WorkItem } from '../../../shared/contract/index';
import { CHANNEL_LABELS, URGENCY_LABELS, type Channel } from '../../../shared/domain/vocab';
import { errorText } from '../../api';
import { ChatOutcomeLine } from '../chats/ChatOutcomeLine';
import { waitingSince } from '../../lib/format';
import { Instant } from '../../lib/Instant';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { HeadersBlock } from '../intake/HeadersBlock';
import { useIntakeStore } from '../intake/intakeStore';
import { TakeButton } from '../intake/TakeButton';
import { VoicemailPlayer } from '../intake/VoicemailPlayer';
import { useQueueStore } from '../queue/queueStore';
import { useCaseCreateStore } from '../caseCreate/caseCreateStore';
import { ChannelIcon } from '../queue/ChannelIcon';
import { PriorityChip } from '../queue/PriorityChip';
import { SlaBadge } from '../sla/SlaBadge';
import { Field, Fields } from './Fields';

// Filing's dialog (case search, new case form) is loaded when first opened (lib/lazyPanel.tsx).
const FileIntoCaseDialog = lazyPanel(() => import('../intake/FileIntoCaseDialog').then((m) => m.FileIntoCaseDialog));

const BODY_LABELS: Record<Channel, string> = { phone: 'Note', chat: 'Message', voicemail: 'Transcript', email: 'Message' };

/**
 * A call, chat, voicemail or email that is not (yet) part of a case: what the queue knows of it,
 * its content (`interactions.get`: sender, transcript or body, headers, recording) and what to do
 * with it: *Take*, *File into case…*, *Mark done*.
 */
export function InteractionSummary({ item, timeZone, now }: { item: WorkItem; timeZone: string | undefined; now: number }) {
  // Keyed by the item, so another item starts with no dialog open and no old error.
  return <Summary key={item.id} item={item} timeZone={timeZone} now={now} />;
}

function Summary({ item, timeZone, now }: { item: WorkItem; timeZone: string | undefined; now: number }) {
  const interactionId = item.interactionId;
  const stored = useIntakeStore((s) => s.detail);
  const loadError = useIntakeStore((s) => s.error);
  const detail = stored && stored.id === interactionId ? stored : null;
  const [filing, setFiling] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    if (interactionId) void useIntakeStore.getState().open(interactionId);
    else useIntakeStore.getState().close();
  }, [interactionId]);

  const channel = CHANNEL_LABELS[item.channel].toLowerCase();
  const waiting = detail ? detail.state === 'waiting' : true;
  // Anything not filed yet can still be filed: a waiting item, one marked done, a call logged by hand.
  const fileable = detail !== null && detail.filedAt === null;
  const unassigned = item.assigneeId === null && (detail === null || detail.assigneeId === null);

  async function markDone() {
    setBusy(true);
    setActionError(null);
    try {
      await useIntakeStore.getState().markDone();
    } catch (err) {
      setActionError(`Could not mark it done: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box component="article" aria-labelledby="interaction-subject" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box component="header">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5, flexWrap: 'wrap' }}>
          <ChannelIcon channel={item.channel} />
          <Typography variant="body2" sx={{ fontWeight: 600, color: 'text.secondary' }}>
            {CHANNEL_LABELS[item.channel]}
            {item.caseId ? ` · ${item.key}` : ''}
          </Typography>
          {item.priority && <PriorityChip priority={item.priority} />}
          {item.urgency !== 'none' && <Chip label={URGENCY_LABELS[item.urgency]} color="error" sx={{ height: 20 }} />}
        </Box>
        <Typography variant="h6" component="h2" id="interaction-subject" sx={{ overflowWrap: 'anywhere' }}>
          {detail?.subject ?? item.subject}
        </Typography>
        {item.sla && waiting && (
          <Box sx={{ mt: 1 }}>
            <SlaBadge sla={item.sla} warningAt={item.slaWarningAt} timeZone={timeZone} now={now} />
          </Box>
        )}
      </Box>

      {fileable && interactionId && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }} data-testid="interaction-actions">
          {waiting && unassigned && (
            <TakeButton itemId={item.id} label={`this ${channel}`} onTaken={(taken) => {
                useQueueStore.getState().select(taken);
                void useIntakeStore.getState().refresh();
              }} />
          )}
          <Button variant={waiting && unassigned ? 'outlined' : 'contained'} startIcon={<CreateNewFolderOutlined />} onClick={() => setFiling(true)} disabled={busy}>
            File into case…
          </Button>
          {waiting && detail && (
            <Button variant="outlined" startIcon={<NoteAddOutlined />} onClick={() => useCaseCreateStore.getState().openFrom(detail)} disabled={busy} data-testid="create-case-from-item">
              Create case…
            </Button>
          )}
          {waiting && (
            <Button variant="outlined" startIcon={<CheckCircleOutline />} onClick={() => void markDone()} disabled={busy}>
              Mark done
            </Button>
          )}
        </Box>
      )}
      {actionError && (
        <Alert severity="error" onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      )}
      {detail && <Outcome detail={detail} timeZone={timeZone} now={now} />}
      {detail?.channel === 'chat' && <ChatOutcomeLine detail={detail} />}

      <Fields>
        <Field label="Channel">{CHANNEL_LABELS[item.channel]}</Field>
        {detail?.from && hasFrom(detail) && (
          <Field label="From">
            <From from={detail.from} />
          </Field>
        )}
        <Field label="Contact">
          {detail?.contact && !hasFrom(detail) ? (
            <From from={detail.contact} />
          ) : (
            (detail?.contact?.name ?? item.contactName ?? 'Unknown caller')
          )}
        </Field>
        <Field label="Organization">{detail?.contact?.organizationName ?? item.organizationName ?? '—'}</Field>
        <Field label="Since">
          <Instant iso={detail?.since ?? item.waitingSince} timeZone={timeZone} now={now} />
          {waiting && ` (${waitingSince(detail?.since ?? item.waitingSince, now)})`}
        </Field>
      </Fields>

      {detail ? (
        <Content detail={detail} />
      ) : loadError ? (
        <Box>
          <Typography variant="body2" sx={{ color: 'error.main' }}>
            Its content could not be read: {loadError}
          </Typography>
          <Button onClick={() => void useIntakeStore.getState().refresh()}>Try again</Button>
        </Box>
      ) : (
        <Box aria-busy aria-label="Reading its content">
          <Skeleton width="40%" />
          <Skeleton variant="rectangular" height={64} sx={{ mt: 1 }} />
        </Box>
      )}

      {waiting && item.caseId === null && !detail?.case && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          This {channel} is not part of a case yet.
        </Typography>
      )}
      {detail && (
        <MountWhen when={filing}>
          <FileIntoCaseDialog open={filing} onClose={() => setFiling(false)} detail={detail} />
        </MountWhen>
      )}
    </Box>
  );
}

/** Whether its system said who called or wrote (a logged call or chat has only its contact). */
function hasFrom(detail: InteractionDetail): boolean {
  return detail.from !== null && Boolean(detail.from.name || detail.from.email || detail.from.phone);
}

function From({ from }: { from: { name: string | null; phone: string | null; email: string | null } }) {
  return (
    <>
      {from.name}
      {from.email && (
        <>
          {from.name && <br />}
          <Link href={`mailto:${from.email}`}>{from.email}</Link>
        </>
      )}
      {from.phone && (
        <>
          {(from.name || from.email) && <br />}
          <Link href={`tel:${from.phone}`}>{from.phone}</Link>
        </>
      )}
    </>
  );
}

/** The transcript or body, the recording, the headers. */
function Content({ detail }: { detail: InteractionDetail }) {
  const label = BODY_LABELS[detail.channel];
  return (
    <Box component="section" aria-labelledby="interaction-content" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography variant="subtitle2" component="h3" id="interaction-content">
        {label}
      </Typography>
      {detail.channel === 'voicemail' && <VoicemailPlayer audioUrl={detail.audioUrl} durationSeconds={detail.durationSeconds} />}
      <Typography data-testid="interaction-body" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: detail.body ? 'text.primary' : 'text.secondary' }}>
        {detail.body || (detail.channel === 'voicemail' ? 'No transcript.' : `No ${label.toLowerCase()}.`)}
      </Typography>
      <HeadersBlock headers={detail.headers} />
    </Box>
  );
}

/** Filed or done: what happened to it (it has left the queue). */
function Outcome({ detail, timeZone, now }: { detail: InteractionDetail; timeZone: string | undefined; now: number }) {
  if (detail.case && detail.filedAt === null) {
    // A live call or chat its system said is about a case: not filed (yet), the case is shown with it.
    const of = detail.case;
    return (
      <Alert severity="info" data-testid="interaction-outcome">
        About {of.key} · {of.subject}
      </Alert>
    );
  }
  if (detail.case) {
    const filed = detail.case;
    return (
      <Alert
        severity="success"
        data-testid="interaction-outcome"
        action={<Button onClick={() => void useQueueStore.getState().openCase(filed.id)}>Open {filed.key}</Button>}
      >
        Filed into {filed.key} · {filed.subject}
        {detail.filedAt && (
          <>
            {' '}
            (<Instant iso={detail.filedAt} timeZone={timeZone} now={now} />)
          </>
        )}
      </Alert>
    );
  }
  if (detail.state === 'done' && detail.done) {
    const { at, by, how } = detail.done;
    const channel = CHANNEL_LABELS[detail.channel].toLowerCase();
    return (
      <Alert severity={how === 'logged' ? 'info' : 'success'} data-testid="interaction-outcome">
        {how === 'logged' ? 'Logged' : 'Marked done'}
        {by ? ` by ${by.name}` : ''} (<Instant iso={at} timeZone={timeZone} now={now} />):{' '}
        {how === 'logged' ? `a ${channel} that already happened, not in the queue. File it into a case if it needs follow-up.` : 'it has left the queue.'}
      </Alert>
    );
  }
  if (detail.state === 'done') {
    return (
      <Alert severity="success" data-testid="interaction-outcome">
        Done: it has left the queue{detail.status ? ` (last status: ${detail.status})` : ''}.
      </Alert>
    );
  }
  return null;
}
