import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { WorkItem } from '../../../shared/contract/index';
import { QUEUE_VIEW_LABELS, type QueueView } from '../../../shared/domain/vocab';
import { useNow } from '../../lib/clock';
import { prepareInstantFormats } from '../../lib/format';
import { STARTUP_MARKS, markStartup } from '../../lib/startupMarks';
import { CheckInBar } from '../checkIn/CheckInBar';
import { useCheckInStore } from '../checkIn/checkInStore';
import { useSessionStore, useTimeZone } from '../session/sessionStore';
import { assigneeText, showsAssignee } from './assignee';
import { cursorIndex, useQueueStore } from './queueStore';
import { itemAt } from './queueWindow';
import { PlaceholderRow, QueueRow, rowDomId } from './QueueRow';
import { COMPACT_BELOW_PX, QR, QueueFrame, rowHeight, type RowDensity } from './queueRowStyles';
import { FALLBACK_RECT, observeRectWithFallback } from './virtualRect';

/** Rows rendered beyond each edge of the visible ones. */
const OVERSCAN = 2;

/**
 * The most rows the virtualizer renders in a list `height` px tall: the visible ones (one more
 * when both edges show a part of a row) and the overscan on each side.
 */
export const rowSlots = (height: number, size: number) => Math.ceil(height / size) + 1 + 2 * OVERSCAN;

const KEY_MOVES: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

/** Rows shown while the first page of a view loads. */
const LOADING_ROWS = 6;

const densityOf = (width: number): RowDensity => (width < COMPACT_BELOW_PX ? 'compact' : 'regular');

/**
 * The unified queue: a virtualized list in the core's order. Only the rows on screen are in the
 * DOM; only the pages around them are in memory; `total` sizes the scroll area. Rows are compact
 * when the list is narrower than `COMPACT_BELOW_PX` (docked, or a narrow window).
 * Keyboard: Up/Down or j/k move (PageUp/PageDown, Home/End jump), Enter opens.
 */
export function QueueList() {
  // The frame carries the rows' styles and renders once; the body re-renders as the list scrolls.
  return (
    <QueueFrame>
      <QueueListBody />
    </QueueFrame>
  );
}

function QueueListBody() {
  const view = useQueueStore((s) => s.view);
  const total = useQueueStore((s) => s.total);
  const pages = useQueueStore((s) => s.pages);
  const selectedId = useQueueStore((s) => s.selected?.id ?? null);
  const activeIndex = useQueueStore(cursorIndex);
  const error = useQueueStore((s) => s.error);
  const { setRange, select, moveCursor, openCursor, load } = useQueueStore.getState();
  const now = useNow();
  const timeZone = useTimeZone();
  // Rows say who has each item (in the views where the view does not say it already).
  const agents = useSessionStore((s) => s.agents);
  const me = useSessionStore((s) => s.agent?.id ?? null);
  const agentNames = useMemo(() => new Map(agents.map((agent) => [agent.id, agent.name])), [agents]);
  const withAssignee = showsAssignee(view);
  // Aging: cases are ticked for the bulk check-in (features/checkIn/).
  const aging = view === 'aging';
  const picked = useCheckInStore((s) => s.picked);
  const onCheck = useCheckInStore.getState().toggle;
  // Rows show deadlines in the agent's zone: build those formats before a scroll needs them.
  useEffect(() => prepareInstantFormats(timeZone), [timeZone]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [density, setDensity] = useState<RowDensity>(densityOf(FALLBACK_RECT.width));
  const size = rowHeight(density);
  // The list's size as the virtualizer measures it also sets the density.
  const observeElementRect = useCallback<typeof observeRectWithFallback>(
    (instance, cb) =>
      observeRectWithFallback(instance, (rect) => {
        cb(rect);
        setDensity(densityOf(rect.width));
      }),
    [],
  );
  // A new function per density makes the virtualizer place the rows again at the new height.
  const getItemKey = useCallback((index: number) => index, [density]); // eslint-disable-line react-hooks/exhaustive-deps

  // This build does not use the React Compiler; the virtualizer re-renders the list itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => size,
    getItemKey,
    overscan: OVERSCAN,
    initialRect: FALLBACK_RECT,
    observeElementRect,
  });
  const rows = virtualizer.getVirtualItems();
  // Rows are keyed by slot (the index modulo the most rows ever rendered at once), so a row that
  // leaves hands its elements to one that enters: a jump of a screen or more updates the rendered
  // rows in place instead of removing them all and creating as many again (fewer DOM nodes to
  // build, style and collect at every step of a fast scroll). Consecutive indices never share a slot.
  const slots = Math.max(rows.length, rowSlots(virtualizer.scrollRect?.height ?? FALLBACK_RECT.height, size));
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? 0;
  useEffect(() => {
    setRange(first, last);
  }, [first, last, setRange]);
  // The cold start's last milestone (lib/startupMarks.ts): a row with its item is in the DOM.
  const showsItem = Boolean(total) && itemAt(pages, first) !== null;
  useLayoutEffect(() => {
    if (showsItem) markStartup(STARTUP_MARKS.firstRow);
  }, [showsItem]);

  // After a change of density the same row stays at the top.
  const shownDensity = useRef(density);
  useLayoutEffect(() => {
    const before = rowHeight(shownDensity.current);
    shownDensity.current = density;
    const offset = scrollRef.current?.scrollTop ?? 0;
    if (before !== size && offset > 0) virtualizer.scrollToOffset(Math.round(offset / before) * size);
  }, [density, size, virtualizer]);

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
  const rowsClass = density === 'compact' ? `${QR.rows} ${QR.compact}` : QR.rows;
  return (
    <>
      {aging && <CheckInBar />}
      {error && (
        <Alert severity="warning" sx={{ m: 1 }}>
          The queue could not be updated: {error}
        </Alert>
      )}
      <div
        ref={scrollRef}
        role="listbox"
        aria-label={label}
        aria-busy={total === null}
        aria-activedescendant={activeRendered ? rowDomId(activeIndex) : undefined}
        tabIndex={0}
        className={QR.list}
        data-testid="queue-list"
        data-density={density}
        onKeyDown={onKeyDown}
      >
        {total === null ? (
          <div className={rowsClass}>
            {Array.from({ length: LOADING_ROWS }, (_, i) => (
              <PlaceholderRow key={i} />
            ))}
          </div>
        ) : (
          <div className={rowsClass} style={{ height: virtualizer.getTotalSize() }}>
            <div className={QR.window} style={{ transform: `translateY(${rows[0]?.start ?? 0}px)` }}>
              {rows.map((row) => {
                const item = itemAt(pages, row.index);
                return item ? (
                  <QueueRow
                    key={row.index % slots}
                    item={item}
                    view={view}
                    index={row.index}
                    setSize={total}
                    now={now}
                    timeZone={timeZone}
                    assignee={withAssignee ? assigneeText(item.assigneeId, me, agentNames) : null}
                    selected={item.id === selectedId}
                    active={row.index === activeIndex}
                    onOpen={onOpen}
                    checked={aging && item.caseId ? Boolean(picked[item.caseId]) : null}
                    onCheck={onCheck}
                  />
                ) : (
                  <PlaceholderRow key={row.index % slots} />
                );
              })}
            </div>
          </div>
        )}
      </div>
    </>
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
