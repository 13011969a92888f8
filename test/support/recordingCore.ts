import type { CoreOptions } from '../../electron/core/ports';
import type { Notification, OpenTarget } from '../../shared/contract/models';
import { openTestCore, type TestCore } from './testCore';

/** A test core that records what it notifies and where it asks a window to go (as the desktop would). */
export interface RecordingCore extends TestCore {
  notified: Notification[];
  opened: OpenTarget[];
}

const open: RecordingCore[] = [];

/** `openTestCore` with a recording notifier and `open` listener; `closeRecordingCores` (in `afterEach`) closes them all. */
export function openRecordingCore(options: Partial<CoreOptions>): RecordingCore {
  const notified: Notification[] = [];
  const t = openTestCore({ ...options, notifier: { notify: (n) => notified.push(n) } }) as RecordingCore;
  t.notified = notified;
  t.opened = [];
  t.core.on('open', (target) => t.opened.push(target));
  open.push(t);
  return t;
}

export function closeRecordingCores(): void {
  for (const t of open.splice(0)) t.cleanup();
}
