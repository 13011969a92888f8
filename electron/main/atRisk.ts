import { AT_RISK_TOP } from '../../shared/contract/attention';
import type { WorkItem } from '../../shared/contract/models';
import { CHANNEL_LABELS } from '../../shared/domain/vocab';
import { slaLeftText } from '../../shared/sla/slaWords';
import type { Clock, TimerHandle } from '../../shared/time/clock';
import type { Core } from '../core/index';

/**
 * Counts where the agent looks (`queue.md` "Views"): how many *My queue* items are in warning or
 * breached (`queue.atRisk`), read again on every core `changed` event (the SLA alert scheduler
 * emits `changed ['alerts']` at the very instant one of my items turns warning or breached) and
 * once a minute, so the tray's "time left" never lags by more than that.
 */
export interface AtRisk {
  count: number;
  /** The first three in queue order. */
  top: WorkItem[];
}

export const NOTHING_AT_RISK: AtRisk = { count: 0, top: [] };
export const AT_RISK_REFRESH_MS = 60_000;

/** The window title: "Shiftdesk", or "Shiftdesk — 3 at risk". */
export function atRiskTitle(count: number): string {
  return count > 0 ? `Shiftdesk — ${count} at risk` : 'Shiftdesk';
}

/** The tray icon's tooltip: "Shiftdesk — 3 at risk" / "Shiftdesk — nothing at risk". */
export function atRiskToolTip(count: number): string {
  return count > 0 ? atRiskTitle(count) : 'Shiftdesk — nothing at risk';
}

const SUBJECT_MAX = 40;

/** One tray line: "C-1042 · Printer offline · 14 min business left" (an unfiled item by its channel, as alerts name it). */
export function atRiskLabel(item: WorkItem): string {
  const name = item.source === 'case' || item.caseId !== null ? item.key : CHANNEL_LABELS[item.channel];
  const subject = item.subject.length > SUBJECT_MAX ? `${item.subject.slice(0, SUBJECT_MAX - 1).trimEnd()}…` : item.subject;
  return [name, subject, item.sla ? slaLeftText(item.sla) : null].filter(Boolean).join(' · ');
}

export interface AtRiskWatch {
  /** The latest figures read. */
  current(): AtRisk;
  /** Reads again now (the listener hears the answer). */
  refresh(): Promise<void>;
  stop(): void;
}

/** Reads `queue.atRisk` now, on every `changed` event and every `everyMs`; `show` gets each answer, in order. */
export function watchAtRisk(
  core: Pick<Core, 'handlers' | 'on'>,
  clock: Pick<Clock, 'setInterval'>,
  show: (atRisk: AtRisk) => void,
  everyMs = AT_RISK_REFRESH_MS,
): AtRiskWatch {
  let latest = NOTHING_AT_RISK;
  let asked = 0;
  let stopped = false;
  const refresh = async () => {
    const ticket = ++asked;
    try {
      const answer = await core.handlers['queue.atRisk']({ limit: AT_RISK_TOP });
      // An older read finishing after a newer one must not overwrite it.
      if (stopped || ticket !== asked) return;
      latest = answer;
      show(answer);
    } catch (err) {
      if (!stopped) console.error('Shiftdesk: could not read the items at risk:', err);
    }
  };
  const offChanged = core.on('changed', () => void refresh());
  const timer: TimerHandle = clock.setInterval(() => void refresh(), everyMs);
  void refresh();
  return {
    current: () => latest,
    refresh,
    stop() {
      stopped = true;
      offChanged();
      timer.cancel();
    },
  };
}
