import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { WorkItem } from '../../../shared/contract/index';
import { QUEUE_VIEW_LABELS, type QueueView } from '../../../shared/domain/vocab';
import { useNow } from '../../lib/clock';
import { useSessionStore } from '../session/sessionStore';
import { cursorIndex, useQueueStore } from './queueStore';
import { itemAt } from './queueWindow';
import { PlaceholderRow, QueueRow, ROW_HEIGHT, rowDomId } from './QueueRow';
import { FALLBACK_RECT, observeRectWithFallback } from './virtualRect';

const KEY_MOVES: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

/**
 * The unified queue: a virtualized list in the core's order. Only the rows on screen are in the
 * DOM; only the pages around them are in memory; `total` sizes the scroll area.
 * Keyboard: Up/Down or j/k move (PageUp/PageDown, Home/End jump), Enter opens.
 */
export function QueueList() {
  const view = useQueueStore((s) => s.view);
  const total = useQueueStore((s) => s.total);
  const pages = useQueueStore((s) => s.pages);
  const selectedId = useQueueStore((s) => s.selected?.id ?? null);
  const activeIndex = useQueueStore(cursorIndex);
  const error = useQueueStore((s) => s.error);
  const { setRange, select, moveCursor, openCursor, load } = useQueueStore.getState();
  const now = useNow();
  const scrollRef = useRef<HTMLDivElement>(null);

  // This build does not use the React Compiler; the virtualizer re-renders the list itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? 0;
  useEffect(() => {
    setRange(first, last);
  }, [first, last, setRange]);

  const onOpen = useCallback(
    (item: WorkItem) => {
      select(item);
      scrollRef.current?.focus({ preventScroll: true });
    },
    [select],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = KEY_MOVES[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const index = moveCursor(move);
      if (index !== null) virtualizer.scrollToIndex(index, { align: 'auto' });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openCursor();
    }
  }

  if (total === null && error) {
    return (
      <StateBox>
        <Alert severity="error" action={<Button onClick={() => void load()}>Try again</Button>}>
          The queue could not be loaded: {error}
        </Alert>
      </StateBox>
    );
  }
  if (total === 0) return <EmptyQueue view={view} />;

  const label = `${QUEUE_VIEW_LABELS[view]} queue`;
  const activeRendered = activeIndex !== null && rows.some((row) => row.index === activeIndex);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
      {error && (
        <Alert severity="warning" sx={{ m: 1 }}>
          The queue could not be updated: {error}
        </Alert>
      )}
      <Box
        ref={scrollRef}
        role="listbox"
        aria-label={label}
        aria-busy={total === null}
        aria-activedescendant={activeRendered ? rowDomId(activeIndex) : undefined}
        tabIndex={0}
        data-testid="queue-list"
        onKeyDown={onKeyDown}
        sx={{ flex: 1, minHeight: 0, overflowY: 'auto', outline: 'none', '&:focus-visible': { boxShadow: 'inset 0 0 0 2px', color: 'primary.main' } }}
      >
        {total === null ? (
          Array.from({ length: 6 }, (_, i) => <PlaceholderRow key={i} />)
        ) : (
          <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative', color: 'text.primary' }}>
            {rows.map((row) => {
              const item = itemAt(pages, row.index);
              return (
                <Box
                  key={row.key}
                  role="presentation"
                  sx={{ position: 'absolute', top: 0, left: 0, width: '100%', height: row.size }}
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  {item ? (
                    <QueueRow
                      item={item}
                      index={row.index}
                      setSize={total}
                      now={now}
                      selected={item.id === selectedId}
                      active={row.index === activeIndex}
                      onOpen={onOpen}
                    />
                  ) : (
                    <PlaceholderRow />
                  )}
                </Box>
              );
            })}
          </Box>
        )}
      </Box>
    </Box>
  );
}

function StateBox({ children }: { children: ReactNode }) {
  return <Box sx={{ p: 2, flex: 1 }}>{children}</Box>;
}

function EmptyQueue({ view }: { view: QueueView }) {
  const hasAgent = useSessionStore((s) => s.agent !== null);
  const [title, hint] =
    view === 'my' && !hasAgent
      ? ['Whose queue is this?', 'Choose who you are with the button at the top right to see the items assigned to you.']
      : view === 'my'
        ? ['Nothing is assigned to you.', 'Items you take, and calls and chats routed to you, will appear here.']
        : view === 'unassigned'
          ? ['Everything has an owner.', 'New items without an assignee will appear here.']
          : ['Nothing is waiting.', 'New calls, chats, voicemails and emails will appear here.'];
  return (
    <StateBox>
      <Box data-testid="queue-empty" sx={{ textAlign: 'center', mt: 6, color: 'text.secondary' }}>
        <Typography variant="h6" component="p" sx={{ color: 'text.primary' }}>
          {title}
        </Typography>
        <Typography>{hint}</Typography>
      </Box>
    </StateBox>
  );
}
