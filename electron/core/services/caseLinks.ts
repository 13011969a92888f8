import type { Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { countingEntries, REFILABLE_KINDS } from '../../../shared/domain/refile';
import { EVENT_KIND_LABELS, LINK_INVERSE, LINK_KIND_LABELS, type LinkHow, type LinkKind } from '../../../shared/domain/vocab';
import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import { splitApprovalOf, withSplitApproval, type SplitApproval } from '../../../shared/domain/splitApproval';
import { toIso } from '../../../shared/time/instant';
import { insertCase } from './caseCreate';
import { applyRules } from './caseRules';
import { casesService } from './cases';
import type { ServiceDeps } from './deps';
import { appendEvents } from './fingerprint';
import { recordAudit, requireLead } from './roles';
import { sessionAgent } from './session';

type Link = NonNullable<CaseRecord['links']>[number];

/** What `cases.link`'s `kind` makes of the two cases: this case's side and the other's. */
const BY_HAND: Record<'needs_config' | 'related' | 'child', LinkKind> = {
  // The other is the configuration case this one needs.
  needs_config: 'waits_on_config',
  related: 'related',
  // The other is this case's child.
  child: 'parent',
};

/**
 * Links between cases (parent/child, related, "needs config"), *Split* and re-filing (`workflow.md`
 * "Case"). A link is kept on both cases, each from its own side, and both timelines record it; the
 * rules run on both (a configuration case created from a "needs config" link is raised, one linked by
 * hand gets the reminder instead). One unit of work each.
 */
export function caseLinksService(deps: ServiceDeps): Pick<Handlers, 'cases.link' | 'cases.split' | 'cases.approveSplit' | 'cases.refile'> {
  const { repos } = deps;
  const cases = casesService(deps);

  const requireCase = (id: string, method: string, field: string): CaseRecord => {
    const c = repos.cases.get(id);
    if (!c) throw new AppError('not_found', `${method}: ${field}: no case with id ${JSON.stringify(id)}`);
    return c;
  };
  const record = (events: EventRecord[]) => appendEvents(repos.events, events);
  const nameOf = (agentId: string | null) => (agentId === null ? 'nobody' : (repos.agents.get(agentId)?.name ?? agentId));
  const linkEntry = (c: CaseRecord, other: CaseRecord, kind: LinkKind, how: LinkHow, by: string | null, at: number): EventRecord => ({
    caseId: c.id,
    at,
    kind: 'link',
    by,
    body: `${LINK_KIND_LABELS[kind]} ${other.key}${how === 'by_hand' ? ' (linked by hand)' : ''}`,
    from: null,
    to: other.id,
    extra: { link: { caseId: other.id, kind, how } },
  });

  /** Adds the link to both cases (each its own side), records it on both timelines, runs the rules on both. */
  const link = (a: CaseRecord, b: CaseRecord, kind: LinkKind, how: LinkHow, by: string | null, at: number) => {
    const sides: [CaseRecord, CaseRecord, Link][] = [
      [a, b, { caseId: b.id, kind, how, extra: {} }],
      [b, a, { caseId: a.id, kind: LINK_INVERSE[kind], how, extra: {} }],
    ];
    for (const [c, other, side] of sides) {
      const after = { ...c, links: [...(c.links ?? []), side] };
      repos.cases.upsert(after);
      record([linkEntry(c, other, side.kind, how, by, at)]);
      applyRules(repos, after, at);
    }
  };

  return {
    'cases.link': ({ id, otherId, kind }) => {
      deps.uow.run(() => {
        const M = 'cases.link';
        const c = requireCase(id, M, 'id');
        const other = requireCase(otherId, M, 'otherId');
        if (c.id === other.id) throw new AppError('invalid_input', `${M}: otherId: a case cannot be linked to itself (${c.key})`);
        const existing = (c.links ?? []).find((l) => l.caseId === other.id);
        if (existing) throw new AppError('conflict', `${M}: otherId: ${c.key} is already linked to ${other.key} (${LINK_KIND_LABELS[existing.kind]} ${other.key})`);
        link(c, other, BY_HAND[kind], 'by_hand', sessionAgent(repos, deps.prefs)?.id ?? null, deps.clock.now());
      });
      return cases['cases.get']({ id });
    },

    'cases.split': async ({ id, type, subject, description, priority, as }) => {
      const M = 'cases.split';
      const newId = deps.uow.run(() => {
        const from = requireCase(id, M, 'id');
        if (from.status === 'closed') throw new AppError('invalid_input', `${M}: id: ${from.key} is closed: create the new request as a new case`);
        const agent = sessionAgent(repos, deps.prefs);
        const me = agent?.id ?? null;
        const now = deps.clock.now();
        // The new case's side: a child split off this one, or the configuration case this one needs.
        const kind: LinkKind = as === 'needs_config' ? 'needs_config' : 'child';
        // A second request split off needs a lead's approval; a lead's own split is approved as made.
        const lead = agent?.role === 'lead';
        const approval: SplitApproval | null =
          as === 'needs_config' ? null : { state: lead ? 'approved' : 'pending', fromId: from.id, requestedBy: me, requestedAt: now, approvedBy: lead ? me : null, approvedAt: lead ? now : null, note: null };
        const created = insertCase(
          deps,
          {
            type,
            subject,
            ...(description !== undefined && { description }),
            ...(priority !== undefined && { priority }),
            ...(from.organizationId !== null && { organizationId: from.organizationId }),
            ...(from.reporterId !== null && { reporterId: from.reporterId }),
          },
          {
            method: M,
            links: [{ caseId: from.id, kind, how: 'created', extra: {} }],
            ...(approval && { extra: withSplitApproval({}, approval) }),
            events: (c) => [linkEntry(c, from, kind, 'created', me, now)],
          },
        );
        const fresh = repos.cases.get(from.id)!;
        const newCase = repos.cases.get(created.id)!;
        if (approval) recordAudit(deps, me, 'case.split', newCase.id, { key: newCase.key, fromKey: from.key, state: approval.state });
        const side: Link = { caseId: created.id, kind: LINK_INVERSE[kind], how: 'created', extra: {} };
        const after = { ...fresh, links: [...(fresh.links ?? []), side] };
        repos.cases.upsert(after);
        record([linkEntry(after, newCase, side.kind, 'created', me, now)]);
        applyRules(repos, after, now);
        return created.id;
      });
      return { case: await cases['cases.get']({ id: newId }), from: await cases['cases.get']({ id }) };
    },

    'cases.approveSplit': ({ id, note }) => {
      const M = 'cases.approveSplit';
      deps.uow.run(() => {
        const lead = requireLead(deps, M);
        const c = requireCase(id, M, 'id');
        const approval = splitApprovalOf(c.extra);
        if (!approval) throw new AppError('invalid_input', `${M}: id: ${c.key} was not split from another case: there is nothing to approve`);
        if (approval.state === 'approved') throw new AppError('conflict', `${M}: id: ${c.key} is approved already (by ${nameOf(approval.approvedBy)})`);
        const now = deps.clock.now();
        const text = note.trim();
        repos.cases.upsert({ ...c, extra: withSplitApproval(c.extra, { ...approval, state: 'approved', approvedBy: lead.id, approvedAt: now, note: text }) });
        record([{ caseId: c.id, at: now, kind: 'internal_note', by: lead.id, body: `Split approved by ${lead.name}: ${text}`, from: null, to: null, extra: { splitApproved: true } }]);
        recordAudit(deps, lead.id, 'case.splitApprove', c.id, { key: c.key, requestedBy: approval.requestedBy });
      });
      return cases['cases.get']({ id });
    },

    'cases.refile': async ({ id, seq, toId }) => {
      const M = 'cases.refile';
      deps.uow.run(() => {
        const from = requireCase(id, M, 'id');
        const to = requireCase(toId, M, 'toId');
        if (from.id === to.id) throw new AppError('invalid_input', `${M}: toId: the entry is on ${from.key} already`);
        if (to.status === 'closed') throw new AppError('invalid_input', `${M}: toId: ${to.key} is closed: file it into an open case, or split a new one`);
        const timeline = repos.events.forCase(from.id);
        const entry = timeline.find((e) => e.seq === seq);
        if (!entry) throw new AppError('invalid_input', `${M}: seq: ${from.key} has no timeline entry ${seq}`);
        if (!REFILABLE_KINDS.includes(entry.kind)) {
          throw new AppError('invalid_input', `${M}: seq: entry ${seq} (${EVENT_KIND_LABELS[entry.kind]}) is not re-filed: only a customer message, voicemail, call or chat is`);
        }
        if (!countingEntries(timeline).includes(entry)) throw new AppError('conflict', `${M}: seq: this ${EVENT_KIND_LABELS[entry.kind].toLowerCase()} was re-filed already`);
        const me = sessionAgent(repos, deps.prefs)?.id ?? null;
        const now = deps.clock.now();
        const { seq: _seq, ...original } = entry;
        const what = EVENT_KIND_LABELS[entry.kind].toLowerCase();
        record([
          // On the right case: the entry as it arrived, then the move.
          { ...original, caseId: to.id, extra: { ...entry.extra, refiledFrom: { caseId: from.id, key: from.key } } },
          { caseId: to.id, at: now, kind: 'refile', by: me, body: `${what} of ${toIso(entry.at)} moved here from ${from.key}`, from: from.id, to: to.id, extra: { movedIn: { at: toIso(entry.at), kind: entry.kind } } },
          // On the case it left: the move (the entry stays, and no longer counts there).
          { caseId: from.id, at: now, kind: 'refile', by: me, body: `${what} of ${toIso(entry.at)} moved to ${to.key}`, from: from.id, to: to.id, extra: { moved: { at: toIso(entry.at), kind: entry.kind } } },
        ]);
        // The interaction it was filed from now belongs to the right case.
        for (const xId of repos.interactions.idsWhere('case_id', [from.id])) {
          const x = repos.interactions.get(xId)!;
          if (x.since === entry.at) repos.interactions.upsert({ ...x, caseId: to.id });
        }
      });
      return { case: await cases['cases.get']({ id: toId }), from: await cases['cases.get']({ id }) };
    },
  };
}
