import type { Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { DEFAULT_RT_MAPPING, type RtMapping, type SyncConnection } from '../../../shared/contract/sync';
import { PRIORITIES } from '../../../shared/domain/vocab';
import { SETTING_CONNECTION } from '../sync/settings';
import type { ServiceDeps } from './deps';
import { recordAudit, requireLead } from './roles';

type SyncMappingHandlers = Pick<Handlers, 'sync.setMapping'>;

const M = 'sync.setMapping';
const refuse = (field: string, why: string) => new AppError('invalid_input', `${M}: mapping.${field}: ${why}`);

/** The parts of a mapping, in the order the audit list names them. */
const PARTS = ['statusToRt', 'statusFromRt', 'statusField', 'typeField', 'clientIdField', 'defaultType', 'priorityToRt', 'people'] as const satisfies readonly (keyof RtMapping)[];

/** A part of a mapping as text, its keys in order (the parts are flat: a name, or a record of names or numbers). */
const canon = (v: unknown) => JSON.stringify(v !== null && typeof v === 'object' ? Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : v);
const same = (a: unknown, b: unknown) => canon(a) === canon(b);
const trimmedKeys = <V>(record: Record<string, V>): Record<string, V> => Object.fromEntries(Object.entries(record).map(([k, v]) => [k.trim(), v]));

/**
 * The help-desk field mapping (docs/sync.md "The field mapping"; the connection dialog's Field
 * mapping…): a lead replaces the mapping of the stored connection, and only that. The pull cursor
 * stays (the cases already pulled are not read again; the new mapping applies from the next pull and
 * send). Refused, naming the field, when it could not map back: priorities not strictly decreasing,
 * people naming no agent, blank names.
 */
export function syncMappingService(deps: ServiceDeps): SyncMappingHandlers {
  const { repos } = deps;

  /** The mapping as stored: names trimmed; refused with the field when it cannot work. */
  const checked = (m: RtMapping): RtMapping => {
    const statusToRt = Object.fromEntries(Object.entries(m.statusToRt).map(([ours, rt]) => [ours, rt.trim()])) as RtMapping['statusToRt'];
    for (const [ours, rt] of Object.entries(statusToRt)) if (rt === '') throw refuse(`statusToRt.${ours}`, 'give the RT status it is sent as');
    const statusFromRt = trimmedKeys(m.statusFromRt);
    if (Object.keys(statusFromRt).length !== Object.keys(m.statusFromRt).length) throw refuse('statusFromRt', 'an RT status is listed twice');
    for (const rt of Object.keys(statusFromRt)) if (rt === '') throw refuse('statusFromRt', 'an RT status has no name');
    const field = (name: 'statusField' | 'typeField' | 'clientIdField') => {
      const v = m[name]?.trim() ?? null;
      return v === '' ? null : v;
    };
    const fields = { statusField: field('statusField'), typeField: field('typeField'), clientIdField: field('clientIdField') };
    const named = Object.entries(fields).filter((e): e is [string, string] => e[1] !== null);
    for (const [i, [name, value]] of named.entries()) {
      const before = named.slice(0, i).find(([, v]) => v.toLowerCase() === value.toLowerCase());
      if (before) throw refuse(name, `"${value}" is already the ${before[0]}; each custom field holds one thing`);
    }
    PRIORITIES.forEach((p, i) => {
      const higher = PRIORITIES[i - 1];
      if (higher !== undefined && m.priorityToRt[p] >= m.priorityToRt[higher]) {
        throw refuse(`priorityToRt.${p}`, `${m.priorityToRt[p]} must be lower than ${higher}'s ${m.priorityToRt[higher]} (P1 highest, each lower than the one before, so a number from RT maps back to one priority)`);
      }
    });
    const people = trimmedKeys(m.people);
    if (Object.keys(people).length !== Object.keys(m.people).length) throw refuse('people', 'an RT user is listed twice');
    for (const [user, agentId] of Object.entries(people)) {
      if (user === '') throw refuse('people', 'an RT user has no name');
      if (!repos.agents.get(agentId)) throw refuse(`people.${user}`, `no agent ${agentId} in this workspace`);
    }
    return { ...m, statusToRt, statusFromRt, ...fields, priorityToRt: m.priorityToRt, people };
  };

  return {
    'sync.setMapping': ({ mapping }) => {
      if (!deps.sync) throw new AppError('internal', 'sync is not available in this face of Shiftdesk');
      const engine = deps.sync;
      deps.uow.run(() => {
        const lead = requireLead(deps, M);
        const before = repos.settings.get<SyncConnection>(SETTING_CONNECTION) ?? null;
        if (!before) throw new AppError('invalid_input', `${M}: not connected to a help desk; the mapping belongs to a connection (Help desk connection → Connect first)`);
        const next = checked(mapping);
        const changed = PARTS.filter((part) => !same(before.mapping[part], next[part]));
        // Only the mapping: the sync state (the pull cursor, the last pull) stays as it is.
        repos.settings.set(SETTING_CONNECTION, { ...before, mapping: next });
        recordAudit(deps, lead.id, 'sync.mapping', null, { changed, defaults: PARTS.every((part) => same(next[part], DEFAULT_RT_MAPPING[part])) });
      });
      return engine.status();
    },
  };
}
