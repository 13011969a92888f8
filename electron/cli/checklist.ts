import type { ChecklistDay, ChecklistItem } from '../../shared/contract/checklist';
import { CHECKLIST_PARTS, CHECKLIST_PART_LABELS } from '../../shared/domain/checklist';

/**
 * `shiftdesk checklist` for a person: an agent's daily checklist (`checklist.today`), e.g.
 *
 *   Checklist of Agent One, 2026-03-03 (America/Chicago): 3 of 16 done
 *
 *   Start of day
 *     [x] 09:20  Answer waiting chats  (No chat waiting at 09:20)
 *     [ ]        Check voicemail and file into cases  (ticks itself: Every voicemail filed)
 */
const line = (item: ChecklistItem) => {
  const box = item.done ? '[x]' : '[ ]';
  const time = (item.time ?? '').padEnd(5);
  const why = item.done ? (item.evidence ? `  (${item.evidence})` : item.how === 'hand' ? '  (by hand)' : '') : item.auto ? '  (ticks itself)' : '';
  return `  ${box} ${time}  ${item.text}${why}`;
};

export function checklistText(day: ChecklistDay): string {
  const lines = [`Checklist of ${day.agentName}, ${day.day} (${day.timeZone}): ${day.done} of ${day.total} done`];
  for (const part of CHECKLIST_PARTS) {
    const items = day.items.filter((i) => i.part === part);
    if (items.length === 0) continue;
    lines.push('', CHECKLIST_PART_LABELS[part], ...items.map(line));
  }
  if (day.previous) {
    lines.push('', `Unfinished from ${day.previous.day}`, ...day.previous.items.map(line));
  }
  return lines.join('\n');
}
