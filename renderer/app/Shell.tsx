import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useLayoutEffect, useState } from 'react';
import { api, getApiClient } from '../api';
import { ErrorSnackbar } from '../lib/ErrorSnackbar';
import { MountWhen, lazyPanel } from '../lib/lazyPanel';
import { STARTUP_MARKS, markStartup } from '../lib/startupMarks';
import { AlertsBell, AlertsErrors } from '../features/alerts/AlertsBell';
import { CaseDetailPanel } from '../features/case/CaseDetailPanel';
import { NewCaseButton } from '../features/caseCreate/NewCaseButton';
import { JobProgress } from '../features/jobs/JobProgress';
import { LogInteraction } from '../features/intake/LogInteraction';
import { MarkedDoneSnackbar } from '../features/intake/MarkedDoneSnackbar';
import { useFirstRunStore } from '../features/firstRun/firstRunStore';
import { useQueueStore } from '../features/queue/queueStore';
import { AgentMenu } from '../features/session/AgentMenu';
import { ProfilePrompt } from '../features/session/ProfilePrompt';
import { useAuditStore } from '../features/audit/auditStore';
import { useTeamStore } from '../features/team/teamStore';
import { useSessionStore } from '../features/session/sessionStore';
import { useSweepStore } from '../features/sweep/sweepStore';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { TestimonialsButton } from '../features/testimonials/TestimonialsButton';
import { HandoffButton } from '../features/handoff/HandoffButton';
import { WelcomeBack } from '../features/handoff/WelcomeBack';
import { ChecklistButton } from '../features/checklist/ChecklistButton';
import { useBrowserTitle } from '../features/attention/useBrowserTitle';
import { ConnectionNotice } from './ConnectionNotice';
import { QueuePane } from './QueuePane';
import { startLiveApp } from './liveUpdates';
import { NavTabs } from './NavTabs';
import { startShortcuts, useKeyboardHelpStore } from './shortcuts';
import { TakeFeedback } from './TakeFeedback';

// Dialogs the first screen does not show, loaded when first wanted (lib/lazyPanel.tsx).
const FirstRunDialog = lazyPanel(() => import('../features/firstRun/FirstRunDialog').then((m) => m.FirstRunDialog));
const ProfilePicker = lazyPanel(() => import('../features/session/ProfilePicker').then((m) => m.ProfilePicker));
const TeamBoardDialog = lazyPanel(() => import('../features/team/TeamBoardDialog').then((m) => m.TeamBoardDialog));
const AuditDialog = lazyPanel(() => import('../features/audit/AuditDialog').then((m) => m.AuditDialog));
const SweepLogDialog = lazyPanel(() => import('../features/sweep/SweepLogDialog').then((m) => m.SweepLogDialog));
const KeyboardHelp = lazyPanel(() => import('./KeyboardHelp').then((m) => m.KeyboardHelp));

/** Below this width (docked beside the help desk) the queue and the detail take turns. */
const NARROW_QUERY = '(max-width: 719px)';

/** App bar (product, agent and status), views with counts, then the queue beside the detail. */
export function Shell() {
  useLayoutEffect(() => markStartup(STARTUP_MARKS.firstRender), []);
  // The first reads and live updates; main.tsx has started them before the first render.
  useEffect(() => startLiveApp(getApiClient(), api), []);
  useEffect(() => startShortcuts(document), []);
  useBrowserTitle();
  const openSeq = useQueueStore((s) => s.openSeq);
  const hasSelection = useQueueStore((s) => s.selected !== null);
  const workspaceError = useFirstRunStore((s) => s.loadError);
  const narrow = useMediaQuery(NARROW_QUERY);
  const [dismissedSeq, setDismissedSeq] = useState(0);
  const showDetail = hasSelection && openSeq !== dismissedSeq;

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <AppBar position="static">
        {/* Narrow: the actions take the whole bar (the title stays for screen readers), so the agent menu stays in sight. */}
        <Toolbar sx={{ gap: 1, [`@media ${NARROW_QUERY}`]: { gap: 0.25, px: 1 } }}>
          <Typography
            variant="h6"
            component="h1"
            sx={{ flex: 1, fontWeight: 700, letterSpacing: 0.2, minWidth: 0, [`@media ${NARROW_QUERY}`]: { fontSize: 0, lineHeight: 0 } }}
          >
            Shiftdesk
          </Typography>
          <NewCaseButton />
          <LogInteraction />
          <ChecklistButton />
          <TestimonialsButton />
          <HandoffButton />
          <AlertsBell />
          <SyncIndicator />
          <AgentMenu />
        </Toolbar>
      </AppBar>
      <ConnectionNotice />
      <WelcomeBack />
      <ProfilePrompt />
      {workspaceError && (
        <Alert severity="error" square>
          The workspace could not be read: {workspaceError}
        </Alert>
      )}
      <NavTabs />
      <Box component="main" sx={{ flex: 1, minHeight: 0, display: 'flex' }}>
        {(!narrow || !showDetail) && (
          <Box
            component="section"
            aria-label="Queue"
            sx={{
              display: 'flex',
              flexDirection: 'column',
              minHeight: 0,
              ...(narrow ? { flex: 1 } : { width: '42%', minWidth: 340, maxWidth: 600, borderRight: 1, borderColor: 'divider' }),
            }}
          >
            <QueuePane />
          </Box>
        )}
        {(!narrow || showDetail) && <CaseDetailPanel onBack={narrow ? () => setDismissedSeq(openSeq) : undefined} />}
      </Box>
      <ShellDialogs />
      <JobProgress />
      <SessionErrors />
      <AlertsErrors />
      <TakeFeedback />
      <MarkedDoneSnackbar />
    </Box>
  );
}

/** The shell's dialogs, each mounted (and its code loaded) from the first time it opens. */
function ShellDialogs() {
  const firstRun = useFirstRunStore((s) => s.status !== null && !s.status.onboarded);
  const sweepLogOpen = useSweepStore((s) => s.logOpen);
  const keyboardHelpOpen = useKeyboardHelpStore((s) => s.open);
  const pickerOpen = useSessionStore((s) => s.pickerOpen);
  const teamBoardOpen = useTeamStore((s) => s.open);
  const auditOpen = useAuditStore((s) => s.open);
  return (
    <>
      <MountWhen when={pickerOpen}>
        <ProfilePicker />
      </MountWhen>
      <MountWhen when={teamBoardOpen}>
        <TeamBoardDialog />
      </MountWhen>
      <MountWhen when={auditOpen}>
        <AuditDialog />
      </MountWhen>
      <MountWhen when={firstRun}>
        <FirstRunDialog />
      </MountWhen>
      <MountWhen when={sweepLogOpen}>
        <SweepLogDialog />
      </MountWhen>
      <MountWhen when={keyboardHelpOpen}>
        <KeyboardHelp />
      </MountWhen>
    </>
  );
}

function SessionErrors() {
  const error = useSessionStore((s) => s.error);
  const clearError = useSessionStore((s) => s.clearError);
  return <ErrorSnackbar error={error} onClose={clearError} />;
}
