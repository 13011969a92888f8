import { memo } from 'react';
import type { WorkItem } from '../../../shared/contract/index';
import { whyHere, whyHereAging } from '../../../shared/domain/whyHere';
import { CASE_STATUS_LABELS, URGENCY_LABELS, type QueueView } from '../../../shared/domain/vocab';
import { parseIso } from '../../../shared/time/instant';
import { waitingSince } from '../../lib/format';
import { SlaBadge } from '../sla/SlaBadge';
import { ChannelGlyph } from './ChannelIcon';
import { PriorityTag } from './PriorityChip';
import { QR } from './queueRowStyles';

export function rowDomId(index: number): string {
  return `queue-row-${index}`;
}

/** The "why it is here" line of `shared/domain/whyHere.ts` for a work item as the queue lists it. */
export function whyHereText(item: WorkItem, now: number): string {
  const deadline = item.sla ? parseIso(item.sla.deadline) : null;
  return whyHere(
    { channel: item.channel, urgency: item.urgency, priorityOrganization: item.priorityOrganization, waitingSince: parseIso(item.waitingSince), deadline },
    now,
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
  selected: boolean;
  active: boolean;
  onOpen(item: WorkItem, index: number): void;
}

/**
 * One work item on two lines:
 *   [channel] [P1] Urgent · subject ................ [SLA left] ⌛ waiting
 *             C-1042 · Status · Acme · Jane Doe ...... why it is here
 * The SLA badge (compact) shows only on items with a timer; the case status only on cases. The
 * second line's right side is `whyHere`: the item's place in the order in the order's own terms
 * ("chat · urgent · waiting 12 min", "email · breached 35 min ago"); in Aging, ordered by the last
 * message to the customer, `whyHereAging` ("email · last sent 14 days ago").
 * Compact rows show the waiting time once: on the "why" line where it says it.
 * Plain elements styled by the classes of `queueRowStyles.ts` (inside `QueueFrame`); re-rendered
 * only when what it shows changes (`sameRowProps`), not when another page of the list arrives or
 * a re-read brings the same items again.
 */
export const QueueRow = memo(function QueueRow({ item, view, index, setSize, now, timeZone, selected, active, onOpen }: QueueRowProps) {
  // An interaction not filed into a case has only an internal id: show who it is from instead.
  const key = item.caseId ? item.key : null;
  const rest = [item.organizationName, item.contactName].filter(Boolean).join(' · ');
  const aging = view === 'aging';
  const why = aging ? whyHereAging(item) : whyHereText(item, now);
  // The "why" line says how long a call or chat, or an item without a timer, has waited.
  const waitRepeated = !aging && (item.channel === 'phone' || item.channel === 'chat' || item.sla === null);
  return (
    <div
      id={rowDomId(index)}
      role="option"
      aria-selected={selected}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      className={QR.row}
      data-testid="queue-row"
      data-key={item.key}
      data-channel={item.channel}
      data-active={active || undefined}
      onClick={() => onOpen(item, index)}
    >
      <ChannelGlyph channel={item.channel} className={QR.icon} />
      <div className={QR.line1}>
        <span className={QR.prio}>{item.priority && <PriorityTag priority={item.priority} />}</span>
        <span className={QR.subject} title={item.subject}>
          {item.urgency !== 'none' && <span className={QR.urgent}>{URGENCY_LABELS[item.urgency]} ·</span>}
          {item.subject}
        </span>
        {item.sla && <SlaBadge sla={item.sla} warningAt={item.slaWarningAt} timeZone={timeZone} now={now} compact />}
        {/* The hourglass tells the waiting time apart from the SLA badge right before it. */}
        <span className={waitRepeated ? `${QR.wait} ${QR.waitRepeated}` : QR.wait} title="Waiting">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={HOURGLASS} />
          </svg>
          {waitingSince(item.waitingSince, now)}
        </span>
      </div>
      <div className={QR.line2}>
        <span className={QR.who}>
          {key}
          {key && item.status && ' · '}
          {item.status && <span className={QR.status}>{CASE_STATUS_LABELS[item.status]}</span>}
          {rest && (key || item.status) ? ` · ${rest}` : rest}
        </span>
        <span className={QR.why} title={why}>
          {why}
        </span>
      </div>
    </div>
  );
}, sameRowProps);

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
    a.selected === b.selected &&
    a.active === b.active &&
    a.onOpen === b.onOpen &&
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
    </div>
  );
}
