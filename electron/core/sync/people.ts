import type { AgentRecord } from '../../../shared/interchange/schema';
import type { SyncConnection } from '../../../shared/contract/sync';
import type { Repositories } from '../db/repositories/types';
import type { RemotePerson } from './connector';

/**
 * Who is who between the workspace and the help desk (docs/sync.md "The field mapping", people), both
 * ways: a help-desk user becomes an agent (the mapping, an agent it made before, an agent with the
 * same email, else a new agent profile) or a contact (by email, else a new one); an agent is named in
 * the help desk by the mapping, else by the user they were made from.
 */
export interface PeopleContext {
  repos: Repositories;
  system: string;
  mapping: Pick<SyncConnection['mapping'], 'people'>;
}

const remoteOf = (extra: Record<string, unknown>) => extra.remote as { system?: string; id?: string } | undefined;

/** The agent for a staff member: the mapping, the agent made from them, an agent with their email, else a new agent profile. */
export function agentFor(ctx: PeopleContext, p: RemotePerson): string {
  const { repos } = ctx;
  const mapped = ctx.mapping.people[p.remoteId];
  if (mapped && repos.agents.has(mapped)) return mapped;
  const agents = repos.agents.list();
  const byRemote = agents.find((a) => remoteOf(a.extra)?.system === ctx.system && remoteOf(a.extra)?.id === p.remoteId);
  if (byRemote) return byRemote.id;
  const email = p.email?.toLowerCase();
  const byEmail = email ? agents.find((a) => a.email.toLowerCase() === email) : undefined;
  if (byEmail) {
    // Remembered, so that a change of owner made here names them in the help desk too.
    if (!remoteOf(byEmail.extra)) repos.agents.upsert({ ...byEmail, extra: { ...byEmail.extra, remote: { system: ctx.system, id: p.remoteId } } });
    return byEmail.id;
  }
  const agent: AgentRecord = {
    id: uniqueId((id) => repos.agents.has(id), `${ctx.system}-${p.remoteId}`),
    name: p.name || p.remoteId,
    email: p.email ?? '',
    role: 'agent',
    timeZone: agents[0]?.timeZone ?? 'UTC',
    status: 'available',
    schedule: {},
    extra: { remote: { system: ctx.system, id: p.remoteId } },
  };
  repos.agents.upsert(agent);
  return agent.id;
}

/** The contact for a customer, found by email, else created. */
export function contactFor(ctx: PeopleContext, p: RemotePerson): string | null {
  const { repos } = ctx;
  const found = p.email ? repos.intake.findContact({ email: p.email }) : undefined;
  if (found) return found;
  const own = `${ctx.system}-${p.remoteId}`;
  if (repos.contacts.has(own)) return own;
  repos.contacts.upsert({ id: own, name: p.name || p.email || p.remoteId, email: p.email, phone: null, organizationId: null, extra: { remote: { system: ctx.system, id: p.remoteId } } });
  return own;
}

export function uniqueId(taken: (id: string) => boolean, base: string): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The help desk's user for an agent; null when none is known (an error instead when `required`). */
export function remoteUserFor(ctx: PeopleContext, agentId: string, required: boolean): string | null {
  const mapped = Object.entries(ctx.mapping.people).find(([, id]) => id === agentId)?.[0];
  if (mapped) return mapped;
  const agent = ctx.repos.agents.get(agentId);
  const remote = agent ? remoteOf(agent.extra) : undefined;
  if (remote?.system === ctx.system && remote.id) return remote.id;
  if (!required) return null;
  throw new Error(`${agent?.name ?? agentId} has no user in the help desk: add them to the connection's people mapping`);
}
