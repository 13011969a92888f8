import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { CaseDetail } from '../../../shared/contract/index';
import { URGENCY_LABELS } from '../../../shared/domain/vocab';
import { TakeButton } from '../intake/TakeButton';
import { caseItemId } from '../queue/queueStore';
import { PriorityChip } from '../queue/PriorityChip';
import { NoReplyNeeded } from '../sla/NoReplyNeeded';
import { SlaBadge } from '../sla/SlaBadge';
import { SlaExplainer } from '../sla/SlaExplainer';
import { CaseSyncLine, NotSentChip, useCaseOutbox } from '../sync/CaseSyncLine';
import { CaseFields } from './CaseFields';
import { CaseLinks } from './CaseLinks';
import { useCaseStore } from './caseStore';
import { Composer } from './Composer';
import { EditableField } from './EditableField';
import { TextEditor } from './FieldEditors';
import { RefileAction } from './RefileAction';
import { Reminders } from './Reminders';
import { SplitApproval } from './SplitApproval';
import { StatusMenu } from './StatusMenu';
import { Timeline, type NameOf } from './Timeline';

/**
 * Everything about one case, where an agent works it: the rules' reminders, header with its SLA
 * timer, fields edited in place, description, linked cases (link, split), timeline (read-only; a
 * misfiled message moves to another case).
 */
export function CaseView({ detail, timeZone, now, nameOf }: { detail: CaseDetail; timeZone: string | undefined; now: number; nameOf: NameOf }) {
  const { assignee } = detail;
  const outbox = useCaseOutbox(detail.id);
  return (
    <Box component="article" aria-labelledby="case-subject" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Reminders reminders={detail.reminders} />
      <CaseSyncLine entries={outbox} />
      <SplitApproval detail={detail} timeZone={timeZone} now={now} />
      <Box component="header">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
          <Typography variant="body2" data-testid="case-key" sx={{ fontWeight: 600, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
            {detail.key}
          </Typography>
          <PriorityChip priority={detail.priority} />
          <StatusMenu caseId={detail.id} caseKey={detail.key} status={detail.status} timeZone={timeZone} now={now} />
          {detail.urgencyInForce !== 'none' && <Chip label={URGENCY_LABELS[detail.urgencyInForce]} color="error" sx={{ height: 20 }} data-testid="case-urgency" />}
        </Box>
        <EditableField
          bare
          label="Subject"
          value={detail.subject}
          display={
            <Typography variant="h6" component="h2" id="case-subject" sx={{ overflowWrap: 'anywhere' }}>
              {detail.subject}
            </Typography>
          }
          editor={(p) => <TextEditor {...p} max={500} />}
          toSet={(subject) => ({ subject: subject.trim() })}
        />
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

      <CaseFields detail={detail} timeZone={timeZone} now={now} />

      <Box component="section" aria-labelledby="case-description">
        <Typography variant="subtitle2" component="h3" id="case-description" sx={{ mb: 0.5 }}>
          Description
        </Typography>
        <EditableField
          bare
          multiline
          label="Description"
          value={detail.description}
          display={<Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{detail.description || 'No description.'}</Typography>}
          editor={(p) => <TextEditor {...p} multiline max={50_000} />}
          toSet={(description) => ({ description })}
        />
      </Box>

      <CaseLinks detail={detail} />

      <Box component="section" aria-labelledby="case-timeline">
        <Typography variant="subtitle2" component="h3" id="case-timeline" sx={{ mb: 0.5 }}>
          Timeline
        </Typography>
        <Timeline
          entries={detail.timeline}
          timeZone={timeZone}
          now={now}
          nameOf={nameOf}
          aside={(entry) => (
            <>
              <NotSentChip entry={entry} outbox={outbox} />
              <RefileAction
              entry={entry}
              caseId={detail.id}
              caseKey={detail.key}
              movedTo={entry.movedTo ?? undefined}
              closed={detail.status === 'closed'}
              timeZone={timeZone}
              now={now}
              />
            </>
          )}
        />
      </Box>

      {/* Below the timeline, oldest first: what is written next follows the conversation. */}
      <Composer key={detail.id} detail={detail} timeZone={timeZone} now={now} />
    </Box>
  );
}
