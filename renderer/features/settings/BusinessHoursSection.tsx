import Add from '@mui/icons-material/Add';
import Close from '@mui/icons-material/Close';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useId, useMemo } from 'react';
import { WEEKDAYS } from '../../../shared/domain/vocab';
import { Section, type SectionProps } from './Section';
import type { FormErrors, SlaForm, Weekday, WindowForm } from './slaForm';

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** The time zones this runtime knows, with the calendar's own first if the list lacks it (e.g. UTC). */
function zoneOptions(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return current !== '' && !known.includes(current) ? [current, ...known] : known;
}

/** A window to add: 09:00–17:00 on a closed day, else from the day's last closing to midnight. */
function nextWindow(windows: readonly WindowForm[]): WindowForm {
  const last = windows[windows.length - 1];
  return last ? { start: last.end, end: '24:00' } : { start: '09:00', end: '17:00' };
}

function setDay(form: SlaForm, day: Weekday, windows: WindowForm[]): SlaForm {
  return { ...form, week: { ...form.week, [day]: windows } };
}

/** Time zone, hours per business day, and per weekday its open windows. */
export function BusinessHoursSection({ form, errors, readOnly, edit }: SectionProps) {
  const zones = useMemo(() => zoneOptions(form.timeZone), [form.timeZone]);
  return (
    <Section
      id="hours"
      title="Business hours"
      description="Business clocks count only inside these windows, in the team's local time. A day without windows is closed."
    >
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Autocomplete
          sx={{ width: 280 }}
          size="small"
          options={zones}
          value={form.timeZone}
          disabled={readOnly}
          disableClearable
          autoHighlight
          onChange={(_e, zone) => edit((f) => ({ ...f, timeZone: zone }))}
          renderInput={(params) => (
            <TextField {...params} label="Time zone" error={errors.timeZone !== undefined} helperText={errors.timeZone} />
          )}
        />
        <TextField
          size="small"
          type="number"
          label="Hours per business day"
          value={form.hoursPerBusinessDay}
          disabled={readOnly}
          error={errors.hoursPerBusinessDay !== undefined}
          helperText={errors.hoursPerBusinessDay ?? 'what “1 business day” means'}
          onChange={(e) => edit((f) => ({ ...f, hoursPerBusinessDay: e.target.value }))}
          slotProps={{ htmlInput: { min: 0, max: 24, step: 'any' } }}
        />
      </Box>
      {WEEKDAYS.map((day) => (
        <DayRow key={day} day={day} windows={form.week[day]} errors={errorsUnder(errors, `week.${day}.`)} readOnly={readOnly} edit={edit} />
      ))}
    </Section>
  );
}

/** The errors whose path starts with `prefix`, keyed by their full path. */
function errorsUnder(errors: FormErrors, prefix: string): FormErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => path.startsWith(prefix)));
}

function sameErrors(a: FormErrors, b: FormErrors): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

interface DayRowProps {
  day: Weekday;
  windows: WindowForm[];
  /** This day's errors, keyed by full path (`week.mon.0.end`). */
  errors: FormErrors;
  readOnly: boolean;
  edit: SectionProps['edit'];
}

/** One weekday and its windows; re-renders only when its windows or their errors change. */
const DayRow = memo(
  function DayRow({ day, windows, errors, readOnly, edit }: DayRowProps) {
    const label = WEEKDAY_LABELS[day];
    return (
      <Box data-testid={`day-${day}`} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap', py: 0.5 }}>
        <Typography sx={{ width: 96, pt: 1 }}>{label}</Typography>
        {windows.length === 0 && <Typography sx={{ pt: 1 }} color="text.secondary">Closed</Typography>}
        {windows.map((w, i) => (
          <WindowEditor
            key={i}
            label={`${label} window ${i + 1}`}
            window={w}
            errors={{ start: errors[`week.${day}.${i}.start`], end: errors[`week.${day}.${i}.end`] }}
            readOnly={readOnly}
            onChange={(side, value) => edit((f) => setDay(f, day, f.week[day].map((old, j) => (j === i ? { ...old, [side]: value } : old))))}
            onRemove={() => edit((f) => setDay(f, day, f.week[day].filter((_old, j) => j !== i)))}
          />
        ))}
        {!readOnly && (
          <Button
            size="small"
            startIcon={<Add />}
            sx={{ mt: 0.5 }}
            aria-label={`Add a window on ${label}`}
            onClick={() => edit((f) => setDay(f, day, [...f.week[day], nextWindow(f.week[day])]))}
          >
            Add
          </Button>
        )}
      </Box>
    );
  },
  (a, b) => a.day === b.day && a.windows === b.windows && a.readOnly === b.readOnly && a.edit === b.edit && sameErrors(a.errors, b.errors),
);

interface WindowEditorProps {
  /** `Monday window 2`: names the fields for screen readers. */
  label: string;
  window: WindowForm;
  errors: { start: string | undefined; end: string | undefined };
  readOnly: boolean;
  onChange(side: 'start' | 'end', value: string): void;
  onRemove(): void;
}

/** Opens / closes fields of one window, one error line under both, and a remove button. */
function WindowEditor({ label, window: w, errors, readOnly, onChange, onRemove }: WindowEditorProps) {
  const helperId = useId();
  const message = errors.start ?? errors.end;
  return (
    <Box role="group" aria-label={label} sx={{ display: 'flex', flexDirection: 'column', maxWidth: 240 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        {(['start', 'end'] as const).map((side) => (
          <TextField
            key={side}
            size="small"
            sx={{ width: 96 }}
            placeholder="HH:MM"
            value={w[side]}
            disabled={readOnly}
            error={errors[side] !== undefined}
            onChange={(e) => onChange(side, e.target.value)}
            slotProps={{
              htmlInput: {
                'aria-label': `${label} ${side === 'start' ? 'opens' : 'closes'}`,
                'aria-describedby': errors[side] !== undefined ? helperId : undefined,
              },
            }}
          />
        ))}
        {!readOnly && (
          <IconButton aria-label={`Remove ${label}`} onClick={onRemove}>
            <Close fontSize="small" />
          </IconButton>
        )}
      </Box>
      {message !== undefined && (
        <FormHelperText id={helperId} error sx={{ mx: 1.75 }}>
          {message}
        </FormHelperText>
      )}
    </Box>
  );
}
