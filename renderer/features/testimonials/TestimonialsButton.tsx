import ReviewsOutlined from '@mui/icons-material/ReviewsOutlined';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useEffect } from 'react';
import { api } from '../../api';
import { useNow } from '../../lib/clock';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useTestimonialsStore } from './testimonialsStore';

const TestimonialsDialog = lazyPanel(() => import('./TestimonialsDialog').then((m) => m.TestimonialsDialog));

/** Cases come due as time passes, without any change to announce: the count is read again this often. */
const RECHECK_MS = 5 * 60_000;

/**
 * The app bar's way into the Testimonial follow-ups list: a button with how many are due, shown only
 * while some are (`docs/closure.md`). Re-read when cases change and every few minutes.
 */
export function TestimonialsButton() {
  const total = useTestimonialsStore((s) => s.list?.total ?? 0);
  const open = useTestimonialsStore((s) => s.open);
  const tick = useNow(RECHECK_MS);
  useEffect(() => void useTestimonialsStore.getState().load(), [tick]);
  useEffect(
    () =>
      api.on('changed', ({ topics }) => {
        if (topics.includes('cases') || topics.includes('interactions') || topics.includes('workspace') || topics.includes('settings')) {
          void useTestimonialsStore.getState().load();
        }
      }),
    [],
  );
  const label = `Testimonial follow-ups: ${total} due`;
  return (
    <>
      {(total > 0 || open) && (
        <Tooltip title={label}>
          <IconButton color="inherit" aria-label={label} data-testid="open-testimonials" onClick={() => useTestimonialsStore.getState().openList()}>
            <Badge badgeContent={total} color="secondary">
              <ReviewsOutlined />
            </Badge>
          </IconButton>
        </Tooltip>
      )}
      <MountWhen when={open}>
        <TestimonialsDialog />
      </MountWhen>
    </>
  );
}
