import { DEFAULT_SLA_POLICY, parseSlaPolicy, slaAt, type SlaEvaluation, type SlaPolicy, type SlaSetup } from '../../../shared/sla/index';
import type { Sla } from '../../../shared/contract/models';
import type { CalendarRecord } from '../../../shared/interchange/schema';
import { calendarClock } from '../../../shared/time/businessClock';
import { businessClock, type BusinessClock, type CalendarInput } from '../../../shared/time/calendar';
import { DAY, MINUTE, toIso } from '../../../shared/time/instant';
import type { Clock } from '../../../shared/time/clock';
import type { Repositories, WorkItemRow } from '../db/repositories/types';
import { SETTING } from './deps';

/**
 * The workspace's SLA setup (calendar + policy, `sla.md`), built once and rebuilt only when the
 * calendar or policy setting changes: the business clock's interval table is the costly part.
 */
export interface SlaContext {
  setup(): SlaSetup;
  /** The calendar's time zone (the team's days, e.g. for "last sent to customer (days)"). */
  timeZone(): string;
  /** The calendar in force (the lead's, else DEFAULT_CALENDAR). */
  calendar(): WorkspaceCalendar;
  /** The business clock of that calendar (the one in `setup().clocks.business`). */
  business(): BusinessClock;
}

/** A calendar as the SLA reads it: the business windows plus the length of a business day. */
export type WorkspaceCalendar = CalendarInput & { hoursPerBusinessDay: number };

/**
 * Until a lead sets one, a workspace runs on this calendar: Monday to Friday 09:00-17:00 UTC,
 * 8 hours a business day (documented in docs/sla.md).
 */
export const DEFAULT_CALENDAR: CalendarRecord = {
  timeZone: 'UTC',
  hoursPerBusinessDay: 8,
  week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
  holidays: [],
  overrides: [],
  extra: {},
};

export function createSlaContext(repos: Repositories, clock: Pick<Clock, 'now'>): SlaContext {
  let cached: { key: string; setup: SlaSetup; business: BusinessClock } | null = null;
  const calendarOf = (): WorkspaceCalendar =>
    repos.settings.get<CalendarRecord>(SETTING.calendar) ?? DEFAULT_CALENDAR;
  const context: SlaContext = {
    timeZone: () => calendarOf().timeZone,
    calendar: calendarOf,
    business() {
      context.setup();
      return cached!.business;
    },
    setup() {
      const calendar = calendarOf();
      const storedPolicy = repos.settings.get<unknown>(SETTING.slaPolicy);
      const key = JSON.stringify([calendar, storedPolicy ?? null]);
      if (cached?.key !== key) {
        const parsed = storedPolicy === undefined ? null : parseSlaPolicy(storedPolicy);
        const policy: SlaPolicy = parsed?.ok ? parsed.policy : DEFAULT_SLA_POLICY;
        const now = clock.now();
        // Two years around now; the clock extends its own table when asked outside it.
        const business = businessClock(calendar, { from: now - 365 * DAY, to: now + 365 * DAY });
        cached = { key, business, setup: { policy, hoursPerBusinessDay: calendar.hoursPerBusinessDay, clocks: { business, calendar: calendarClock } } };
      }
      return cached.setup;
    },
  };
  return context;
}

/** The contract's `sla` of a stored work item as of `now`: state and remaining time on its own clock. */
export function slaOf(row: WorkItemRow, now: number, setup: SlaSetup): Sla | null {
  if (row.slaClass === null || row.slaDeadline === null || row.slaClock === null || row.slaStart === null || row.slaTargetMs === null || row.slaWarningAt === null) {
    return null;
  }
  return contractSla(
    slaAt(
      { class: row.slaClass, clock: row.slaClock, deadline: row.slaDeadline, targetMs: row.slaTargetMs, clockStart: row.slaStart, warningAt: row.slaWarningAt, candidates: [] },
      now,
      setup.clocks,
    ),
  );
}

/** An evaluated timer as the contract's `sla`: remaining time in whole minutes of its own clock. */
export function contractSla(at: SlaEvaluation): Sla {
  return {
    class: at.class,
    deadline: toIso(at.deadline),
    state: at.state,
    remainingMinutes: Math.trunc(at.remainingMs / MINUTE) + 0,
    clock: at.clock,
  };
}
