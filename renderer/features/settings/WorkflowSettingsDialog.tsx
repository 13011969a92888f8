import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { useSessionStore } from '../session/sessionStore';
import { NOT_SIGNED_IN_TEXT } from './SlaSettingsDialog';
import { ReleasesTab, RulesTab, TeamsTab, TemplatesTab } from './WorkflowTabs';
import { useWorkflowStore } from './workflowStore';

export const WORKFLOW_READ_ONLY_TEXT = 'Only leads can change the workflow settings; you can see them here.';
export const WORKFLOW_LEAD_TEXT = 'Leads can change the workflow settings (you are one).';

const TABS = [
  { id: 'teams', label: 'Teams' },
  { id: 'releases', label: 'Releases' },
  { id: 'templates', label: 'Templates' },
  { id: 'rules', label: 'Rules' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * The lead-kept workflow settings (`workflow.md`): teams, releases, templates (and the links they fill
 * in), rules. Each tab saves its own part (`workflow.save*`); agents who are not leads see them read-only.
 */
export function WorkflowSettingsDialog() {
  const open = useWorkflowStore((s) => s.open);
  const loading = useWorkflowStore((s) => s.loading);
  const settings = useWorkflowStore((s) => s.settings);
  const loadError = useWorkflowStore((s) => s.loadError);
  const saveError = useWorkflowStore((s) => s.saveError);
  const saved = useWorkflowStore((s) => s.saved);
  const { close, clearMessages } = useWorkflowStore.getState();
  const agents = useSessionStore((s) => s.agents);
  const agentName = useSessionStore((s) => s.agent?.name ?? 'Your name');
  const [tab, setTab] = useState<TabId>('teams');
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  useEffect(() => {
    if (open) void useSessionStore.getState().loadAgents();
  }, [open]);
  const readOnly = !settings?.canEdit;

  return (
    <Dialog
      open={open}
      onClose={(_event, reason) => (reason === 'backdropClick' ? undefined : close())}
      fullWidth
      fullScreen={narrow}
      maxWidth="lg"
      aria-labelledby="workflow-settings-title"
      slotProps={{ paper: { sx: { height: narrow ? '100%' : '92vh' } } }}
    >
      <Box data-testid="workflow-settings" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id="workflow-settings-title" sx={{ px: { xs: 2, sm: 4 }, pb: 0 }}>
          Workflow settings
        </DialogTitle>
        <Tabs
          value={tab}
          onChange={(_e, value: TabId) => {
            setTab(value);
            clearMessages();
          }}
          variant="scrollable"
          sx={{ px: { xs: 1, sm: 3 } }}
        >
          {TABS.map((t) => (
            <Tab key={t.id} value={t.id} label={t.label} data-testid={`workflow-tab-${t.id}`} />
          ))}
        </Tabs>
        <DialogContent dividers sx={{ px: { xs: 2, sm: 4 } }}>
          {settings && (
            <Alert severity="info" role="note" sx={{ mb: 2 }} data-testid="workflow-who-edits">
              {readOnly ? <span data-testid="workflow-read-only">{WORKFLOW_READ_ONLY_TEXT}</span> : WORKFLOW_LEAD_TEXT} {NOT_SIGNED_IN_TEXT}
            </Alert>
          )}
          {loading && (
            <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
              <CircularProgress aria-label="Loading the workflow settings" />
            </Box>
          )}
          {loadError && (
            <Alert severity="error" role="alert">
              The workflow settings could not be read: {loadError}
            </Alert>
          )}
          {/* Each tab is keyed by what the core holds: after a save it starts again from what was kept. */}
          {settings && tab === 'teams' && <TeamsTab key={JSON.stringify(settings.teams)} settings={settings} readOnly={readOnly} agents={agents} />}
          {settings && tab === 'releases' && <ReleasesTab key={JSON.stringify(settings.releases)} settings={settings} readOnly={readOnly} />}
          {settings && tab === 'templates' && <TemplatesTab settings={settings} readOnly={readOnly} agentName={agentName} />}
          {settings && tab === 'rules' && <RulesTab key={JSON.stringify(settings.rules)} settings={settings} readOnly={readOnly} />}
        </DialogContent>
        {(saveError || saved) && (
          <Box sx={{ px: { xs: 2, sm: 4 }, pt: 1 }}>
            {saveError && (
              <Alert severity="error" role="alert" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                Not saved: {saveError}
              </Alert>
            )}
            {saved && (
              <Alert severity="success" role="status" data-testid="workflow-saved">
                {saved}
              </Alert>
            )}
          </Box>
        )}
        <DialogActions>
          <Button onClick={close}>Close</Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
