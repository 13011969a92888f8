import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Suspense, useCallback, useEffect, useMemo } from 'react';
import { useNow } from '../../lib/clock';
import { lazyPanel } from '../../lib/lazyPanel';
import { useQueueStore } from '../queue/queueStore';
import { useSessionStore, useTimeZone } from '../session/sessionStore';
import { useCaseStore } from './caseStore';

// What an opened item shows is loaded when the first item is opened (lib/lazyPanel.tsx).
const CaseView = lazyPanel(() => import('./CaseView').then((m) => m.CaseView));
const InteractionSummary = lazyPanel(() => import('./InteractionSummary').then((m) => m.InteractionSummary));
// Above an opened case: the cancellation steps (a cancellation request) and the troubleshooting guide.
const CaseAids = lazyPanel(() => import('../troubleshooting/CaseAids').then((m) => m.CaseAids));

/** The right-hand panel: the opened case, or an interaction's summary (above its case when it has one), or a hint. */
export function CaseDetailPanel({ onBack }: { onBack?: () => void }) {
  const selected = useQueueStore((s) => s.selected);
  const caseId = selected?.caseId ?? null;
  const detail = useCaseStore((s) => s.detail);
  const error = useCaseStore((s) => s.error);
  const timeZone = useTimeZone();
  const now = useNow();
  const agents = useSessionStore((s) => s.agents);
  const names = useMemo(() => new Map(agents.map((a) => [a.id, a.name])), [agents]);
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);

  useEffect(() => {
    if (caseId) void useCaseStore.getState().open(caseId);
    else useCaseStore.getState().close();
  }, [caseId]);

  let body;
  if (!selected) {
    body = (
      <Box sx={{ textAlign: 'center', mt: 6, color: 'text.secondary' }}>
        <Typography variant="h6" component="p" sx={{ color: 'text.primary' }}>
          Nothing open
        </Typography>
        <Typography>Select an item in the queue to see it here. Tip: move with ↑ and ↓, open with Enter.</Typography>
      </Box>
    );
  } else if (!caseId) {
    body = <InteractionSummary item={selected} timeZone={timeZone} now={now} />;
  } else {
    let opened;
    if (detail && detail.id === caseId) {
      opened = (
        <>
          <CaseAids detail={detail} />
          <CaseView detail={detail} timeZone={timeZone} now={now} nameOf={nameOf} />
        </>
      );
    } else if (error) {
      opened = (
        <Alert severity="error" action={<Button onClick={() => void useCaseStore.getState().refresh()}>Try again</Button>}>
          Case {selected.key} could not be opened: {error}
        </Alert>
      );
    } else opened = <Opening label={selected.key} />;
    // A live call or chat of a case stays what it is (ringing time, Take, Mark done), with its case below.
    body =
      selected.source === 'interaction' ? (
        <>
          <InteractionSummary item={selected} timeZone={timeZone} now={now} />
          <Box sx={{ mt: 3, pt: 2, borderTop: 1, borderColor: 'divider' }}>{opened}</Box>
        </>
      ) : (
        opened
      );
  }

  return (
    <Box
      component="section"
      aria-label="Details"
      data-testid="case-detail"
      sx={{ flex: 1, minWidth: 0, minHeight: 0, overflowY: 'auto', p: 2, bgcolor: 'background.paper' }}
    >
      {onBack && (
        <Button startIcon={<ArrowBack />} onClick={onBack} sx={{ mb: 1 }}>
          Back to the queue
        </Button>
      )}
      {/* The case view's code may still be loading: the same placeholder as a case being read. */}
      <Suspense fallback={selected && <Opening label={selected.key} />}>{body}</Suspense>
    </Box>
  );
}

/** A case or item being read (or its view's code loading). */
function Opening({ label }: { label: string }) {
  return (
    <Box aria-busy aria-label={`Opening ${label}`}>
      <Skeleton width="30%" />
      <Skeleton width="80%" height={32} />
      <Skeleton variant="rectangular" height={160} sx={{ mt: 2 }} />
    </Box>
  );
}
