import type { Input, SlaSettings } from '../../../shared/contract/index';
import {
  CASE_STATUSES,
  CASE_TYPES,
  DONE_STATUSES,
  PRIORITIES,
  WEEKDAYS,
  type CaseStatus,
  type CaseType,
  type Priority,
  type SlaClock,
  type Urgency,
} from '../../../shared/domain/vocab';
import { isLocalDate, isTimeZone, minutesOfDay } from '../../../shared/interchange/fields';
import { calendarSchema } from '../../../shared/interchange/schema';
import { DEFAULT_SLA_POLICY, slaPolicySchema, STATUS_GROUPS, TARGET_CLASSES, type SlaPolicy, type SlaTargetUnit, type StatusGroup, type TargetClass } from '../../../shared/sla/policy';

/**
 * The SLA settings screen's form state and the pure steps between it and the core's
 * `{ policy, calendar }`: `formFromSettings` (load), `validateSlaForm` (field errors keyed by
 * form path, e.g. `targets.urgent.amount`, `week.mon.1.end`) and `settingsFromForm` (save).
 * Numbers are kept as typed text so an empty or half-typed field can be shown and named.
 */

export type Weekday = (typeof WEEKDAYS)[number];
export type CalendarRecord = SlaSettings['calendar'];
/** What `settings.setSla` takes. */
export type SlaSettingsInput = Input<'settings.setSla'>;

/** A status the lead may time (every status but resolved, pending closure and closed). */
export const TIMED_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !DONE_STATUSES.includes(s));
export type GroupChoice = StatusGroup | 'none';

export interface TargetForm {
  amount: string;
  unit: SlaTargetUnit;
  clock: SlaClock;
}
export interface WindowForm {
  start: string;
  end: string;
}

export interface SlaForm {
  targets: Record<TargetClass, TargetForm>;
  /** Per case type and priority, the urgency the priority implies (`none`: nothing). */
  urgencyByType: Record<CaseType, Record<Priority, Urgency>>;
  warning: { usedPercent: string; minutesBefore: string };
  /** Per timed status its group, or `none` (not timed). */
  groups: Record<CaseStatus, GroupChoice>;
  timeZone: string;
  hoursPerBusinessDay: string;
  /** Per weekday its open windows; none = closed all day. */
  week: Record<Weekday, WindowForm[]>;
  holidays: string[];
  /** Kept exactly as loaded (not edited on this screen). */
  overrides: CalendarRecord['overrides'];
  /** Unknown calendar keys from the workspace file, written back untouched. */
  calendarExtra: Record<string, unknown>;
}

/** Field path -> what is wrong with it, in words for the lead. */
export type FormErrors = Record<string, string>;

/** The clock a unit forces (`business_days`: business, `days`: calendar), or null when the lead chooses. */
export function clockOfUnit(unit: SlaTargetUnit): SlaClock | null {
  if (unit === 'business_days') return 'business';
  if (unit === 'days') return 'calendar';
  return null;
}

export function formFromSettings(settings: { policy: SlaPolicy; calendar: CalendarRecord }): SlaForm {
  return { ...policyFields(settings.policy), ...calendarFields(settings.calendar) };
}

type PolicyFields = Pick<SlaForm, 'targets' | 'urgencyByType' | 'warning' | 'groups'>;

function policyFields(policy: SlaPolicy): PolicyFields {
  const targets = Object.fromEntries(
    TARGET_CLASSES.map((c) => {
      const t = policy.targets[c];
      return [c, { amount: String(t.amount), unit: t.unit, clock: t.clock }];
    }),
  ) as Record<TargetClass, TargetForm>;
  const groups = Object.fromEntries(CASE_STATUSES.map((s) => [s, 'none'])) as Record<CaseStatus, GroupChoice>;
  for (const group of STATUS_GROUPS) for (const status of policy.groups[group]) groups[status] = group;
  const urgencyByType = Object.fromEntries(
    CASE_TYPES.map((t) => [t, Object.fromEntries(PRIORITIES.map((p) => [p, policy.urgencyByType[t][p] ?? 'none']))]),
  ) as SlaForm['urgencyByType'];
  return {
    targets,
    urgencyByType,
    warning: { usedPercent: String(policy.warning.usedPercent), minutesBefore: String(policy.warning.minutesBefore) },
    groups,
  };
}

function calendarFields(calendar: CalendarRecord): Omit<SlaForm, keyof PolicyFields> {
  const week = Object.fromEntries(
    WEEKDAYS.map((day) => [day, (calendar.week[day] ?? []).map(([start, end]) => ({ start, end }))]),
  ) as Record<Weekday, WindowForm[]>;
  return {
    timeZone: calendar.timeZone,
    hoursPerBusinessDay: String(calendar.hoursPerBusinessDay),
    week,
    // `?? []`: a built-in default calendar may come without the lists it does not use.
    holidays: [...(calendar.holidays ?? [])],
    overrides: calendar.overrides ?? [],
    calendarExtra: { ...calendar.extra },
  };
}

/** The form with the built-in targets, urgency mapping, warning and status groups (`DEFAULT_SLA_POLICY`); the calendar part untouched. */
export function withDefaultPolicy(form: SlaForm): SlaForm {
  return { ...form, ...policyFields(DEFAULT_SLA_POLICY) };
}

/** Whether the form differs from the settings it was made from. */
export function formChanged(form: SlaForm, settings: { policy: SlaPolicy; calendar: CalendarRecord }): boolean {
  return JSON.stringify(form) !== JSON.stringify(formFromSettings(settings));
}

/** A number typed in a field, or NaN when the text is not one (empty included). */
function numberOf(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** The settings the form describes, whether or not they are valid (validation names the fields). */
function candidate(form: SlaForm): SlaSettingsInput {
  const targets = Object.fromEntries(
    TARGET_CLASSES.map((c) => {
      const t = form.targets[c];
      return [c, { amount: numberOf(t.amount), unit: t.unit, clock: clockOfUnit(t.unit) ?? t.clock }];
    }),
  ) as SlaPolicy['targets'];
  const groups: Record<StatusGroup, CaseStatus[]> = { open: [], internal: [], customer: [] };
  for (const status of TIMED_STATUSES) {
    const group = form.groups[status];
    if (group !== 'none') groups[group].push(status);
  }
  const week: CalendarRecord['week'] = {};
  for (const day of WEEKDAYS) {
    const windows = form.week[day];
    if (windows.length > 0) week[day] = windows.map((w) => [w.start.trim(), w.end.trim()] as [string, string]);
  }
  const urgencyByType = Object.fromEntries(
    CASE_TYPES.map((t) => [t, Object.fromEntries(PRIORITIES.flatMap((p) => (form.urgencyByType[t][p] === 'none' ? [] : [[p, form.urgencyByType[t][p]]])))]),
  ) as SlaPolicy['urgencyByType'];
  return {
    policy: {
      targets,
      urgencyByType,
      groups,
      warning: { usedPercent: numberOf(form.warning.usedPercent), minutesBefore: numberOf(form.warning.minutesBefore) },
    },
    calendar: {
      ...form.calendarExtra,
      timeZone: form.timeZone.trim(),
      hoursPerBusinessDay: numberOf(form.hoursPerBusinessDay),
      week,
      holidays: [...form.holidays].sort(),
      overrides: form.overrides,
    },
  };
}

function checkNumber(errors: FormErrors, path: string, text: string, rule: { min?: number; above?: number; max?: number; whole?: boolean }): void {
  const n = numberOf(text);
  if (text.trim() === '') errors[path] = 'Required';
  else if (!Number.isFinite(n)) errors[path] = 'Enter a number';
  else if (rule.above !== undefined && n <= rule.above) errors[path] = `Enter a number above ${rule.above}`;
  else if (rule.min !== undefined && n < rule.min) errors[path] = `Enter ${rule.min} or more`;
  else if (rule.max !== undefined && n > rule.max) errors[path] = `Enter at most ${rule.max}`;
  else if (rule.whole && !Number.isInteger(n)) errors[path] = 'Enter a whole number';
}

function checkWindows(errors: FormErrors, day: Weekday, windows: readonly WindowForm[]): void {
  windows.forEach((w, i) => {
    for (const side of ['start', 'end'] as const) {
      if (!CLOCK_TIME.test(w[side].trim())) errors[`week.${day}.${i}.${side}`] = 'Enter a time HH:MM (00:00–24:00)';
    }
    if (errors[`week.${day}.${i}.start`] === undefined && errors[`week.${day}.${i}.end`] === undefined && minutesOfDay(w.end) <= minutesOfDay(w.start)) {
      errors[`week.${day}.${i}.end`] = 'The end must be after the start';
    }
  });
  const valid = windows
    .map((w, i) => ({ ...w, i }))
    .filter((w) => !Object.keys(errors).some((k) => k.startsWith(`week.${day}.${w.i}.`)))
    .sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
  for (let k = 1; k < valid.length; k++) {
    const prev = valid[k - 1]!;
    const cur = valid[k]!;
    if (minutesOfDay(cur.start) < minutesOfDay(prev.end)) errors[`week.${day}.${cur.i}.start`] = `Overlaps ${prev.start}–${prev.end}`;
  }
}

/** Field errors of the form (empty when it can be saved). */
export function validateSlaForm(form: SlaForm): FormErrors {
  const errors: FormErrors = {};
  for (const c of TARGET_CLASSES) checkNumber(errors, `targets.${c}.amount`, form.targets[c].amount, { above: 0 });
  checkNumber(errors, 'warning.usedPercent', form.warning.usedPercent, { above: 0, max: 100 });
  checkNumber(errors, 'warning.minutesBefore', form.warning.minutesBefore, { min: 0, whole: true });
  if (form.timeZone.trim() === '') errors.timeZone = 'Required';
  else if (!isTimeZone(form.timeZone.trim())) errors.timeZone = `Unknown time zone "${form.timeZone.trim()}"`;
  checkNumber(errors, 'hoursPerBusinessDay', form.hoursPerBusinessDay, { above: 0, max: 24 });
  for (const day of WEEKDAYS) checkWindows(errors, day, form.week[day]);
  const seen = new Set<string>();
  form.holidays.forEach((date, i) => {
    if (!isLocalDate(date)) errors[`holidays.${i}`] = `Not a date: "${date}"`;
    else if (seen.has(date)) errors[`holidays.${i}`] = `${date} is listed twice`;
    seen.add(date);
  });
  if (Object.keys(errors).length > 0) return errors;
  // Anything else the core would refuse, in its own words, under the same field path.
  const { policy, calendar } = candidate(form);
  const policyResult = slaPolicySchema.safeParse(policy);
  if (!policyResult.success) for (const issue of policyResult.error.issues) errors[issue.path.map(String).join('.') || 'policy'] ??= issue.message;
  const calendarResult = calendarSchema.safeParse(calendar);
  if (!calendarResult.success) for (const issue of calendarResult.error.issues) errors[issue.path.map(String).join('.') || 'calendar'] ??= issue.message;
  return errors;
}

/** The `{ policy, calendar }` to save, or the field errors that stop it. */
export function settingsFromForm(form: SlaForm): { ok: true; value: SlaSettingsInput } | { ok: false; errors: FormErrors } {
  const errors = validateSlaForm(form);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: candidate(form) };
}

const FIELD_PATHS = /^(targets\.\w+\.amount|warning\.(usedPercent|minutesBefore)|timeZone|hoursPerBusinessDay|week\.\w+\.\d+\.(start|end)|holidays\.\d+)$/;

/** Errors that no field of the screen shows (the core's own checks), as `path: message` lines. */
export function unplacedErrors(errors: FormErrors): string[] {
  return Object.entries(errors)
    .filter(([path]) => !FIELD_PATHS.test(path))
    .map(([path, message]) => `${path}: ${message}`);
}
