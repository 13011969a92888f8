import type { Handlers, OpenTarget } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import type { Sweep, SweepFinding, SweepStatus } from '../../../shared/contract/sweep';
import { SWEEP_NOTIFICATION_PREFIX } from '../../../shared/domain/sweep';
import { MINUTE, toIso } from '../../../shared/time/instant';
import type { SweepRow } from '../db/repositories/sweeps';
import {
  findSweep,
  SWEEP_MINUTES_SETTING,
  SWEEP_LATE_AFTER_MS,
  sweepDueAt,
  sweepEveryMinutes,
  sweepsStarted,
  type SweepFindingRow,
} from '../sweep/findSweep';
import type { ServiceDeps } from './deps';
import { recordAudit, requireLead } from './roles';
import { sessionAgent } from './session';

type SweepHandlers = Pick<Handlers, 'sweep.status' | 'sweep.setInterval' | 'sweep.log' | 'sweep.preview'>;

function toFinding(f: SweepFindingRow): SweepFinding {
  return {
    at: toIso(f.at),
    agentId: f.agentId,
    agentStatus: f.agentStatus,
    counts: { unassigned: f.unassigned, new: f.newCount, warning: f.warning, breached: f.breached },
    newKeys: f.newKeys,
    warningKeys: f.warningKeys,
    outcome: f.outcome,
    silencedBy: f.silencedBy,
    title: f.title,
    body: f.body,
  };
}

export function toSweep(row: SweepRow): Sweep {
  return { id: row.id, ...toFinding(row), dueAt: toIso(row.dueAt), late: row.at - row.dueAt > SWEEP_LATE_AFTER_MS };
}

/**
 * The unassigned sweep's methods (`docs/sla.md` "The unassigned sweep"): its countdown, its interval
 * (a workspace setting only leads change, recorded; a change re-plans the core's scheduler and emits `changed` `sweep`),
 * the recorded log (for leads; agents may read it too) and a dry run (`sweep.preview`, the CLI's
 * `sweep`). The sweeps themselves run in `electron/core/sweep/scheduler.ts`.
 */
export function sweepService(deps: ServiceDeps): SweepHandlers {
  const { repos, prefs } = deps;

  const status = (): SweepStatus => {
    const now = deps.clock.now();
    const everyMinutes = sweepEveryMinutes(repos, prefs);
    const lastAt = repos.sweeps.latest()?.at ?? null;
    const agent = sessionAgent(repos, prefs);
    const silencedBy = agent && agent.status !== 'available' ? agent.status : null;
    const nextAt = sweepsStarted(repos) ? Math.max(now, sweepDueAt(lastAt, everyMinutes * MINUTE, now)) : null;
    const editable = agent?.role === 'lead';
    return { everyMinutes, editable, lastAt: lastAt === null ? null : toIso(lastAt), nextAt: nextAt === null ? null : toIso(nextAt), silencedBy };
  };

  return {
    'sweep.status': () => status(),
    'sweep.setInterval': ({ minutes }) => {
      // A workspace setting since issue 12: leads change it for the whole team, recorded.
      const lead = requireLead(deps, 'changing the sweep interval');
      const from = sweepEveryMinutes(repos, prefs);
      const changed = deps.uow.run(() => {
        if (!repos.settings.set(SWEEP_MINUTES_SETTING, minutes)) return false;
        recordAudit(deps, lead.id, 'sweep.setInterval', null, { from, to: minutes });
        return true;
      });
      if (changed) deps.sweepIntervalChanged?.();
      return status();
    },
    'sweep.log': ({ limit }) => ({ sweeps: repos.sweeps.list(limit).map(toSweep) }),
    'sweep.preview': () => ({ sweep: toFinding(findSweep(repos, prefs, deps.clock.now())) }),
  };
}

/**
 * A sweep's notification was clicked (it reaches `alerts.open` with its id `sweep:<id>`, as every
 * notification click does): tells every window to show the Unassigned view (event `open`).
 */
export function openSweepNotification(deps: ServiceDeps, ids: readonly string[]): OpenTarget {
  const id = ids.find((x) => x.startsWith(SWEEP_NOTIFICATION_PREFIX)) ?? '';
  const n = Number(id.slice(SWEEP_NOTIFICATION_PREFIX.length));
  if (!Number.isInteger(n) || !deps.repos.sweeps.get(n)) throw new AppError('not_found', `no sweep notification with id ${JSON.stringify(id)}`);
  const target: OpenTarget = { kind: 'view', view: 'unassigned' };
  deps.publish('open', target);
  return target;
}
