import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/vocab';
import { Section, type SectionProps } from './Section';
import { TIMED_STATUSES, type GroupChoice } from './slaForm';

const GROUP_LABELS: Record<GroupChoice, string> = {
  open: 'Open',
  internal: 'Pending internal',
  customer: 'Pending customer',
  none: 'Not timed',
};
const CHOICES: readonly GroupChoice[] = ['open', 'internal', 'customer', 'none'];

/** Which target times a case in each status (resolved, pending closure and closed are never timed). */
export function StatusGroupsSection({ form, readOnly, edit }: SectionProps) {
  return (
    <Section id="groups" title="Status groups" description="Which target times a case in each status. Resolved, Pending Closure and Closed are never timed.">
      <Box
        sx={{
          display: 'grid',
          // Docked narrow, long status names wrap rather than push the choice out of the window.
          gridTemplateColumns: { xs: 'minmax(0, 1fr) auto', sm: 'max-content 190px' },
          justifyContent: 'start',
          columnGap: { xs: 1, sm: 3 },
          rowGap: 1,
          alignItems: 'center',
        }}
      >
        {TIMED_STATUSES.map((status) => (
          <StatusRow key={status} status={status} choice={form.groups[status]} readOnly={readOnly} edit={edit} />
        ))}
      </Box>
    </Section>
  );
}

interface StatusRowProps {
  status: CaseStatus;
  choice: GroupChoice;
  readOnly: boolean;
  edit: SectionProps['edit'];
}

const StatusRow = memo(function StatusRow({ status, choice, readOnly, edit }: StatusRowProps) {
  const label = CASE_STATUS_LABELS[status];
  return (
    <>
      <Typography>{label}</Typography>
      <TextField
        size="small"
        select
        value={choice}
        disabled={readOnly}
        onChange={(e) => edit((f) => ({ ...f, groups: { ...f.groups, [status]: e.target.value as GroupChoice } }))}
        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Group of ${label}` } }}
      >
        {CHOICES.map((g) => (
          <option key={g} value={g}>
            {GROUP_LABELS[g]}
          </option>
        ))}
      </TextField>
    </>
  );
});
