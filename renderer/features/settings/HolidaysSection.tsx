import Add from '@mui/icons-material/Add';
import Cancel from '@mui/icons-material/Cancel';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { isLocalDate } from '../../../shared/interchange/fields';
import { Section, type SectionProps } from './Section';

/** Local dates closed all day; the calendar's part-day overrides are kept as loaded and counted. */
export function HolidaysSection({ form, errors, readOnly, edit }: SectionProps) {
  const [draft, setDraft] = useState('');
  const draftError = draft === '' ? null : !isLocalDate(draft) ? 'Enter a date' : form.holidays.includes(draft) ? 'Already a holiday' : null;
  const overrides = form.overrides.length;
  return (
    <Section id="holidays" title="Holidays" description="Local dates on which the team is closed all day.">
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }} data-testid="holidays">
        {form.holidays.length === 0 && <Typography color="text.secondary">No holidays</Typography>}
        {[...form.holidays.entries()]
          .sort(([, a], [, b]) => a.localeCompare(b))
          .map(([i, date]) => (
            <Chip
              key={`${date}-${i}`}
              label={errors[`holidays.${i}`] ? `${date}: ${errors[`holidays.${i}`]}` : date}
              color={errors[`holidays.${i}`] ? 'error' : 'default'}
              onDelete={readOnly ? undefined : () => edit((f) => ({ ...f, holidays: f.holidays.filter((_d, j) => j !== i) }))}
              deleteIcon={<Cancel aria-label={`Remove holiday ${date}`} />}
            />
          ))}
      </Box>
      {!readOnly && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <TextField
            size="small"
            type="date"
            label="New holiday"
            value={draft}
            error={draftError !== null}
            helperText={draftError}
            onChange={(e) => setDraft(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button
            startIcon={<Add />}
            disabled={draft === '' || draftError !== null}
            onClick={() => {
              edit((f) => ({ ...f, holidays: [...f.holidays, draft] }));
              setDraft('');
            }}
          >
            Add holiday
          </Button>
        </Box>
      )}
      {overrides > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="overrides-note">
          {overrides === 1 ? '1 date override' : `${overrides} date overrides`} (part-day openings or closings) from the workspace file{' '}
          {overrides === 1 ? 'is' : 'are'} kept as they are.
        </Typography>
      )}
    </Section>
  );
}
