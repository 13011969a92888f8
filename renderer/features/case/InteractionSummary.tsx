import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { WorkItem } from '../../../shared/contract/index';
import { CHANNEL_LABELS } from '../../../shared/domain/vocab';
import { waitingSince } from '../../lib/format';
import { Instant } from '../../lib/Instant';
import { ChannelIcon } from '../queue/ChannelIcon';
import { PriorityChip } from '../queue/PriorityChip';
import { SlaBadge } from '../sla/SlaBadge';
import { Field, Fields } from './Fields';

/** A call, chat, voicemail or email that is not (yet) part of a case: what the queue knows of it. */
export function InteractionSummary({ item, timeZone, now }: { item: WorkItem; timeZone: string | undefined; now: number }) {
  return (
    <Box component="article" aria-labelledby="interaction-subject" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box component="header">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
          <ChannelIcon channel={item.channel} />
          <Typography variant="body2" sx={{ fontWeight: 600, color: 'text.secondary' }}>
            {CHANNEL_LABELS[item.channel]}
            {item.caseId ? ` · ${item.key}` : ''}
          </Typography>
          {item.priority && <PriorityChip priority={item.priority} />}
        </Box>
        <Typography variant="h6" component="h2" id="interaction-subject">
          {item.subject}
        </Typography>
        {item.sla && (
          <Box sx={{ mt: 1 }}>
            <SlaBadge sla={item.sla} warningAt={item.slaWarningAt} timeZone={timeZone} now={now} />
          </Box>
        )}
      </Box>
      <Fields>
        <Field label="Channel">{CHANNEL_LABELS[item.channel]}</Field>
        <Field label="Contact">{item.contactName ?? 'Unknown caller'}</Field>
        <Field label="Organization">{item.organizationName ?? '—'}</Field>
        <Field label="Since">
          <Instant iso={item.waitingSince} timeZone={timeZone} now={now} /> ({waitingSince(item.waitingSince, now)})
        </Field>
      </Fields>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        This {CHANNEL_LABELS[item.channel].toLowerCase()} is not part of a case yet.
      </Typography>
    </Box>
  );
}
