import StarRounded from '@mui/icons-material/StarRounded';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { CaseDetail } from '../../../shared/contract/index';
import { CASE_TYPE_LABELS, CHANNEL_LABELS, PRIORITY_LABELS, URGENCY_LABELS } from '../../../shared/domain/vocab';
import { waitingSince } from '../../lib/format';
import { Instant } from '../../lib/Instant';
import { TakeButton } from '../intake/TakeButton';
import { caseItemId } from '../queue/queueStore';
import { ChannelIcon } from '../queue/ChannelIcon';
import { PriorityChip } from '../queue/PriorityChip';
import { NoReplyNeeded } from '../sla/NoReplyNeeded';
import { SlaBadge } from '../sla/SlaBadge';
import { SlaExplainer } from '../sla/SlaExplainer';
import { lastSentText } from '../sla/slaText';
import { useCaseStore } from './caseStore';
import { Field, Fields } from './Fields';
import { Composer } from './Composer';
import { StatusMenu } from './StatusMenu';
import { Timeline, type NameOf } from './Timeline';
import { UrgencyField } from './UrgencyField';

/** Everything about one case: header with its SLA timer, fields, description, timeline. */
export function CaseView({ detail, timeZone, now, nameOf }: { detail: CaseDetail; timeZone: string | undefined; now: number; nameOf: NameOf }) {
  const { organization, reporter, assignee } = detail;
  return (
    <Box component="article" aria-labelledby="case-subject" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box component="header">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
          <Typography variant="body2" data-testid="case-key" sx={{ fontWeight: 600, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
            {detail.key}
          </Typography>
          <PriorityChip priority={detail.priority} />
          <StatusMenu caseId={detail.id} caseKey={detail.key} status={detail.status} timeZone={timeZone} now={now} />
          {detail.urgencyInForce !== 'none' && <Chip label={URGENCY_LABELS[detail.urgencyInForce]} color="error" sx={{ height: 20 }} data-testid="case-urgency" />}
        </Box>
        <Typography variant="h6" component="h2" id="case-subject">
          {detail.subject}
        </Typography>
        {detail.sla && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 1 }}>
            <SlaBadge sla={detail.sla} warningAt={detail.slaDetail?.warningAt ?? null} timeZone={timeZone} now={now} />
            <NoReplyNeeded caseKey={detail.key} onConfirm={(note) => useCaseStore.getState().markNoReplyNeeded(note)} />
          </Box>
        )}
        {!assignee && (
          <Box sx={{ mt: 1 }}>
            <TakeButton itemId={caseItemId(detail.id)} label={detail.key} onTaken={() => void useCaseStore.getState().refresh()} />
          </Box>
        )}
      </Box>

      {detail.slaDetail && <SlaExplainer detail={detail.slaDetail} timeZone={timeZone} now={now} />}

      <Fields>
        <Field label="Priority">
          {detail.priority} {PRIORITY_LABELS[detail.priority]}
        </Field>
        <Field label="Type">{CASE_TYPE_LABELS[detail.type]}</Field>
        <Field label="Urgency">
          <UrgencyField detail={detail} />
        </Field>
        <Field label="Organization">
          {organization ? (
            <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }}>
              {organization.name}
              {organization.priority && (
                <Chip
                  icon={<StarRounded />}
                  label="Priority organization"
                  color="warning"
                  variant="outlined"
                  sx={{ height: 20 }}
                  data-testid="priority-organization"
                />
              )}
            </Box>
          ) : (
            '—'
          )}
        </Field>
        <Field label="Reporter">
          {reporter ? (
            <>
              {reporter.name}
              {reporter.email && (
                <>
                  <br />
                  <Link href={`mailto:${reporter.email}`}>{reporter.email}</Link>
                </>
              )}
              {reporter.phone && (
                <>
                  <br />
                  <Link href={`tel:${reporter.phone}`}>{reporter.phone}</Link>
                </>
              )}
            </>
          ) : (
            '—'
          )}
        </Field>
        <Field label="Assignee">{assignee ? assignee.name : 'Unassigned'}</Field>
        <Field label="Labels">
          {detail.labels.length === 0 ? (
            '—'
          ) : (
            <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}>
              {detail.labels.map((label) => (
                <Chip key={label} label={label} variant="outlined" sx={{ height: 20 }} />
              ))}
            </Box>
          )}
        </Field>
        <Field label="Channels">
          <Box component="span" sx={{ display: 'inline-flex', gap: 1, flexWrap: 'wrap' }}>
            {detail.channels.map((channel) => (
              <Box component="span" key={channel} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                <ChannelIcon channel={channel} titleAccess={undefined} aria-hidden />
                {CHANNEL_LABELS[channel]}
              </Box>
            ))}
          </Box>
        </Field>
        <Field label="Created">
          <Instant iso={detail.createdAt} timeZone={timeZone} now={now} />
        </Field>
        <Field label="Last sent to customer">
          <span data-testid="last-sent">{lastSentText(detail.lastSentDays)}</span>
        </Field>
        <Field label="Waiting since">
          <Instant iso={detail.waitingSince} timeZone={timeZone} now={now} /> ({waitingSince(detail.waitingSince, now)})
        </Field>
        {detail.agreedUpdateAt && (
          <Field label="Agreed update">
            <Instant iso={detail.agreedUpdateAt} timeZone={timeZone} now={now} />
          </Field>
        )}
      </Fields>

      <Box component="section" aria-labelledby="case-description">
        <Typography variant="subtitle2" component="h3" id="case-description" sx={{ mb: 0.5 }}>
          Description
        </Typography>
        <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{detail.description || 'No description.'}</Typography>
      </Box>

      <Box component="section" aria-labelledby="case-timeline">
        <Typography variant="subtitle2" component="h3" id="case-timeline" sx={{ mb: 0.5 }}>
          Timeline
        </Typography>
        <Timeline entries={detail.timeline} timeZone={timeZone} now={now} nameOf={nameOf} />
      </Box>

      {/* Below the timeline, oldest first: what is written next follows the conversation. */}
      <Composer key={detail.id} detail={detail} timeZone={timeZone} now={now} />
    </Box>
  );
}
