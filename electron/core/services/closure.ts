import type { Handlers } from '../../../shared/contract/index';
import { FOLLOW_UPS_MAX, type TestimonialFollowUp } from '../../../shared/contract/closure';
import { AppError } from '../../../shared/contract/result';
import { checkTransition } from '../../../shared/domain/caseStatus';
import { TESTIMONIAL_REASON_LABELS, TESTIMONIAL_TEMPLATES, type TestimonialTemplate } from '../../../shared/domain/closure';
import { CASE_STATUS_LABELS } from '../../../shared/domain/vocab';
import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import { MISSING_MARK, blanksIn, fillTemplate } from '../../../shared/templates/fill';
import { parseIso, toIso } from '../../../shared/time/instant';
import { closeDue, dueCases, type DueCase } from '../closure/closeDue';
import type { ServiceDeps } from './deps';
import { appendEvents } from './fingerprint';
import { sessionAgent } from './session';
import { templateLinksOf, templateOf } from './workflowSettings';

type ClosureHandlers = Pick<Handlers, 'closure.run' | 'testimonials.list' | 'testimonials.followUp'>;

/** The template's title, for the status event of a follow-up. */
const TEMPLATE_WORDS: Record<TestimonialTemplate, string> = {
  'testimonial-standard': 'testimonial request (Standard)',
  'testimonial-google-apps': 'testimonial request (Google Apps customer)',
  'review-request': 'online review request',
};

/**
 * Closure and testimonial follow-ups (`sla.md` section 6, `docs/closure.md`): `closure.run` closes the
 * cases due to close that are not testimonial candidates (what the scheduler runs; the CLI's `tick`),
 * `testimonials.list` is the Testimonial follow-ups list, `testimonials.followUp` records the request
 * chosen there (or none) and closes the case.
 */
export function closureService(deps: ServiceDeps): ClosureHandlers {
  const { repos } = deps;

  /** `at` as given (ISO), else now. */
  const instant = (at: string | undefined) => (at === undefined ? deps.clock.now() : parseIso(at));

  const agentName = () => sessionAgent(repos, deps.prefs)?.name ?? 'Support';

  /** The three requests filled from the case, for the agent to preview and edit. */
  const draftsOf = (c: CaseRecord) => {
    const contact = c.reporterId ? repos.contacts.get(c.reporterId) : undefined;
    const organization = c.organizationId ? repos.organizations.get(c.organizationId) : undefined;
    const links = templateLinksOf(repos);
    const agent = { name: agentName() };
    return TESTIMONIAL_TEMPLATES.map((name) => {
      const template = templateOf(repos, name);
      const filled = fillTemplate(template, {
        case: { key: c.key, subject: c.subject, type: c.type, priority: c.priority },
        contact: contact ? { name: contact.name } : null,
        organization: organization ? { name: organization.name } : null,
        agent,
        links,
      });
      return { template: name, title: template.title, subject: filled.subject, body: filled.body, missing: [...filled.missing] };
    });
  };

  const followUpOf = (due: DueCase): TestimonialFollowUp | null => {
    const c = repos.cases.get(due.id);
    if (!c || due.reason === null) return null;
    const organization = c.organizationId ? repos.organizations.get(c.organizationId) : undefined;
    const reporter = c.reporterId ? repos.contacts.get(c.reporterId) : undefined;
    return {
      id: c.id,
      key: c.key,
      subject: c.subject,
      organization: organization ? { id: organization.id, name: organization.name } : null,
      reporter: reporter ? { id: reporter.id, name: reporter.name, email: reporter.email ?? null } : null,
      resolvedAt: toIso(due.resolvedAt),
      dueAt: toIso(due.dueAt),
      reason: due.reason,
      reasonText: TESTIMONIAL_REASON_LABELS[due.reason],
      drafts: draftsOf(c),
    };
  };

  /** The due testimonial candidates at `at`: the first FOLLOW_UPS_MAX, oldest due first, and how many there are. */
  const followUps = (at: number) => {
    const candidates = dueCases(repos, deps.sla.timeZone(), at).filter((d) => d.reason !== null);
    return {
      total: candidates.length,
      followUps: candidates
        .slice(0, FOLLOW_UPS_MAX)
        .map(followUpOf)
        .filter((f): f is TestimonialFollowUp => f !== null),
    };
  };

  return {
    'closure.run': ({ at }) => {
      const now = deps.clock.now();
      const upTo = instant(at);
      if (upTo > now) throw new AppError('invalid_input', `closure.run: at: ${toIso(upTo)} is after now (${toIso(now)}): cases close when they come due, not ahead of time`);
      const closed = closeDue({ repos, uow: deps.uow, timeZone: deps.sla.timeZone(), at: upTo, now });
      const due = followUps(upTo);
      return {
        at: toIso(upTo),
        closed: closed.map(({ record, dueAt }) => ({ id: record.id, key: record.key, subject: record.subject, resolvedAt: toIso(record.resolvedAt!), dueAt: toIso(dueAt) })),
        followUps: due.followUps,
        followUpsTotal: due.total,
      };
    },

    'testimonials.list': ({ at }) => {
      const upTo = instant(at);
      return { at: toIso(upTo), ...followUps(upTo) };
    },

    'testimonials.followUp': ({ id, template, body }) => {
      const agent = sessionAgent(repos, deps.prefs);
      if (!agent) throw new AppError('forbidden', 'choose who you are first: a testimonial follow-up is recorded in your name');
      return deps.uow.run(() => {
        const now = deps.clock.now();
        const c = repos.cases.get(id);
        if (!c) throw new AppError('not_found', `testimonials.followUp: id: no case with id ${JSON.stringify(id)}`);
        if (c.status !== 'pending_closure') {
          throw new AppError('invalid_input', `testimonials.followUp: id: ${c.key} is ${CASE_STATUS_LABELS[c.status]}, not Pending Closure: only a case due to close gets a testimonial follow-up`);
        }
        // Read under the write lock: the case is due now and still a candidate.
        const due = dueCases(repos, deps.sla.timeZone(), now).find((d) => d.id === id);
        if (!due) {
          const when = c.resolvedAt == null ? 'it has no resolution email date' : 'it is not due to close yet';
          throw new AppError('invalid_input', `testimonials.followUp: id: ${c.key} is not in the Testimonial follow-ups list: ${when}`);
        }
        if (due.reason === null) {
          throw new AppError('invalid_input', `testimonials.followUp: id: ${c.key} is not a testimonial candidate (not marked possible testimonial, no happy chat): it closes automatically`);
        }
        if (template === null && body !== undefined) {
          throw new AppError('invalid_input', 'testimonials.followUp: body: no template chosen ("None"): there is no message to record');
        }
        let text: string | null = null;
        if (template !== null) {
          text = (body ?? draftsOf(c).find((d) => d.template === template)!.body).trim();
          if (text === '') throw new AppError('invalid_input', 'testimonials.followUp: body: is empty: write the message first');
          if (blanksIn(text) > 0) throw new AppError('invalid_input', `testimonials.followUp: body: fill in the blanks shown as ${MISSING_MARK} first`);
        }
        if (!checkTransition(c.status, 'closed', 'closure').ok) throw new AppError('invalid_input', `testimonials.followUp: id: ${c.key} cannot be closed`);
        const events: EventRecord[] = [];
        if (text !== null) events.push({ caseId: id, at: now, kind: 'public_reply', by: agent.id, body: text, from: null, to: null, extra: { template } });
        events.push({
          caseId: id,
          at: now,
          kind: 'status',
          by: agent.id,
          body: template === null ? 'Closed after the testimonial follow-up: no request sent' : `Closed after the testimonial follow-up: ${TEMPLATE_WORDS[template]} sent`,
          from: c.status,
          to: 'closed',
          extra: { closure: 'testimonial_follow_up' },
        });
        repos.cases.upsert({ ...c, status: 'closed' });
        appendEvents(repos.events, events);
        return { id, key: c.key, status: 'closed' as const, template, body: text };
      });
    },
  };
}
