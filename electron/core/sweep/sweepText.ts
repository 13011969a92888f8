import { CHANNEL_LABELS } from '../../../shared/domain/vocab';
import { formatWait } from '../../../shared/time/formatWait';
import { customerOf } from '../alerts/alertText';
import type { SweepItem, UnassignedLook } from '../db/repositories/sweeps';

/**
 * How a sweep names an item (its notification and its log): a case by its key; a voicemail or email
 * not filed yet by who left or sent it and its subject, as its id means nothing to an agent:
 * "Voicemail from Pat Doe (Acme Solar): “Call me back”", "Email from an unknown sender".
 */
export function sweepLabel(item: Pick<SweepItem, 'source' | 'key' | 'channel' | 'subject' | 'contactName' | 'organizationName'>): string {
  if (item.source === 'case') return item.key;
  const voice = item.channel === 'phone' || item.channel === 'voicemail';
  const who = item.contactName || item.organizationName ? customerOf(item) : voice ? 'an unknown caller' : 'an unknown sender';
  const named = `${CHANNEL_LABELS[item.channel]} from ${who}`;
  // A subject made up from the channel and the name says nothing more.
  const plain = [CHANNEL_LABELS[item.channel], `${CHANNEL_LABELS[item.channel]} from ${item.contactName}`];
  return item.subject && !plain.includes(item.subject) ? `${named}: “${item.subject}”` : named;
}

/** "case" / "cases" when every item is a case, else "item" / "items" (voicemails and emails not filed yet). */
function noun(items: readonly SweepItem[], n: number): string {
  const word = items.every((i) => i.source === 'case') ? 'case' : 'item';
  return n === 1 ? word : `${word}s`;
}

/** "C-7, C-8, Voicemail from Pat Doe and 2 more" (the first three of `total`). */
function keyList(items: readonly SweepItem[], total: number): string {
  const keys = items.slice(0, 3).map(sweepLabel).join(', ');
  return total > 3 ? `${keys} and ${total - 3} more` : keys;
}

/** One item as a notification names it: "C-7 · Pat Doe (Acme Solar) — Site down", "Voicemail from Pat Doe (Acme Solar): “Call me back”". */
function oneItem(item: SweepItem): string {
  return item.source === 'case' ? `${item.key} · ${customerOf(item)} — ${item.subject}` : sweepLabel(item);
}

/**
 * The sweep's one grouped notification (`sla.md` section 7), or null when nothing is new:
 *   "3 new unassigned cases, oldest waiting 47 min" / "C-7, C-8, C-9"
 *   "1 new unassigned case, waiting 12 min" / "C-7 · Pat Doe (Acme Solar) — Site down"
 *   "2 unassigned cases due soon" / "C-3, C-4" (seen before, in warning since)
 * New items lead; items newly in warning follow on their own line ("Also due soon: C-3").
 */
export function sweepText(look: UnassignedLook, now: number): { title: string; body: string } | null {
  const n = look.newCount;
  const m = look.newlyWarningCount;
  if (n === 0 && m === 0) return null;
  if (n > 0) {
    const waited = formatWait(Math.max(0, now - (look.oldestNewSince ?? now)));
    const title = `${n} new unassigned ${noun(look.newItems, n)}, ${n === 1 ? 'waiting' : 'oldest waiting'} ${waited}`;
    const lines = [n === 1 && look.newItems[0] ? oneItem(look.newItems[0]) : keyList(look.newItems, n)];
    if (m > 0) lines.push(`Also due soon: ${keyList(look.newlyWarningItems, m)}`);
    return { title, body: lines.join('\n') };
  }
  const title = `${m} unassigned ${noun(look.newlyWarningItems, m)} due soon`;
  return { title, body: m === 1 && look.newlyWarningItems[0] ? oneItem(look.newlyWarningItems[0]) : keyList(look.newlyWarningItems, m) };
}
