import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { CASE_TYPE_LABELS, CASE_TYPES, PRIORITIES, URGENCIES, URGENCY_LABELS, type CaseType, type Priority, type Urgency } from '../../../shared/domain/vocab';
import { Section, type SectionProps } from './Section';

/**
 * Which priorities imply an urgency, per case type (`sla.md` section 2): an emergency is timed by the
 * hour, urgent by the business day. A case's urgency in force is the higher of the one the agent set
 * and the one its priority implies here.
 */
export function UrgencySection({ form, readOnly, edit }: SectionProps) {
  return (
    <Section
      id="urgency"
      title="Urgency by priority"
      description="The urgency a priority implies for each case type. Agents can also set a case's urgency; the higher one is in force. An Admin Task's or Enhancement's P1 is about delivery, not a customer waiting, so by default it implies none."
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {CASE_TYPES.map((type) => (
          <Box key={type}>
            <Typography variant="subtitle2" component="h4">
              {CASE_TYPE_LABELS[type]}
            </Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 0.5 }}>
              {PRIORITIES.map((priority) => (
                <UrgencyChoice key={priority} type={type} priority={priority} value={form.urgencyByType[type][priority]} readOnly={readOnly} edit={edit} />
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </Section>
  );
}

interface ChoiceProps {
  type: CaseType;
  priority: Priority;
  value: Urgency;
  readOnly: boolean;
  edit: SectionProps['edit'];
}

const UrgencyChoice = memo(function UrgencyChoice({ type, priority, value, readOnly, edit }: ChoiceProps) {
  return (
    <TextField
      size="small"
      select
      label={priority}
      value={value}
      disabled={readOnly}
      onChange={(e) =>
        edit((f) => ({ ...f, urgencyByType: { ...f.urgencyByType, [type]: { ...f.urgencyByType[type], [priority]: e.target.value as Urgency } } }))
      }
      sx={{ width: 120 }}
      slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Urgency of a ${priority} ${CASE_TYPE_LABELS[type]}` } }}
    >
      {URGENCIES.map((u) => (
        <option key={u} value={u}>
          {URGENCY_LABELS[u]}
        </option>
      ))}
    </TextField>
  );
});
