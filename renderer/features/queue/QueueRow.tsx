import { Fragment, memo } from 'react';
import type { WorkItem } from '../../../shared/contract/index';
import { whyHereAgingParts, whyHereParts } from '../../../shared/domain/whyHere';
import { CASE_STATUS_LABELS, isLiveChannel, URGENCY_LABELS, type QueueView } from '../../../shared/domain/vocab';
import { parseIso, toIso } from '../../../shared/time/instant';
import { formatInstant, waitingSince } from '../../lib/format';
import { SlaBadge } from '../sla/SlaBadge';
import { ChannelGlyph } from './ChannelIcon';
import { PriorityTag } from './PriorityChip';
import { QR } from './queueRowStyles';

export function rowDomId(index: number): string {
  return `queue-row-${index}`;
}

/**
 * The "why it is here" line of `shared/domain/whyHere.ts` for a work item as the queue lists it, in
 * parts (channel first), its deadline in the agent's time zone (["email", "due Tue 14:20"]).
 */
export function whyHereText(item: WorkItem, now: number, timeZone: string | undefined): string[] {
  const deadline = item.sla ? parseIso(item.sla.deadline) : null;
  return whyHereParts(
    { channel: item.channel, urgency: item.urgency, priorityOrganization: item.priorityOrganization, waitingSince: parseIso(item.waitingSince), deadline },
    now,
    (at) => formatInstant(toIso(at), timeZone, now),
  );
}

interface QueueRowProps {
  item: WorkItem;
  /** The view the row is in: Aging says when the customer last heard from us instead. */
  view: QueueView;
  index: number;
  /** The view's total, for screen readers ("row 12 of 3,400"). */
  setSize: number;
  now: number;
  timeZone: string | undefined;
  /** Who it is assigned to, as the row says it ("Sam Roe", "You", "Unassigned"; `assigneeText`); null: not shown. */
  assignee: string | null;
  selected: boolean;
  active: boolean;
  onOpen(item: WorkItem, index: number): void;
  /** Aging only: whether the case is ticked for the bulk check-in; null or absent: no tick box. */
  checked?: boolean | null;
  onCheck?(item: WorkItem): void;
}

/**
 * One work item on three lines, the subject on a line of its own:
 *   [channel] Urgent · subject ..............................................
 *             [P1] [SLA figure] ⌛ waiting ................... why it is here
 *             C-1042 · Status · 👤 Sam Roe · Acme · Jane Doe
 * The SLA badge (compact) shows only on items with a timer: the one figure of time left or over, on
 * the target's clock; the case status only on cases; the assignee in the views where it is not the
 * view itself (`assignee`). The "why" is `whyHereParts`: the item's place in the order in the
 * order's own terms ("chat · urgent · waiting 12 min", "email · breached Mon 16:00": the deadline as
 * an instant, so the badge's figure is the only count of lateness); in Aging, ordered by the last
 * message to the customer, `whyHereAgingParts` ("email · last sent 14 days ago"). The waiting time
 * shows once: not beside a "why" that says it. Compact rows (a narrow list) leave the channel word to
 * the icon.
 * Plain elements styled by the classes of `queueRowStyles.ts` (inside `QueueFrame`); re-rendered
 * only when what it shows changes (`sameRowProps`), not when another page of the list arrives or
 * a re-read brings the same items again.
 */
export const QueueRow = memo(function QueueRow({ item, view, index, setSize, now, timeZone, assignee, selected, active, onOpen, checked = null, onCheck }: QueueRowProps) {
  // An interaction not filed into a case has only an internal id: show who it is from instead.
  const key = item.caseId ? item.key : null;
  const rest = [item.organizationName, item.contactName].filter(Boolean).join(' · ');
  const aging = view === 'aging';
  const [channel, ...reasons] = aging ? whyHereAgingParts(item) : whyHereText(item, now, timeZone);
  const why = [channel, ...reasons].join(' · ');
  // The "why" says how long a call or chat, or an item without a timer, has waited: not twice on a line.
  const waitSaid = !aging && (isLiveChannel(item.channel) || item.sla === null);
  const who = [
    key,
    item.status && <span className={QR.status}>{CASE_STATUS_LABELS[item.status]}</span>,
    assignee !== null && (
      <span className={QR.assignee} title={`Assignee: ${assignee}`}>
        <svg viewBox="0 0 24 24" role="img" aria-label="Assignee:" focusable="false">
          <path d={PERSON} />
        </svg>{' '}
        {assignee}
      </span>
    ),
    rest,
  ].filter(Boolean);
  return (
    <div
      id={rowDomId(index)}
      role="option"
      aria-selected={selected}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      className={checked === null ? QR.row : `${QR.row} ${QR.checkable}`}
      data-testid="queue-row"
      data-key={item.key}
      data-channel={item.channel}
      data-active={active || undefined}
      onClick={() => onOpen(item, index)}
    >
      {checked !== null && (
        // A click on the box ticks the case; it does not open it.
        <label className={QR.check} onClick={(e) => e.stopPropagation()} title="Tick for the bulk check-in">
          <input type="checkbox" checked={checked} onChange={() => onCheck?.(item)} aria-label={`Tick ${item.key} for the check-in`} data-testid="queue-row-check" />
        </label>
      )}
      <ChannelGlyph channel={item.channel} className={QR.icon} />
      <div className={QR.line1}>
        <span className={QR.subject} title={item.subject}>
          {item.urgency !== 'none' && <span className={QR.urgent}>{URGENCY_LABELS[item.urgency]} ·</span>}
          {item.subject}
        </span>
      </div>
      <div className={QR.line2}>
        {item.priority && <PriorityTag priority={item.priority} />}
        {item.sla && <SlaBadge sla={item.sla} warningAt={item.slaWarningAt} timeZone={timeZone} now={now} compact />}
        {!waitSaid && (
          // The hourglass tells the waiting time apart from the SLA badge right before it.
          <span className={QR.wait} title="Waiting">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d={HOURGLASS} />
            </svg>
            {waitingSince(item.waitingSince, now)}
          </span>
        )}
        <span className={QR.why} title={why}>
          {/* A compact row leaves the channel to its icon. */}
          <span className={QR.whyChannel}>{channel} ·</span> {reasons.join(' · ')}
        </span>
      </div>
      <div className={QR.line3}>
        <span className={QR.who}>
          {who.map((part, i) => (
            <Fragment key={i}>
              {i > 0 && ' · '}
              {part}
            </Fragment>
          ))}
        </span>
      </div>
    </div>
  );
}, sameRowProps);

/** Material Icons' "PersonOutlined" (as `@mui/icons-material` draws it). */
const PERSON =
  'M12 6c1.1 0 2 .9 2 2s-.9 2-2 2-2-.9-2-2 .9-2 2-2m0 10c2.7 0 5.8 1.29 6 2H6c.23-.72 3.31-2 6-2m0-12C9.79 4 8 5.79 8 8s1.79 4 4 4 4-1.79 4-4-1.79-4-4-4m0 10c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4';

/** Material Icons' "HourglassEmpty" (as `@mui/icons-material` draws it). */
const HOURGLASS = 'M6 2v6h.01L6 8.01 10 12l-4 4 .01.01H6V22h12v-5.99h-.01L18 16l-4-4 4-3.99-.01-.01H18V2zm10 14.5V20H8v-3.5l4-4zm-4-5-4-4V4h8v3.5z';

/**
 * Props equal for rendering: the same item by content (a re-read brings new objects for the same
 * items), and the rest by identity.
 */
function sameRowProps(a: QueueRowProps, b: QueueRowProps): boolean {
  return (
    a.index === b.index &&
    a.view === b.view &&
    a.setSize === b.setSize &&
    a.now === b.now &&
    a.timeZone === b.timeZone &&
    a.assignee === b.assignee &&
    a.selected === b.selected &&
    a.active === b.active &&
    a.onOpen === b.onOpen &&
    (a.checked ?? null) === (b.checked ?? null) &&
    a.onCheck === b.onCheck &&
    sameContent(a.item, b.item)
  );
}

/** Shallow equality one level down (objects such as `sla`, arrays such as `labels`). */
export function sameContent(a: WorkItem, b: WorkItem): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof WorkItem)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k] || sameFlat(a[k], b[k]));
}

function sameFlat(x: unknown, y: unknown): boolean {
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  const xs = Object.entries(x);
  return xs.length === Object.keys(y).length && xs.every(([k, v]) => (y as Record<string, unknown>)[k] === v);
}

/** A row whose page is still loading. */
export function PlaceholderRow() {
  return (
    <div className={`${QR.row} ${QR.placeholder}`} aria-hidden>
      <span className={QR.icon} />
      <span className={QR.bar} style={{ width: '70%' }} />
      <span className={QR.bar} style={{ width: '40%' }} />
      <span className={QR.bar} style={{ width: '55%' }} />
    </div>
  );
}
