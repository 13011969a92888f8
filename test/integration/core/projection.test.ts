import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { URGENCIES } from '../../../shared/domain/vocab';
import { WORK_ITEM_RULES_VERSION } from '../../../shared/domain/workItem';
import { openStore } from '../../../electron/core/store';
import { WriteOutsideUnitOfWork } from '../../../electron/core/db/writes';
import { WORK_ITEMS_PROJECTION } from '../../../electron/core/projection/projector';
import type { Input } from '../../../shared/contract/index';
import { openTestCore, type TestCore } from '../../support/testCore';
import { generatedWorkspace, smallWorkspace } from '../../support/workspaceFixture';

const MINUTE = 60_000;
const opened: TestCore[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

/** Everything the queue reads of the projection, search numbers aside (links only). */
function snapshot(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      items: (db.prepare('SELECT * FROM work_items ORDER BY id').all() as { search_id: number }[]).map(({ search_id: _, ...row }) => row),
      labels: db.prepare('SELECT label, item_id FROM work_item_labels ORDER BY item_id, label').all(),
      searchRows: db.prepare('SELECT count(*) FROM work_items_fts').pluck().get(),
    };
  } finally {
    db.close();
  }
}

/** The projection as a fresh derivation from the records gives it: rebuilt by another connection, then read. */
function rederived(dbPath: string, now: number) {
  const store = openStore({ dbPath, clock: { now: () => now } });
  try {
    store.uow.run(() => store.uow.requestRebuild());
  } finally {
    store.close();
  }
  return snapshot(dbPath);
}

const AGENTS = ['a1', 'a2', 'a3'];
const STATUSES = ['available', 'in_a_meeting', 'unavailable', 'on_leave'] as const;

/** One thing an agent, a phone system or an import does; each may be refused, which is fine. */
type Action =
  | { do: 'setAgent'; agent: number }
  | { do: 'setStatus'; agent: number; status: number }
  | { do: 'take'; item: number }
  | { do: 'log'; channel: 'phone' | 'chat'; contact: number; urgent: boolean; mine: boolean }
  | { do: 'push'; channel: 'phone' | 'chat' | 'voicemail' | 'email'; id: number; status: number; caseIndex: number | null }
  | { do: 'file'; interaction: number; into: number | null }
  | { do: 'markDone'; interaction: number }
  | { do: 'noReply'; caseIndex: number }
  | { do: 'urgency'; caseIndex: number; urgency: number }
  | { do: 'urgencyMap'; emergency: boolean }
  | { do: 'import'; caseIndex: number; change: number }
  | { do: 'calendar'; opensAt: number }
  | { do: 'advance'; minutes: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ do: fc.constant('setAgent' as const), agent: fc.nat(2) }),
  fc.record({ do: fc.constant('setStatus' as const), agent: fc.nat(2), status: fc.nat(3) }),
  fc.record({ do: fc.constant('take' as const), item: fc.nat(40) }),
  fc.record({ do: fc.constant('log' as const), channel: fc.constantFrom('phone' as const, 'chat' as const), contact: fc.nat(2), urgent: fc.boolean(), mine: fc.boolean() }),
  fc.record({
    do: fc.constant('push' as const),
    channel: fc.constantFrom('phone' as const, 'chat' as const, 'voicemail' as const, 'email' as const),
    id: fc.nat(5),
    status: fc.nat(5),
    caseIndex: fc.option(fc.nat(20), { nil: null }),
  }),
  fc.record({ do: fc.constant('file' as const), interaction: fc.nat(20), into: fc.option(fc.nat(20), { nil: null }) }),
  fc.record({ do: fc.constant('markDone' as const), interaction: fc.nat(20) }),
  fc.record({ do: fc.constant('noReply' as const), caseIndex: fc.nat(20) }),
  fc.record({ do: fc.constant('urgency' as const), caseIndex: fc.nat(20), urgency: fc.nat(2) }),
  fc.record({ do: fc.constant('urgencyMap' as const), emergency: fc.boolean() }),
  fc.record({ do: fc.constant('import' as const), caseIndex: fc.nat(20), change: fc.nat(6) }),
  fc.record({ do: fc.constant('calendar' as const), opensAt: fc.integer({ min: 6, max: 10 }) }),
  fc.record({ do: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 600 }) }),
);

const PUSH_STATUSES = { phone: ['ringing', 'held', 'answered', 'ended'], chat: ['waiting', 'answered', 'ended'], voicemail: ['received'], email: ['received'] } as const;

async function apply(t: TestCore, a: Action): Promise<void> {
  const base = generatedWorkspace(7, { cases: 20, interactions: 8 });
  const items = async () => (await t.core.dispatch('queue.list', { view: 'all', limit: 100 })).ok ? (await t.call('queue.list', { view: 'all', limit: 100 })).items : [];
  const interactions = async () => {
    const raw = (await t.call('workspace.export', {})).content;
    return (JSON.parse(raw) as { interactions: { id: string }[] }).interactions.map((x) => x.id);
  };
  const call = async (method: Parameters<TestCore['core']['dispatch']>[0], payload: unknown) => {
    await t.core.dispatch(method, payload);
    await t.core.settled();
  };
  switch (a.do) {
    case 'setAgent':
      return call('session.setAgent', { agentId: AGENTS[a.agent] });
    case 'setStatus':
      return call('agents.setStatus', { agentId: AGENTS[a.agent], status: STATUSES[a.status] });
    case 'take': {
      const list = await items();
      if (list.length > 0) await call('queue.take', { itemId: list[a.item % list.length]!.id });
      return;
    }
    case 'log':
      return call('interactions.log', {
        channel: a.channel,
        contact: { id: ['c1', 'c2'][a.contact % 2] },
        subject: 'Logged by hand',
        urgent: a.urgent,
        assignToMe: a.mine,
      } satisfies Input<'interactions.log'>);
    case 'push': {
      const statuses = PUSH_STATUSES[a.channel];
      const caseKey = a.caseIndex === null ? undefined : base.cases[a.caseIndex % base.cases.length]!.key;
      return call('intake.push', {
        source: 'pbx',
        channel: a.channel,
        externalId: `x${a.id}`,
        status: statuses[a.status % statuses.length],
        from: { name: 'Caller', phone: '+1 555 010 0000' },
        ...(caseKey && { caseKey }),
      });
    }
    case 'file': {
      const ids = await interactions();
      if (ids.length === 0) return;
      const id = ids[a.interaction % ids.length];
      const into = a.into === null ? undefined : base.cases[a.into % base.cases.length]!.id;
      return call('interactions.file', into ? { id, caseId: into } : { id, newCase: { subject: 'Filed', type: 'bug', priority: 'P4' } });
    }
    case 'markDone': {
      const ids = await interactions();
      if (ids.length > 0) await call('interactions.markDone', { id: ids[a.interaction % ids.length] });
      return;
    }
    case 'noReply':
      return call('cases.markNoReplyNeeded', { id: base.cases[a.caseIndex % base.cases.length]!.id });
    case 'urgency':
      return call('cases.setUrgency', { id: base.cases[a.caseIndex % base.cases.length]!.id, urgency: URGENCIES[a.urgency] });
    case 'urgencyMap': {
      // The lead maps (or unmaps) P3 to an urgency for every type: urgency and order move with the settings.
      await call('session.setAgent', { agentId: 'a2' });
      const { policy, calendar } = await t.call('settings.getSla', {});
      const urgencyByType = Object.fromEntries(
        Object.entries(policy.urgencyByType).map(([type, map]) => [type, { ...map, P3: a.emergency ? 'emergency' : 'urgent' }]),
      ) as typeof policy.urgencyByType;
      return call('settings.setSla', { policy: { ...policy, urgencyByType }, calendar });
    }
    case 'import': {
      // Another export of the help desk: one record changed (a case, a name others show, a new message).
      const file = generatedWorkspace(7, { cases: 20, interactions: 8 });
      const c = file.cases[a.caseIndex % file.cases.length]!;
      const at = new Date(t.clock.now()).toISOString();
      switch (a.change) {
        case 0:
          c.status = c.status === 'closed' ? 'assigned' : 'closed';
          break;
        case 1:
          c.priority = c.priority === 'P1' ? 'P4' : 'P1';
          break;
        case 2:
          c.assigneeId = c.assigneeId === null ? 'a2' : null;
          break;
        case 3:
          file.organizations[0]!.name = `Acme Solar ${a.caseIndex}`;
          (file.organizations[1] as { priority?: boolean }).priority = a.caseIndex % 2 === 0;
          break;
        case 4:
          file.contacts[1]!.organizationId = file.contacts[1]!.organizationId === 'o2' ? 'o1' : 'o2';
          break;
        case 5:
          file.events.push({ caseId: c.id, at, kind: 'public_reply', body: 'We are on it' } as never);
          (c as Record<string, unknown>).labels = ['EB', `l${a.caseIndex}`];
          break;
        default:
          file.events.push({ caseId: c.id, at, kind: 'inbound', body: 'Any news?' } as never);
      }
      return call('workspace.import', { content: JSON.stringify(file) });
    }
    case 'calendar': {
      await call('session.setAgent', { agentId: 'a2' });
      const open: [string, string][] = [[`${String(a.opensAt).padStart(2, '0')}:00`, '17:00']];
      await call('settings.setSla', {
        policy: (await t.call('settings.getSla', {})).policy,
        calendar: { timeZone: 'America/Chicago', hoursPerBusinessDay: 8, week: { mon: open, tue: open, wed: open, thu: open, fri: open }, holidays: [], overrides: [] },
      });
      return;
    }
    case 'advance':
      t.clock.advance(a.minutes * MINUTE);
      await t.core.settled();
  }
}

describe('the work-item projection', () => {
  it('after any sequence of actions, the stored work items equal a fresh derivation from the records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 14 }), async (actions) => {
        const t = openTestCore();
        opened.push(t);
        const file = generatedWorkspace(7, { cases: 20, interactions: 8 });
        // A lead, so that SLA settings can be saved.
        (file.agents[1] as Record<string, unknown>).role = 'lead';
        await t.call('workspace.import', { content: JSON.stringify(file) });
        for (const a of actions) await apply(t, a);
        const stored = snapshot(t.dbPath);
        expect(stored.items.length).toBeGreaterThan(0);
        expect(rederived(t.dbPath, t.clock.now())).toEqual(stored);
      }),
      { numRuns: 30 },
    );
  });

  it('is rebuilt on open when it was built by other rules than this build has', async () => {
    const t = openTestCore();
    opened.push(t);
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    const right = snapshot(t.dbPath);
    void t.core.close();
    // As a workspace left by an older build: another rules version, rows it derived differently.
    const db = new Database(t.dbPath);
    db.prepare('UPDATE projections SET version = ? WHERE name = ?').run(WORK_ITEM_RULES_VERSION - 1, WORK_ITEMS_PROJECTION);
    db.exec("UPDATE work_items SET subject = 'derived by old rules', customer_last = 0; DELETE FROM work_item_labels");
    db.close();
    const reopened = openTestCore({ dbPath: t.dbPath, clock: t.clock });
    opened.push(reopened);
    await reopened.core.ready();
    expect(snapshot(t.dbPath)).toEqual(right);
    const ledger = new Database(t.dbPath, { readonly: true });
    expect(ledger.prepare('SELECT version FROM projections WHERE name = ?').pluck().get(WORK_ITEMS_PROJECTION)).toBe(WORK_ITEM_RULES_VERSION);
    ledger.close();
  });

  it('refuses a write outside a unit of work: no record can skip its projection or its event', () => {
    const t = openTestCore();
    opened.push(t);
    const store = openStore({ dbPath: t.dbPath, clock: t.clock });
    try {
      expect(() => store.repos.settings.set('onboarded', true)).toThrow(WriteOutsideUnitOfWork);
      expect(() => store.repos.agents.setStatus('a1', 'on_leave')).toThrow(/outside a unit of work/);
    } finally {
      store.close();
    }
  });
});

describe('a commit is announced once, after the request', () => {
  it('one `changed` per action, with the topics of what it wrote, after the caller has the reply', async () => {
    const t = openTestCore();
    opened.push(t);
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    await t.core.settled();
    const seen: { topics: string[]; replied: boolean }[] = [];
    let replied = false;
    t.core.on('changed', ({ topics }) => seen.push({ topics, replied }));
    const result = await t.core.dispatch('queue.take', { itemId: 'case:k2' });
    replied = true;
    expect(result.ok).toBe(true);
    expect(seen).toEqual([]);
    await t.core.settled();
    expect(seen).toEqual([{ topics: ['cases'], replied: true }]);
  });
});
