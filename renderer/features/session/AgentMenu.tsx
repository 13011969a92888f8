import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import Check from '@mui/icons-material/Check';
import FiberManualRecord from '@mui/icons-material/FiberManualRecord';
import History from '@mui/icons-material/History';
import ReceiptLong from '@mui/icons-material/ReceiptLongOutlined';
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import Tune from '@mui/icons-material/Tune';
import Groups from '@mui/icons-material/GroupsOutlined';
import Bedtime from '@mui/icons-material/BedtimeOutlined';
import PersonAdd from '@mui/icons-material/PersonAddAlt1Outlined';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import CloudSyncOutlined from '@mui/icons-material/CloudSyncOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { SlaSettingsDialog, WorkflowSettingsDialog, openSlaSettings, openWorkflowSettings } from '../settings/lazy';
import { useSweepStore } from '../sweep/sweepStore';
import { SchedulesHost, SchedulesMenuItem } from '../schedules/SchedulesEntry';
import { useSyncStore } from '../sync/syncStore';
import { useTeamStore } from '../team/teamStore';
import { useAuditStore } from '../audit/auditStore';
import { AGENT_STATUSES, AGENT_STATUS_LABELS, type AgentStatus } from '../../../shared/domain/vocab';
import { useSessionStore } from './sessionStore';

// The chat report (and its charts library) loads when first opened (lib/lazyPanel.tsx).
const ChatReportDialog = lazyPanel(() => import('../chats/ChatReportDialog').then((m) => m.ChatReportDialog));

/** Choosing a profile says who you are on this computer; nothing checks it (sign-in and roles come later). */
export const PROFILE_NOT_SIGN_IN = 'Not a sign-in: anyone at this computer can choose any profile here, a lead’s included.';

export const STATUS_COLORS: Record<AgentStatus, string> = {
  available: '#3ccf8e',
  in_a_meeting: '#f5b942',
  unavailable: '#e5676b',
  on_leave: '#9aa5b1',
};

/** The current agent and status in the app bar; the menu changes the status or who you are, and opens the SLA settings. */
export function AgentMenu() {
  const agent = useSessionStore((s) => s.agent);
  const loaded = useSessionStore((s) => s.loaded);
  const agents = useSessionStore((s) => s.agents);
  const syncConnected = useSyncStore((s) => s.status !== null && s.status.state !== 'not_connected');
  const { setStatus, setAgent, loadAgents } = useSessionStore.getState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // The settings screen is mounted (and its code loaded) from the first time it is opened.
  const [settingsWanted, setSettingsWanted] = useState(false);
  const [chatReport, setChatReport] = useState(false);
  const [workflowWanted, setWorkflowWanted] = useState(false);
  const close = () => setAnchor(null);

  if (!loaded) return null;
  return (
    <>
      <Button
        color="inherit"
        data-testid="agent-menu"
        aria-label={agent ? `${agent.name} · ${AGENT_STATUS_LABELS[agent.status]}` : undefined}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          void loadAgents();
        }}
        startIcon={agent ? <FiberManualRecord sx={{ color: STATUS_COLORS[agent.status] }} /> : undefined}
        endIcon={<KeyboardArrowDown />}
      >
        {agent ? (
          <>
            <Box component="span" sx={{ '@media (max-width: 479px)': { display: 'none' } }}>
              {agent.name.split(' ')[0]}
            </Box>
            {/* Narrow: the first name and the status dot (a phone: the dot); the rest is in the menu and in the name read out. */}
            <Box component="span" sx={{ whiteSpace: 'pre', '@media (max-width: 719px)': { display: 'none' } }}>
              {`${agent.name.slice(agent.name.split(' ')[0]!.length)} · ${AGENT_STATUS_LABELS[agent.status]}`}
            </Box>
          </>
        ) : (
          'Choose who you are'
        )}
      </Button>
      {/* Mounted from the first opening on: a closed menu costs nothing at start-up (docs/decisions.md D24). */}
      <MountWhen when={anchor !== null}>
        <Menu anchorEl={anchor} open={anchor !== null} onClose={close} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
          {agent && <ListSubheader>Your status</ListSubheader>}
          {agent &&
            AGENT_STATUSES.map((status) => (
              <MenuItem
                key={status}
                role="menuitemradio"
                aria-checked={status === agent.status}
                selected={status === agent.status}
                onClick={() => {
                  close();
                  void setStatus(status);
                }}
              >
                <ListItemIcon>
                  <FiberManualRecord fontSize="small" sx={{ color: STATUS_COLORS[status] }} />
                </ListItemIcon>
                <ListItemText>{AGENT_STATUS_LABELS[status]}</ListItemText>
              </MenuItem>
            ))}
          {agent && (
            <MenuItem
              data-testid="end-of-day"
              onClick={() => {
                close();
                void useSessionStore.getState().endOfDay();
              }}
            >
              <ListItemIcon>
                <Bedtime fontSize="small" />
              </ListItemIcon>
              <ListItemText secondary="Sets you Unavailable">End of day</ListItemText>
            </MenuItem>
          )}
          {agent && <Divider />}
          <ListSubheader>{agent ? 'Switch agent' : 'Who are you?'}</ListSubheader>
          {/* Roles and sign-in come later: until then the menu says plainly what choosing a profile is. */}
          <Typography component="li" variant="caption" data-testid="profile-not-sign-in" sx={{ display: 'block', maxWidth: 300, px: 2, pb: 1, color: 'text.secondary' }}>
            {PROFILE_NOT_SIGN_IN}
          </Typography>
          {agents.length === 0 && <MenuItem disabled>No agents in this workspace yet</MenuItem>}
          {agents.map((other) => (
            <MenuItem
              key={other.id}
              onClick={() => {
                close();
                if (other.id !== agent?.id) void setAgent(other.id);
              }}
            >
              <ListItemIcon>{other.id === agent?.id && <Check fontSize="small" />}</ListItemIcon>
              <ListItemText secondary={other.email}>{other.name}</ListItemText>
            </MenuItem>
          ))}
          <MenuItem
            data-testid="open-profile-picker"
            onClick={() => {
              close();
              useSessionStore.getState().openPicker(true);
            }}
          >
            <ListItemIcon>
              <PersonAdd fontSize="small" />
            </ListItemIcon>
            <ListItemText>Choose or create a profile…</ListItemText>
          </MenuItem>
          <Divider />
          {agent?.role === 'lead' && (
            <MenuItem
              data-testid="open-team-board"
              onClick={() => {
                close();
                void useTeamStore.getState().show();
              }}
            >
              <ListItemIcon>
                <Groups fontSize="small" />
              </ListItemIcon>
              <ListItemText>Team board…</ListItemText>
            </MenuItem>
          )}
          {agent?.role === 'lead' && (
            <MenuItem
              data-testid="open-audit-list"
              onClick={() => {
                close();
                void useAuditStore.getState().show();
              }}
            >
              <ListItemIcon>
                <ReceiptLong fontSize="small" />
              </ListItemIcon>
              <ListItemText>Audit list…</ListItemText>
            </MenuItem>
          )}
          {agent?.role === 'lead' && (
            <MenuItem
              data-testid="open-sync-connection"
              onClick={() => {
                close();
                useSyncStore.getState().openConnection();
              }}
            >
              <ListItemIcon>
                <CloudSyncOutlined fontSize="small" />
              </ListItemIcon>
              <ListItemText>{syncConnected ? 'Help desk connection…' : 'Connect to help desk…'}</ListItemText>
            </MenuItem>
          )}
          <MenuItem
            data-testid="open-sla-settings"
            onClick={() => {
              close();
              setSettingsWanted(true);
              void openSlaSettings();
            }}
          >
            <ListItemIcon>
              <Tune fontSize="small" />
            </ListItemIcon>
            <ListItemText>SLA settings…</ListItemText>
          </MenuItem>
          <SchedulesMenuItem onDone={close} />
          <MenuItem
            data-testid="open-workflow-settings"
            onClick={() => {
              close();
              setWorkflowWanted(true);
              void openWorkflowSettings();
            }}
          >
            <ListItemIcon>
              <AccountTreeOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>Workflow settings…</ListItemText>
          </MenuItem>
          <MenuItem
            data-testid="open-chat-report"
            onClick={() => {
              close();
              setChatReport(true);
            }}
          >
            <ListItemIcon>
              <BarChartOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>Chat report…</ListItemText>
          </MenuItem>
          {agent?.role === 'lead' && (
            <MenuItem
              data-testid="open-sweep-log"
              onClick={() => {
                close();
                void useSweepStore.getState().openLog();
              }}
            >
              <ListItemIcon>
                <History fontSize="small" />
              </ListItemIcon>
              <ListItemText>Sweep log…</ListItemText>
            </MenuItem>
          )}
        </Menu>
      </MountWhen>
      <MountWhen when={settingsWanted}>
        <SlaSettingsDialog />
      </MountWhen>
      <MountWhen when={workflowWanted}>
        <WorkflowSettingsDialog />
      </MountWhen>
      <MountWhen when={chatReport}>
        <ChatReportDialog open={chatReport} onClose={() => setChatReport(false)} />
      </MountWhen>
      <SchedulesHost />
    </>
  );
}
