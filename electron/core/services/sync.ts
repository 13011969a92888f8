import type { Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { DEFAULT_RT_MAPPING, type OutboxEntry, type SyncConnection } from '../../../shared/contract/sync';
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS, LINK_KIND_LABELS, type CaseStatus, type CaseType } from '../../../shared/domain/vocab';
import { toIso } from '../../../shared/time/instant';
import type { OutboxRow } from '../db/repositories/sync';
import { SyncError, type PushChange } from '../sync/connector';
import { baseUrl } from '../sync/engine';
import { SETTING_CONNECTION, SETTING_STATE } from '../sync/settings';
import type { ServiceDeps } from './deps';
import { recordAudit, requireLead } from './roles';

type SyncHandlers = Pick<Handlers, 'sync.status' | 'sync.connect' | 'sync.test' | 'sync.disconnect' | 'sync.now' | 'sync.outbox' | 'sync.resolve'>;

/**
 * Sync with the team's help desk (docs/sync.md): connecting (leads; the token goes to the face's
 * secret store, never the workspace), testing a connection, the indicator's status, the outbox as the
 * case's "not sent yet" marks and the conflict list, and the agent's answer to a conflict.
 */
export function syncService(deps: ServiceDeps): SyncHandlers {
  const { repos } = deps;
  const engine = () => {
    if (!deps.sync) throw new AppError('internal', 'sync is not available in this face of Shiftdesk');
    return deps.sync;
  };

  const what = (change: PushChange): string => {
    if (change.kind === 'reply') return 'Public reply';
    if (change.kind === 'note') return 'Internal note';
    if (change.kind === 'create') return 'Created in the help desk';
    if (change.kind === 'link') return `Link: ${LINK_KIND_LABELS[change.link]} ${repos.cases.get(change.other)?.key ?? change.other}`;
    if (change.field === 'status') return `Status: ${CASE_STATUS_LABELS[change.to as CaseStatus]}`;
    if (change.field === 'type') return `Type: ${CASE_TYPE_LABELS[change.to as CaseType]}`;
    if (change.field === 'priority') return `Priority: ${change.to}`;
    return `Owner: ${change.to === null ? 'nobody' : (repos.agents.get(change.to)?.name ?? change.to)}`;
  };
  const toEntry = (r: OutboxRow): OutboxEntry => {
    const c = repos.cases.get(r.caseId);
    return {
      id: r.id,
      caseId: r.caseId,
      caseKey: c?.key ?? r.caseId,
      subject: c?.subject ?? '',
      what: what(r.change),
      state: r.state,
      createdAt: toIso(r.createdAt),
      attempts: r.attempts,
      problem: r.problem,
    };
  };

  return {
    'sync.status': () => engine().status(),

    'sync.connect': async ({ url, queues, token, tokenFile, mapping, pullEverySeconds }) => {
      const M = 'sync.connect';
      const e = engine();
      const before = e.connection();
      const connection: SyncConnection = {
        system: 'rt',
        url: baseUrl(url),
        queues: [...new Set(queues)],
        mapping: mapping ?? before?.mapping ?? DEFAULT_RT_MAPPING,
        tokenFile: tokenFile ?? (token ? null : (before?.tokenFile ?? null)),
        pullEverySeconds,
      };
      deps.uow.run(() => {
        const lead = requireLead(deps, M);
        if (token) {
          try {
            deps.secrets.write(token);
          } catch (err) {
            throw new AppError('invalid_input', `${M}: token: ${(err as Error).message}`);
          }
        }
        const changed = !before || before.url !== connection.url || before.queues.join('\n') !== connection.queues.join('\n');
        repos.settings.set(SETTING_CONNECTION, connection);
        // A new place to pull from starts with a full pull.
        if (changed) repos.settings.set(SETTING_STATE, { ...e.fresh });
        else repos.settings.set(SETTING_STATE, { ...repos.settings.get<object>(SETTING_STATE), lastError: null, failures: 0 });
        recordAudit(deps, lead.id, 'sync.connect', null, { url: connection.url, queues: connection.queues });
      });
      e.start();
      return e.status();
    },

    'sync.test': async ({ url, queues, token }) => {
      try {
        const check = await engine().test({ ...(url !== undefined && { url }), ...(queues !== undefined && { queues }), ...(token !== undefined && { token }) });
        if (check.missing.length > 0) {
          return { ok: false, message: `Connected as ${check.user}, but ${check.user} cannot see the queue${check.missing.length > 1 ? 's' : ''} ${check.missing.join(', ')} (queues found: ${check.queues.join(', ') || 'none'})` };
        }
        return { ok: true, message: `Connected as ${check.user}; following ${check.queues.join(', ')}` };
      } catch (err) {
        if (!(err instanceof SyncError)) throw err;
        if (err.code === 'rejected') throw new AppError('invalid_input', `sync.test: url and queues: ${err.message}`);
        return { ok: false, message: err.message };
      }
    },

    'sync.disconnect': () => {
      const e = engine();
      deps.uow.run(() => {
        const lead = requireLead(deps, 'sync.disconnect');
        const before = e.connection();
        repos.settings.set(SETTING_CONNECTION, null);
        recordAudit(deps, lead.id, 'sync.disconnect', null, { url: before?.url ?? null });
      });
      e.stop();
      return e.status();
    },

    'sync.now': async () => {
      const e = engine();
      if (!e.connection()) throw new AppError('invalid_input', 'sync.now: not connected to a help desk (Sync → Connect…)');
      await e.now();
      return e.status();
    },

    'sync.outbox': ({ caseId, states, limit }) => ({ entries: repos.sync.entries({ ...(caseId !== undefined && { caseId }), ...(states && { states }), limit }).map(toEntry) }),

    'sync.resolve': ({ id, action }) => {
      const e = engine();
      const row = deps.uow.run(() => {
        const entry = repos.sync.entry(id);
        if (!entry) throw new AppError('not_found', `sync.resolve: id: no outbox entry ${id}`);
        if (entry.state !== 'conflict' && entry.state !== 'refused') {
          throw new AppError('invalid_input', `sync.resolve: entry ${id} is ${entry.state}, not a conflict or a refused change`);
        }
        repos.sync.setState(id, action === 'send_again' ? 'waiting' : 'dismissed', action === 'dismiss' ? entry.problem : null, null);
        // A case the help desk would not create stays here only: what came after it is not sent either.
        if (action === 'dismiss' && entry.change.kind === 'create') repos.sync.forget(entry.caseId);
        return repos.sync.entry(id)!;
      });
      // Either way the case is brought in line with the help desk: sent again, or what it holds taken.
      void (action === 'dismiss' ? e.refresh(row.caseId) : e.now()).catch(() => {});
      return toEntry(row);
    },
  };
}
