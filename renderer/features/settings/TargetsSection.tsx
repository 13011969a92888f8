import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { SLA_CLASS_LABELS, type SlaClock } from '../../../shared/domain/vocab';
import { SLA_TARGET_UNITS, TARGET_CLASSES, type SlaTargetUnit, type TargetClass } from '../../../shared/sla/policy';
import { Section, type SectionProps } from './Section';
import { clockOfUnit, type TargetForm } from './slaForm';

const UNIT_LABELS: Record<SlaTargetUnit, string> = {
  minutes: 'minutes',
  hours: 'hours',
  business_days: 'business days',
  days: 'days (24 h)',
};
const CLOCK_LABELS: Record<SlaClock, string> = { business: 'Business hours', calendar: 'Around the clock' };

/** Per SLA class its target (amount + unit) and clock; then the warning thresholds. */
export function TargetsSection({ form, errors, readOnly, edit }: SectionProps) {
  return (
    <>
      <Section
        id="targets"
        title="Targets"
        description="How long support may take per class. Business days count business hours (the hours per business day of the calendar); days are 24 real hours. Minutes and hours run on the clock you choose."
      >
        {/* One line per class where there is room; narrower, the class names its fields from the line above (and, docked narrow, the clock takes a line of its own). */}
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '72px minmax(0, 1fr)', sm: '76px minmax(0, 1fr) minmax(0, 1fr)', md: 'max-content 76px minmax(120px, 160px) minmax(150px, 180px)' },
            justifyContent: { xs: 'stretch', md: 'start' },
            columnGap: 1,
            rowGap: { xs: 1, md: 1.5 },
            alignItems: 'start',
            pt: 1,
          }}
        >
          {TARGET_CLASSES.map((c) => (
            <TargetRow key={c} targetClass={c} target={form.targets[c]} error={errors[`targets.${c}.amount`]} readOnly={readOnly} edit={edit} />
          ))}
        </Box>
      </Section>
      <Section id="warning" title="Warning" description="A case turns “Due soon” at whichever comes first.">
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <TextField
            size="small"
            type="number"
            label="Percent of the target used"
            value={form.warning.usedPercent}
            disabled={readOnly}
            error={errors['warning.usedPercent'] !== undefined}
            helperText={errors['warning.usedPercent']}
            onChange={(e) => edit((f) => ({ ...f, warning: { ...f.warning, usedPercent: e.target.value } }))}
            slotProps={{ htmlInput: { min: 0, max: 100, step: 'any' } }}
          />
          <TextField
            size="small"
            type="number"
            label="Minutes before the deadline"
            value={form.warning.minutesBefore}
            disabled={readOnly}
            error={errors['warning.minutesBefore'] !== undefined}
            helperText={errors['warning.minutesBefore']}
            onChange={(e) => edit((f) => ({ ...f, warning: { ...f.warning, minutesBefore: e.target.value } }))}
            slotProps={{ htmlInput: { min: 0, step: 1 } }}
          />
        </Box>
      </Section>
    </>
  );
}

interface TargetRowProps {
  targetClass: TargetClass;
  target: TargetForm;
  error: string | undefined;
  readOnly: boolean;
  edit: SectionProps['edit'];
}

/** One class: amount, unit, and the clock (chosen only for minutes and hours). Re-renders only when its own target changes. */
const TargetRow = memo(function TargetRow({ targetClass: c, target, error, readOnly, edit }: TargetRowProps) {
  const label = SLA_CLASS_LABELS[c];
  const forced = clockOfUnit(target.unit);
  const setTarget = (change: Partial<TargetForm>) => edit((f) => ({ ...f, targets: { ...f.targets, [c]: { ...f.targets[c], ...change } } }));
  return (
    <Box data-testid={`target-${c}`} sx={{ display: 'contents' }}>
      <Typography sx={{ pt: { xs: 0.5, md: 1 }, pr: 1, gridColumn: { xs: '1 / -1', md: 'auto' }, fontWeight: { xs: 500, md: 400 } }}>{label}</Typography>
      <TextField
        size="small"
        type="number"
        label="Amount"
        value={target.amount}
        disabled={readOnly}
        error={error !== undefined}
        helperText={error}
        onChange={(e) => setTarget({ amount: e.target.value })}
        slotProps={{ htmlInput: { 'aria-label': `${label} target amount`, min: 0, step: 'any' }, formHelperText: { sx: { whiteSpace: 'nowrap', mx: 0.5 } } }}
      />
      <TextField
        size="small"
        select
        label="Unit"
        value={target.unit}
        disabled={readOnly}
        onChange={(e) => {
          const unit = e.target.value as SlaTargetUnit;
          setTarget({ unit, clock: clockOfUnit(unit) ?? target.clock });
        }}
        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `${label} target unit` } }}
      >
        {SLA_TARGET_UNITS.map((u) => (
          <option key={u} value={u}>
            {UNIT_LABELS[u]}
          </option>
        ))}
      </TextField>
      <TextField
        size="small"
        select
        label="Clock"
        sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' } }}
        value={forced ?? target.clock}
        disabled={readOnly || forced !== null}
        onChange={(e) => setTarget({ clock: e.target.value as SlaClock })}
        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `${label} clock` } }}
      >
        {(['business', 'calendar'] as const).map((clock) => (
          <option key={clock} value={clock}>
            {CLOCK_LABELS[clock]}
          </option>
        ))}
      </TextField>
    </Box>
  );
});
