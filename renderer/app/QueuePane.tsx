import { memo } from 'react';
import { NoMatchOr } from '../features/filters/NoMatch';
import { QueueToolbar } from '../features/filters/QueueToolbar';
import { QueueList } from '../features/queue/QueueList';
import { useQueueStore } from '../features/queue/queueStore';
import { SweepLine } from '../features/sweep/SweepLine';

/**
 * The queue column for the current view: the sweep line on Unassigned, search and filters, and the
 * list (a new one per view and filter, so it starts from the top). The only part of the shell that
 * renders again on a view switch, besides the tabs.
 */
export const QueuePane = memo(function QueuePane() {
  const view = useQueueStore((s) => s.view);
  // A new filter shows its matches from the top.
  const filterKey = useQueueStore((s) => JSON.stringify(s.filter));
  return (
    <>
      {view === 'unassigned' && <SweepLine />}
      <QueueToolbar />
      <NoMatchOr>
        <QueueList key={`${view} ${filterKey}`} />
      </NoMatchOr>
    </>
  );
});
