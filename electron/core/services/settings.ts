import type { Handlers, SlaSettings } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import type { CalendarRecord } from '../../../shared/interchange/schema';
import { DEFAULT_SLA_POLICY, parseSlaPolicy } from '../../../shared/sla/index';
import { SETTING, type ServiceDeps } from './deps';
import { sessionAgent } from './session';
import { DEFAULT_CALENDAR } from './slaContext';

type SettingsHandlers = Pick<Handlers, 'settings.getSla' | 'settings.setSla'>;

/**
 * The lead-edited SLA settings (`sla.md`: "every number and mapping is a setting"): the policy and
 * the business calendar, stored with the workspace. Saving one moves every deadline: the save is a
 * job (`jobs/projectionJobs.ts`, in the worker thread on a large workspace) whose unit of work
 * re-plans every open item from its stored SLA facts at commit.
 */
export function settingsService(deps: ServiceDeps): SettingsHandlers {
  const { repos } = deps;

  const read = (): SlaSettings => {
    const storedPolicy = repos.settings.get<unknown>(SETTING.slaPolicy);
    const parsed = storedPolicy === undefined ? null : parseSlaPolicy(storedPolicy);
    const storedCalendar = repos.settings.get<CalendarRecord>(SETTING.calendar);
    return {
      // A copy: the contract's policy has mutable lists, the default's are frozen constants.
      policy: structuredClone(parsed?.ok ? parsed.policy : DEFAULT_SLA_POLICY) as SlaSettings['policy'],
      calendar: storedCalendar ?? DEFAULT_CALENDAR,
      defaults: { policy: !parsed?.ok, calendar: storedCalendar === undefined },
    };
  };

  return {
    'settings.getSla': () => read(),
    'settings.setSla': async ({ policy, calendar }) => {
      const agent = sessionAgent(repos, deps.prefs);
      if (agent?.role !== 'lead') {
        throw new AppError('forbidden', `only a lead can change the SLA settings${agent ? ` (${agent.name} is an agent)` : ''}`);
      }
      // A calendar with no open time never gets here: its schema refuses it (`calendar.week`).
      // The job's unit of work records the save in the audit list (who, when).
      await deps.jobs.run('saveSla', { policy, calendar, by: agent.id }, repos.workItems.count({ all: true }));
      return read();
    },
  };
}
