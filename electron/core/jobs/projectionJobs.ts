import type { CalendarRecord } from '../../../shared/interchange/schema';
import type { SlaPolicy } from '../../../shared/sla/policy';
import { SETTING } from '../services/deps';
import type { ReportProgress } from '../db/unitOfWork';
import type { JobContext } from './context';

/**
 * Saving the SLA settings (`settings.setSla`, already checked by the service): the policy and the
 * calendar, in one unit of work whose projector moves every open item's deadline from its stored SLA
 * facts (only the SLA columns and order keys are written). True when anything changed.
 */
export function saveSlaJob(ctx: JobContext, input: { policy: SlaPolicy; calendar: CalendarRecord; by?: string }, progress: ReportProgress): boolean {
  return ctx.uow.run(
    () => {
      const policyChanged = ctx.repos.settings.set(SETTING.slaPolicy, input.policy);
      const calendarChanged = ctx.repos.settings.set(SETTING.calendar, input.calendar);
      // A lead-only save, recorded with who and when (docs/roles.md) in the same unit of work.
      if (input.by !== undefined && (policyChanged || calendarChanged)) {
        ctx.repos.audit.append({ at: ctx.clock.now(), by: input.by, action: 'settings.sla', subject: null, detail: { policy: policyChanged, calendar: calendarChanged } });
      }
      return policyChanged || calendarChanged;
    },
    { progress },
  );
}

/**
 * Derives every work item again from the records (decision D21): when the derivation rules changed
 * (the projection ledger has an older version than `WORK_ITEM_RULES_VERSION`), or when asked.
 */
export function rebuildJob(ctx: JobContext, _input: Record<string, never>, progress: ReportProgress): void {
  ctx.uow.run(() => ctx.uow.requestRebuild(), { progress });
}
