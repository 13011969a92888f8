import DriveFileMoveOutlined from '@mui/icons-material/DriveFileMoveOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Suspense, useState } from 'react';
import type { TimelineEntry } from '../../../shared/contract/index';
import { REFILABLE_KINDS } from '../../../shared/domain/refile';
import { EVENT_KIND_LABELS } from '../../../shared/domain/vocab';
import { formatInstant } from '../../lib/format';
import { lazyPanel } from '../../lib/lazyPanel';

const RefileDialog = lazyPanel(() => import('./RefileDialog').then((m) => m.RefileDialog));

/** Under a customer message, voicemail, call or chat: where it was moved, or *Move to another case*. */
export function RefileAction({
  entry,
  caseId,
  caseKey,
  movedTo,
  closed,
  timeZone,
  now,
}: {
  entry: TimelineEntry;
  caseId: string;
  caseKey: string;
  movedTo: string | undefined;
  closed: boolean;
  timeZone: string | undefined;
  now: number;
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!REFILABLE_KINDS.includes(entry.kind)) return null;
  const to = movedTo ?? done;
  if (to) {
    return (
      <Typography variant="caption" component="p" color="text.secondary" data-testid="moved-to" sx={{ mt: 0.5, fontStyle: 'italic' }}>
        Moved to {to}: it no longer counts on this case.
      </Typography>
    );
  }
  if (closed) return null;
  const what = EVENT_KIND_LABELS[entry.kind].toLowerCase();
  return (
    <Box sx={{ mt: 0.25 }}>
      <Button
        size="small"
        startIcon={<DriveFileMoveOutlined fontSize="small" />}
        onClick={() => setOpen(true)}
        aria-label={`Move to another case (the ${what} of ${formatInstant(entry.at, timeZone, now)})`}
        sx={{ px: 0.5, minHeight: 0, color: 'text.secondary' }}
      >
        Move to another case
      </Button>
      <Suspense fallback={null}>
        {open && <RefileDialog caseId={caseId} caseKey={caseKey} entry={entry} timeZone={timeZone} now={now} onClose={() => setOpen(false)} onMoved={setDone} />}
      </Suspense>
    </Box>
  );
}
