import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useEffect, useMemo } from 'react';
import { useSessionStore } from '../session/sessionStore';
import { BusinessHoursSection } from './BusinessHoursSection';
import { HolidaysSection } from './HolidaysSection';
import { selectDirty, useSettingsStore } from './settingsStore';
import { unplacedErrors, validateSlaForm } from './slaForm';
import { StatusGroupsSection } from './StatusGroupsSection';
import { TargetsSection } from './TargetsSection';
import { UrgencySection } from './UrgencySection';

export const SAVED_TEXT = 'Saved — every deadline was recomputed';
export const READ_ONLY_TEXT = 'Only leads can change the SLA settings; you can see them here.';
export const LEAD_TEXT = 'Leads can change the SLA settings (you are one).';
export const NOT_SIGNED_IN_TEXT = 'Choosing who you are in the agent menu is not a sign-in yet: anyone at this computer can choose a lead’s profile.';

/**
 * The workspace's SLA policy and business calendar (`sla.md` sections 2-4): leads edit and save
 * both in one `settings.setSla`; other agents see the same screen read-only.
 */
export function SlaSettingsDialog() {
  const open = useSettingsStore((s) => s.open);
  const loading = useSettingsStore((s) => s.loading);
  const form = useSettingsStore((s) => s.form);
  const loadError = useSettingsStore((s) => s.loadError);
  const saving = useSettingsStore((s) => s.saving);
  const saveError = useSettingsStore((s) => s.saveError);
  const saved = useSettingsStore((s) => s.saved);
  const settings = useSettingsStore((s) => s.settings);
  const { close, edit, save, revert, resetPolicy, watch } = useSettingsStore.getState();
  const isLead = useSessionStore((s) => s.agent?.role === 'lead');
  const readOnly = !isLead;
  const errors = useMemo(() => (form ? validateSlaForm(form) : {}), [form]);
  const errorCount = Object.keys(errors).length;
  const unplaced = unplacedErrors(errors);
  const dirty = useMemo(() => selectDirty({ form, settings }), [form, settings]);
  useEffect(() => (open ? watch() : undefined), [open, watch]);
  // Docked narrow beside the help desk, the screen takes the whole window (no margins around it).
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

  return (
    <Dialog
      open={open}
      // A stray click beside the dialog must not throw edits away; Escape and the buttons still close.
      onClose={(_event, reason) => (reason === 'backdropClick' && dirty ? undefined : close())}
      fullWidth
      fullScreen={narrow}
      maxWidth="xl"
      aria-labelledby="sla-settings-title"
      slotProps={{ paper: { sx: { height: narrow ? '100%' : '92vh' } } }}
    >
      <Box data-testid="sla-settings" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id="sla-settings-title" sx={{ px: { xs: 2, sm: 4 } }}>
          SLA settings
        </DialogTitle>
        <DialogContent dividers sx={{ px: { xs: 2, sm: 4 } }}>
          {/* Who may edit, and that the profile is not a sign-in (roles come with a later issue). */}
          <Alert severity="info" role="note" sx={{ mb: 2 }} data-testid="sla-who-edits">
            {readOnly ? <span data-testid="sla-read-only">{READ_ONLY_TEXT}</span> : LEAD_TEXT} {NOT_SIGNED_IN_TEXT}
          </Alert>
          {settings && (settings.defaults.policy || settings.defaults.calendar) && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {settings.defaults.policy && settings.defaults.calendar
                ? 'The built-in defaults are in use: nothing has been saved yet.'
                : settings.defaults.policy
                  ? 'The targets are the built-in defaults.'
                  : 'The business calendar is the built-in default (Monday–Friday 09:00–17:00 UTC).'}
            </Typography>
          )}
          {loading && (
            <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
              <CircularProgress aria-label="Loading the SLA settings" />
            </Box>
          )}
          {loadError && (
            <Alert severity="error" role="alert">
              The SLA settings could not be read: {loadError}
            </Alert>
          )}
          {form && (
            <Box
              component="form"
              noValidate
              onSubmit={(e) => e.preventDefault()}
              sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1.15fr) minmax(0, 1fr)' }, columnGap: 5 }}
            >
              <Box>
                <TargetsSection form={form} errors={errors} readOnly={readOnly} edit={edit} />
                <UrgencySection form={form} errors={errors} readOnly={readOnly} edit={edit} />
                <StatusGroupsSection form={form} errors={errors} readOnly={readOnly} edit={edit} />
              </Box>
              <Box>
                <BusinessHoursSection form={form} errors={errors} readOnly={readOnly} edit={edit} />
                <HolidaysSection form={form} errors={errors} readOnly={readOnly} edit={edit} />
              </Box>
            </Box>
          )}
        </DialogContent>
        {!readOnly && form && (errorCount > 0 || saveError || saved) && (
          <Box sx={{ px: { xs: 2, sm: 4 }, pt: 1 }}>
            {errorCount > 0 && (
              <Alert severity="warning" data-testid="sla-form-errors">
                {errorCount === 1 ? '1 field needs fixing' : `${errorCount} fields need fixing`} before saving.
                {unplaced.map((line) => (
                  <Box key={line} component="span" sx={{ display: 'block' }}>
                    {line}
                  </Box>
                ))}
              </Alert>
            )}
            {saveError && (
              <Alert severity="error" role="alert" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                Not saved: {saveError}
              </Alert>
            )}
            {saved && (
              <Alert severity="success" role="status">
                {SAVED_TEXT}
              </Alert>
            )}
          </Box>
        )}
        {/* Narrow, the buttons wrap as whole buttons: undo and reset on one line, close and save together on the next. */}
        <DialogActions disableSpacing sx={{ flexWrap: 'wrap', gap: 1, rowGap: 0.5, '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
          {!readOnly && form && (
            <>
              <Button onClick={revert} disabled={saving || !dirty}>
                Undo changes
              </Button>
              <Button onClick={resetPolicy} disabled={saving}>
                Reset targets to defaults
              </Button>
            </>
          )}
          <Box sx={{ ml: 'auto', display: 'flex', gap: 1 }}>
            <Button onClick={close}>{dirty ? 'Cancel' : 'Close'}</Button>
            {!readOnly && (
              <Button variant="contained" onClick={() => void save()} disabled={!dirty || saving || errorCount > 0}>
                {saving ? 'Saving…' : 'Save'}
              </Button>
            )}
          </Box>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
