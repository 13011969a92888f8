import { formatWait } from '../../../shared/time/formatWait';
import { alertLabel, customerOf } from '../alerts/alertText';
import type { SweepItem, UnassignedLook } from '../db/repositories/sweeps';

/** "case" / "cases" when every item is a case, else "item" / "items" (voicemails and emails not filed yet). */
function noun(items: readonly SweepItem[], n: number): string {
  const word = items.every((i) => i.source === 'case') ? 'case' : 'item';
  return n === 1 ? word : `${word}s`;
}

/** "C-7, C-8, C-9 and 2 more" (the first three of `total`). */
function keyList(items: readonly SweepItem[], total: number): string {
  const keys = items.slice(0, 3).map(alertLabel).join(', ');
  return total > 3 ? `${keys} and ${total - 3} more` : keys;
}

/** One item as a notification names it: "C-7 · Pat Doe (Acme Solar) — Site down". */
function oneItem(item: SweepItem): string {
  return `${alertLabel(item)} · ${customerOf(item)} — ${item.subject}`;
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
