import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../shared/contract/models';
import type { QueueFilter } from '../../../shared/contract/queueFilter';
import { matchesFilter, orderView } from '../../../shared/domain/queueViews';
import type { QueueView } from '../../../shared/domain/vocab';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { createFakeClock } from '../../support/fakeClock';
import { viewFacts, wholeView } from '../../support/queueViewFacts';
import { openTestCore, type TestCore } from '../../support/testCore';

const NOW = Date.parse('2026-03-03T16:00:00Z');

describe('structured filters over a generated workspace', () => {
  const raw = generateWorkspace({ cases: 900, seed: 5, now: NOW }) as { cases: { id: string; createdAt: string }[] };
  const createdAt = new Map(raw.cases.map((c) => [c.id, Date.parse(c.createdAt)]));
  let t: TestCore;
  let all: WorkItem[];
  beforeAll(async () => {
    t = openTestCore({ clock: createFakeClock(NOW), alerts: false, watchExternalChanges: false });
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    all = await wholeView(t, 'all');
  });
  afterAll(() => t.cleanup());

  /** What the view holds after the filter, by the pure functions. */
  const expected = (view: QueueView, filter: QueueFilter) =>
    orderView(view, all.filter((i) => matchesFilter(i, filter)).map((i) => viewFacts(i, (id) => createdAt.get(id) ?? null)), 'a1', NOW).map((i) => i.id);

  it('holds labels and organizations on the items, and offers them with counts', async () => {
    const options = await t.call('queue.filterOptions');
    const withOrg = all.filter((i) => i.organizationId !== null);
    expect(options.organizations.reduce((n, o) => n + o.count, 0)).toBe(withOrg.length);
    for (const o of options.organizations.slice(0, 5)) {
      expect(o.count).toBe(all.filter((i) => i.organizationId === o.id).length);
      expect(all.find((i) => i.organizationId === o.id && i.source === 'case')?.organizationName ?? o.name).toBe(o.name);
    }
    const names = options.organizations.map((o) => o.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(options.labels.map((l) => l.label).sort()).toEqual(['EB', 'billing', 'cancellation', 'onboarding'].sort());
    for (const l of options.labels) expect(l.count).toBe(all.filter((i) => i.labels.includes(l.label)).length);
  });

  it('narrows every view by channel, priority, status, organization and label, in the view order, with the total', async () => {
    const options = await t.call('queue.filterOptions');
    const orgs = options.organizations.slice(0, 12).map((o) => o.id);
    const filters: QueueFilter[] = [
      { channel: ['email'] },
      { channel: ['phone', 'chat'] },
      { priority: ['P1', 'P2'] },
      { status: ['new', 'assigned'] },
      { organizationId: orgs },
      { label: ['EB'] },
      { label: ['billing', 'onboarding'], priority: ['P3', 'P4', 'P5', 'P6'] },
      { channel: ['email', 'voicemail'], status: ['pending_input'], organizationId: orgs },
      { channel: [], label: [] },
    ];
    for (const view of ['all', 'my', 'unassigned', 'our-turn', 'aging'] as const) {
      for (const filter of filters) {
        const ids = expected(view, filter);
        const page = await t.call('queue.list', { view, limit: 20, filter });
        expect({ view, filter, total: page.total }).toEqual({ view, filter, total: ids.length });
        expect(page.items.map((i) => i.id)).toEqual(ids.slice(0, 20));
      }
    }
  });

  it('finds nothing for values nobody has, and leaves the counts unfiltered', async () => {
    expect(await t.call('queue.list', { filter: { organizationId: ['no-such-org'] } })).toEqual({ total: 0, offset: 0, items: [] });
    expect(await t.call('queue.list', { filter: { label: ['no-such-label'] } })).toEqual({ total: 0, offset: 0, items: [] });
    expect((await t.call('queue.counts')).all).toBe(all.length);
  });

  it('refuses a value outside the vocabulary with the field path', async () => {
    const bad = await t.core.dispatch('queue.list', { filter: { channel: ['fax'] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.message).toContain('filter.channel[0]');
    }
  });
});

/** A hand-made workspace for search: words in subjects, message text, names and keys. */
function searchWorkspace() {
  const at = (h: number) => new Date(Date.UTC(2026, 2, 2, h)).toISOString();
  return {
    format: 'shiftdesk-workspace',
    version: 1,
    agents: [{ id: 'a1', name: 'Maya Okafor', email: 'maya@example.com', role: 'agent', timeZone: 'UTC', status: 'available' }],
    organizations: [
      { id: 'o1', name: 'Brightfield Solar', priority: false },
      { id: 'o2', name: 'Müller Energie GmbH', priority: false },
    ],
    contacts: [
      { id: 'c1', name: 'Pat Doe', email: 'pat@example.com', organizationId: 'o1' },
      { id: 'c2', name: 'Zoë Quinn', email: 'zoe@example.com', organizationId: 'o2' },
    ],
    cases: [
      { id: 'k1', key: 'C-1042', subject: 'Label printer jams', type: 'bug', status: 'assigned', priority: 'P3', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: 'a1', labels: ['hardware'], createdAt: at(8) },
      { id: 'k2', key: 'C-1043', subject: 'Invoice copy (March)', type: 'admin_task', status: 'new', priority: 'P5', channel: 'email', organizationId: 'o2', reporterId: 'c2', assigneeId: null, createdAt: at(9) },
      { id: 'k3', key: 'C-2042', subject: 'Inverter offline', type: 'bug', status: 'pending_input', priority: 'P3', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: null, createdAt: at(10) },
      { id: 'k4', key: 'C-3000', subject: 'Closed label question', type: 'bug', status: 'closed', priority: 'P6', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: null, createdAt: at(7) },
    ],
    events: [
      { caseId: 'k1', at: at(8), kind: 'inbound', body: 'The thermal printer in dock 3 keeps jamming.' },
      { caseId: 'k2', at: at(9), kind: 'inbound', body: 'Please send the invoice again; "urgent" AND needed by Friday.' },
      { caseId: 'k3', at: at(10), kind: 'inbound', body: 'Inverter shows error E-17 since the storm.' },
      { caseId: 'k3', at: at(11), kind: 'internal_note', by: 'a1', body: 'Firmware rollback might help.' },
    ],
    interactions: [
      { id: 'i1', channel: 'voicemail', state: 'waiting', since: at(12), contactId: 'c2', subject: 'Voicemail from Zoë Quinn', body: 'Callback about the label printer, please.' },
      { id: 'i2', channel: 'phone', state: 'waiting', since: at(13), contactId: null, subject: 'Call from +1 555 0100' },
    ],
  };
}

describe('full-text search', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = openTestCore({ alerts: false, watchExternalChanges: false });
    await t.call('workspace.import', { content: JSON.stringify(searchWorkspace()) });
  });
  afterAll(() => t.cleanup());

  const found = async (text: string, view: QueueView = 'all', filter: QueueFilter = {}) => {
    const page = await t.call('queue.list', { view, filter: { ...filter, text } });
    expect(page.total).toBe(page.items.length);
    return page.items.map((i) => i.key);
  };

  it('matches the start of every word typed, in any order, as the agent types', async () => {
    expect(await found('lab prin')).toEqual(['i1', 'C-1042']);
    expect(await found('l')).toEqual(['i1', 'C-1042']);
    expect(await found('prin lab')).toEqual(['i1', 'C-1042']);
    expect(await found('label printer jams')).toEqual(['C-1042']);
    expect(await found('abel')).toEqual([]);
  });

  it('searches subject, message text and notes, contact and organization names, and keys', async () => {
    expect(await found('thermal')).toEqual(['C-1042']); // the customer's message
    expect(await found('firmware')).toEqual(['C-2042']); // an internal note
    expect(await found('pat')).toEqual(['C-1042', 'C-2042']); // the contact
    expect(await found('brightf')).toEqual(['C-1042', 'C-2042']); // the organization
    expect(await found('C-1042')).toEqual(['C-1042']);
    expect(await found('1042')).toEqual(['C-1042']);
    expect(await found('c-20')).toEqual(['C-2042']);
    expect(await found('E-17')).toEqual(['C-2042']);
  });

  it('ignores case and accents', async () => {
    expect(await found('MULLER')).toEqual(['i1', 'C-1043']); // the voicemail's caller works there too
    expect(await found('zoe')).toEqual(['i1', 'C-1043']);
    expect(await found('Zoë')).toEqual(['i1', 'C-1043']);
  });

  it('treats quotes, operators and other FTS5 syntax as plain text and never fails', async () => {
    expect(await found('"urgent" AND needed')).toEqual(['C-1043']);
    expect(await found('invoice (march)')).toEqual(['C-1043']);
    expect(await found('subject:label')).toEqual([]);
    expect(await found('NEAR(label printer)')).toEqual([]);
    expect(await found('label OR inverter')).toEqual([]);
    for (const text of ['"', '*', '"*', 'label*', '-label', '^lab', '(', ')', ':', 'a"b', "o'brien", '🙂', '\u0000', '   ', 'AND', 'NOT', 'OR', '""""']) {
      const result = await t.core.dispatch('queue.list', { filter: { text } });
      expect({ text, ok: result.ok }).toEqual({ text, ok: true });
    }
    // Only punctuation: no words, so the search does not narrow the view.
    expect(await found('"*()')).toEqual(['i2', 'i1', 'C-1042', 'C-1043', 'C-2042']);
  });

  it('answers any text without an error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: 'grapheme' }), async (text) => {
        const result = await t.core.dispatch('queue.list', { filter: { text } });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('combines with the view and the other filters', async () => {
    expect(await found('lab', 'my')).toEqual(['C-1042']);
    expect(await found('lab', 'unassigned')).toEqual(['i1']);
    expect(await found('inv', 'all', { status: ['new'] })).toEqual(['C-1043']);
    expect(await found('inv', 'all', { organizationId: ['o1'] })).toEqual(['C-2042']);
    expect(await found('lab', 'all', { label: ['hardware'] })).toEqual(['C-1042']);
    expect(await found('lab', 'all', { channel: ['voicemail'] })).toEqual(['i1']);
  });

  it('leaves closed cases and done interactions out, and follows renames and closures', async () => {
    expect(await found('closed')).toEqual([]);
    const raw = searchWorkspace();
    raw.cases[0]!.subject = 'Barcode printer jams';
    raw.cases[2]!.status = 'resolved';
    raw.interactions[0]!.state = 'done';
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    expect(await found('label')).toEqual([]);
    expect(await found('barc')).toEqual(['C-1042']);
    expect(await found('inverter')).toEqual([]);
    // Names shown in the queue come from the organization: renaming it changes what is found.
    raw.organizations[0]!.name = 'Sunrise Power';
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    expect(await found('sunrise')).toEqual(['C-1042']);
    expect(await found('brightfield')).toEqual([]);
  });
});
