import { originalContentModel, type OriginalContent } from '../../../shared/contract/models';
import type { Extra } from '../../../shared/interchange/schema';

/**
 * A timeline event's `original` (what a filed call, chat, voicemail or email brought with it,
 * stored in the event's `extra` by `interactions.file`), or null for any other event.
 */
export function eventOriginal(extra: Extra): OriginalContent | null {
  if (extra.original === undefined) return null;
  const parsed = originalContentModel.safeParse(extra.original);
  return parsed.success ? parsed.data : null;
}
