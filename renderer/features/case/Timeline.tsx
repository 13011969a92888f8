import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import CallOutlined from '@mui/icons-material/CallOutlined';
import ChatOutlined from '@mui/icons-material/ChatOutlined';
import DoNotDisturbOnOutlined from '@mui/icons-material/DoNotDisturbOnOutlined';
import DriveFileMoveOutlined from '@mui/icons-material/DriveFileMoveOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import RuleOutlined from '@mui/icons-material/RuleOutlined';
import Link from '@mui/icons-material/Link';
import MoveToInboxOutlined from '@mui/icons-material/MoveToInboxOutlined';
import ReplyOutlined from '@mui/icons-material/ReplyOutlined';
import StickyNote2Outlined from '@mui/icons-material/StickyNote2Outlined';
import SwapHoriz from '@mui/icons-material/SwapHoriz';
import VoicemailOutlined from '@mui/icons-material/VoicemailOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { TimelineEntry } from '../../../shared/contract/index';
import { CASE_STATUSES, CASE_STATUS_LABELS, EVENT_KIND_LABELS, type CaseStatus, type EventKind } from '../../../shared/domain/vocab';
import { formatInstant } from '../../lib/format';
import { Instant } from '../../lib/Instant';
import { OriginalContent } from '../intake/OriginalContent';

const KIND_ICONS: Record<EventKind, typeof CallOutlined> = {
  inbound: MoveToInboxOutlined,
  public_reply: ReplyOutlined,
  internal_note: StickyNote2Outlined,
  status: SwapHoriz,
  assignment: AssignmentIndOutlined,
  call: CallOutlined,
  voicemail: VoicemailOutlined,
  chat: ChatOutlined,
  link: Link,
  no_reply_needed: DoNotDisturbOnOutlined,
  rule: RuleOutlined,
  refile: DriveFileMoveOutlined,
  field: EditOutlined,
};

function statusLabel(value: string | null): string {
  if (value === null) return 'none';
  return (CASE_STATUSES as readonly string[]).includes(value) ? CASE_STATUS_LABELS[value as CaseStatus] : value;
}

/** An agent's name from their id (the id itself when unknown). */
export type NameOf = (agentId: string) => string;

/** "New -> Assigned" for a status change, "Unassigned -> Dana Reyes" for an assignment. */
export function transitionText(entry: TimelineEntry, nameOf: NameOf): string | null {
  if (entry.kind === 'status') return `${statusLabel(entry.from)} -> ${statusLabel(entry.to)}`;
  if (entry.kind === 'assignment') {
    const side = (id: string | null) => (id === null ? 'Unassigned' : nameOf(id));
    return `${side(entry.from)} -> ${side(entry.to)}`;
  }
  return null;
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g;

/** A re-filing names the moved entry by its instant, a field change may be an instant (the agreed update): shown in the agent's time zone like every other instant. */
export function entryText(entry: TimelineEntry, timeZone: string | undefined, now: number): string {
  const body = entry.body ?? '';
  if (entry.kind === 'refile') {
    const text = body.replace(ISO_INSTANT, (iso) => formatInstant(iso, timeZone, now));
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  if (entry.kind !== 'field') return body;
  return body.replace(ISO_INSTANT, (iso) => formatInstant(iso, timeZone, now));
}

/** The case's history, oldest first, read-only; `aside` adds to an entry (what became of it, an action on it) without changing it. */
export function Timeline({
  entries,
  timeZone,
  now,
  nameOf,
  aside,
}: {
  entries: readonly TimelineEntry[];
  timeZone: string | undefined;
  now: number;
  nameOf: NameOf;
  aside?: (entry: TimelineEntry) => ReactNode;
}) {
  if (entries.length === 0) return <Typography sx={{ color: 'text.secondary' }}>No activity yet.</Typography>;
  return (
    <Box component="ol" aria-label="Timeline" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {entries.map((entry) => {
        const Icon = KIND_ICONS[entry.kind];
        const transition = transitionText(entry, nameOf);
        const note = entry.kind === 'internal_note';
        return (
          <Box
            component="li"
            key={entry.seq}
            data-testid="timeline-entry"
            data-kind={entry.kind}
            sx={{ display: 'grid', gridTemplateColumns: '24px 1fr', columnGap: 1, py: 1, borderBottom: 1, borderColor: 'divider' }}
          >
            <Icon fontSize="small" sx={{ color: note ? 'warning.dark' : 'text.secondary', mt: 0.25 }} aria-hidden />
            <Box sx={{ minWidth: 0 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography variant="subtitle2" component="span">
                  {EVENT_KIND_LABELS[entry.kind]}
                </Typography>
                {entry.byName && (
                  <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
                    by {entry.byName}
                  </Typography>
                )}
                <Typography variant="body2" component="span" sx={{ color: 'text.secondary', ml: 'auto' }}>
                  <Instant iso={entry.at} timeZone={timeZone} now={now} />
                </Typography>
              </Box>
              {transition && <Typography variant="body2">{transition}</Typography>}
              {entry.body && (
                <Typography
                  variant="body2"
                  sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.5, ...(note && { bgcolor: '#fff8e1', p: 1, borderRadius: 1 }) }}
                >
                  {entryText(entry, timeZone, now)}
                </Typography>
              )}
              {entry.original && <OriginalContent original={entry.original} />}
              {aside?.(entry)}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
