import type { CaseDetail, Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { fillTemplate } from '../../../shared/templates/fill';
import { casesService } from './cases';
import type { ServiceDeps } from './deps';
import { sessionAgent } from './session';
import { templateLinksOf, templateOf } from './workflowSettings';

type CaseDraftHandlers = Pick<Handlers, 'cases.draft' | 'cases.replyMany'>;

/**
 * Templates in the composer and the bulk check-in (issue 11, `workflow.md` "Templates"): `cases.draft`
 * fills a template in force from the case, and `cases.replyMany` records one public reply per case,
 * each exactly as `cases.reply` records it, all in one unit of work.
 */
export function caseDraftsService(deps: ServiceDeps): CaseDraftHandlers {
  const { repos } = deps;
  const cases = casesService(deps);

  return {
    'cases.draft': ({ id, template: name, phrase, fillIns }) => {
      const c = repos.cases.get(id);
      if (!c) throw new AppError('not_found', `no case with id ${JSON.stringify(id)}`);
      const contact = c.reporterId ? repos.contacts.get(c.reporterId) : undefined;
      const organization = c.organizationId ? repos.organizations.get(c.organizationId) : undefined;
      const template = templateOf(repos, name);
      const filled = fillTemplate(template, {
        case: { key: c.key, subject: c.subject, type: c.type, priority: c.priority },
        contact: contact ? { name: contact.name } : null,
        organization: organization ? { name: organization.name } : null,
        // As the CLI always did: without an agent chosen, the sign-off is the team's.
        agent: { name: sessionAgent(repos, deps.prefs)?.name ?? 'Support' },
        phrase: phrase ?? null,
        fillIns: { ...(fillIns?.item !== undefined && { item: fillIns.item }), ...(fillIns?.resolution !== undefined && { resolution: fillIns.resolution }) },
        links: templateLinksOf(repos),
      });
      return { template: name, title: template.title, subject: filled.subject, body: filled.body, missing: [...filled.missing] };
    },
    'cases.replyMany': ({ replies }) => {
      const seen = new Map<string, number>();
      replies.forEach((r, i) => {
        const first = seen.get(r.id);
        if (first !== undefined) {
          const key = repos.cases.get(r.id)?.key ?? r.id;
          throw new AppError('invalid_input', `cases.replyMany: replies[${i}]: ${key} is already replied to in replies[${first}]: one reply per case`);
        }
        seen.set(r.id, i);
      });
      // One unit of work: each reply runs cases.reply's own rules inside it (a nested run joins this
      // one), so one refusal rolls every reply back.
      return deps.uow.run(() => ({
        cases: replies.map((reply, i) => {
          try {
            // cases.reply is synchronous (better-sqlite3): it answers the case as it left it.
            const after = cases['cases.reply'](reply) as CaseDetail;
            return { id: after.id, key: after.key, status: after.status };
          } catch (err) {
            if (err instanceof AppError) throw new AppError(err.code, `cases.replyMany: replies[${i}]: ${err.message.replace(/^cases\.reply: /, '')}`);
            throw err;
          }
        }),
      }));
    },
  };
}
