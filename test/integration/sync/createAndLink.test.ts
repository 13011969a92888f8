import { describe, expect, it } from 'vitest';
import { DEFAULT_RT_MAPPING } from '../../../shared/contract/sync';
import { rtServerOrSkip } from '../../support/rtServer';
import { rtSync } from '../../support/rtSync';

/**
 * Cases made here and links (docs/sync.md "What is sent"), against the real RT 5 test server: a case
 * created on a connected workspace becomes one RT ticket, as it was made, even when the answer to the
 * creation is lost; a split's link and a link made by hand reach RT; a link made in RT comes in.
 */
const rt = await rtServerOrSkip();
const TIMEOUT = 180_000;
const { unique, connected, customerTicket, localCase } = rtSync(rt);

/** Agent One works as shiftdesk-agent2 in RT. */
const mapping = { ...DEFAULT_RT_MAPPING, people: { 'shiftdesk-agent2': 'a1' } };

async function ticketsNamed(subject: string): Promise<string[]> {
  const found = await rt!.api('GET', `tickets?query=${encodeURIComponent(`Subject = '${subject}'`)}&fields=Subject`);
  return (found.json.items as { id: string }[]).map((x) => String(x.id));
}

const ticket = async (id: string) => (await rt!.api('GET', `ticket/${id}`)).json;
const cf = (json: { CustomFields: { name: string; values: string[] }[] }, name: string) => json.CustomFields.find((f) => f.name === name)?.values[0] ?? null;
const linksOf = async (id: string) =>
  ((await ticket(id))._hyperlinks as { ref: string; id?: string }[]).filter((h) => ['parent', 'child', 'refers-to', 'referred-to-by', 'depends-on', 'depended-on-by'].includes(h.ref)).map((h) => `${h.ref} ${h.id}`);

describe.skipIf(!rt)('cases made here and links, with a real RT 5 server', () => {
  it(
    'a case created here becomes one RT ticket as it was made, even when the answer to the creation was lost; what follows is sent to it',
    async () => {
      const { t, net } = await connected({ mapping });
      await t.call('session.setAgent', { agentId: 'a1' });
      const subject = unique('Export button greyed out');
      const made = await t.call('cases.create', { type: 'bug', subject, description: 'The export button stays grey.', priority: 'P2', reporterId: 'c1', assignee: 'me' });
      expect(made.case.status).toBe('pending_development');
      expect((await t.call('sync.outbox', { caseId: made.case.id })).entries.map((e) => [e.what, e.state])).toEqual([['Created in the help desk', 'waiting']]);

      net.loseAnswerOf = /POST .*\/REST\/2\.0\/ticket$/;
      const lost = await t.core.sync.pass();
      expect(lost.error).toMatch(/cannot be reached/);
      expect(await ticketsNamed(subject)).toHaveLength(1); // RT made it; we do not know yet

      const retried = await t.core.sync.pass();
      expect(retried.error).toBeNull();
      const ids = await ticketsNamed(subject);
      expect(ids).toHaveLength(1);
      const json = await ticket(ids[0]!);
      expect(json.Status).toBe('stalled');
      expect(json.Owner.id).toBe('shiftdesk-agent2');
      expect(json.Requestor.map((r: { id: string }) => r.id)).toEqual(['pat@example.com']);
      expect(json.Priority).toBe('70');
      expect([cf(json, 'Shiftdesk Type'), cf(json, 'Shiftdesk Status'), cf(json, 'Shiftdesk Client Id')]).toEqual(['bug', 'pending_development', expect.stringMatching(/^shiftdesk-[0-9a-f]{8}-\d+$/)]);

      // The case keeps its key and its timeline: RT's record of the creation is not added again.
      await t.core.sync.pass();
      const after = (await t.call('cases.get', { id: made.case.id }))!;
      expect(after.key).toBe(made.case.key);
      expect(after.timeline.map((e) => e.kind)).toEqual(made.case.timeline.map((e) => e.kind));
      expect((await t.call('sync.status', {})).waiting).toBe(0);

      await t.call('cases.reply', { id: made.case.id, body: 'We reproduced it.' });
      expect((await t.core.sync.pass()).sent).toBe(1);
      const hist = await rt!.api('GET', `ticket/${ids[0]}/history?per_page=100&fields=Type`);
      expect((hist.json.items as { Type: string }[]).filter((x) => x.Type === 'Correspond')).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    "a split and a link made by hand reach RT once each; a link made in RT comes in on both cases",
    async () => {
      const { t } = await connected({ mapping });
      const first = unique('Two questions');
      const a = await customerTicket(first);
      const c1 = unique('Related one');
      const c2 = unique('Related two');
      const c = await customerTicket(c1);
      const d = await customerTicket(c2);
      await t.core.sync.pass();
      const caseA = (await localCase(t, first))!;
      const caseC = (await localCase(t, c1))!;
      const caseD = (await localCase(t, c2))!;

      // The lead splits the second question off (approved as made) and links two cases by hand.
      const second = unique('Second question');
      const split = await t.call('cases.split', { id: caseA.id, type: 'request_for_service', subject: second });
      await t.call('cases.link', { id: caseD.id, otherId: caseC.id, kind: 'related' });
      const sent = await t.core.sync.pass();
      expect(sent.error).toBeNull();
      expect(sent.sent).toBe(3); // the split's creation, its link, the link by hand

      const [b] = await ticketsNamed(second);
      expect(await linksOf(b!)).toEqual([`parent ${a}`]);
      expect(await linksOf(a)).toEqual([`child ${b}`]);
      const [lower, higher] = [caseC, caseD].sort((x, y) => (x.id < y.id ? -1 : 1)).map((x) => (x.id === caseC.id ? c : d));
      expect(await linksOf(lower!)).toEqual([`refers-to ${higher}`]);

      // Pulled again: no link event is added twice, on either side.
      await t.core.sync.pass();
      for (const id of [caseA.id, split.case.id, caseC.id, caseD.id]) {
        const got = (await t.call('cases.get', { id }))!;
        expect(got.timeline.filter((e) => e.kind === 'link')).toHaveLength(1);
        expect(got.links).toHaveLength(1);
      }

      // A colleague makes C depend on a new ticket E in RT: both come in linked.
      const third = unique('Config needed');
      const e = await customerTicket(third);
      const put = await rt!.api('PUT', `ticket/${c}`, { AddDependsOn: e }, 'agent2');
      expect(put.status).toBe(200);
      await t.core.sync.pass();
      const caseE = (await localCase(t, third))!;
      const fresh = (await t.call('cases.get', { id: caseC.id }))!;
      expect(fresh.links?.map((l) => [l.caseId, l.kind])).toContainEqual([caseE.id, 'waits_on_config']);
      expect(caseE.links?.map((l) => [l.caseId, l.kind])).toContainEqual([caseC.id, 'needs_config']);
      expect(fresh.timeline.filter((x) => x.kind === 'link').map((x) => x.body)).toContain(`Needs config ${caseE.key}`);
      expect((await t.call('sync.status', {})).waiting).toBe(0); // a link that came from RT is not sent back
    },
    TIMEOUT,
  );
});
