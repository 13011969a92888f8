import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { readOwnerOnly } from '../core/sync/secrets';
import { QUEUE_VIEWS, type QueueView } from '../../shared/domain/vocab';
import { AppError, QUEUE_PAGE_MAX, type Input, type MethodName, type Output, type WorkItem } from '../../shared/contract/index';
import { fixedClock, type Clock } from '../../shared/time/clock';
import { parseIso, toIso } from '../../shared/time/instant';
import type { Core, CoreOptions } from '../core/ports';
import { PREF_AGENT_ID } from '../core/services/deps';
import { queueTable } from './format';
import { runBackup, runRestore } from './backup';
import { caseActionLine, caseIdOf, caseText, parseStatus, parseTemplateName, templateReply, type CaseCall } from './caseCommands';
import { runCaseLink, runCaseSplit } from './caseLinkCommands';
import { caseNewNotice, caseNewPayload } from './caseNew';
import { chatReportText } from './report';
import { sweepPreviewText } from './sweep';
import { tickText } from './tick';
import { parseAgentStatus, statusLine } from './status';
import { checklistText } from './checklist';
import { handoffText } from './handoff';
import { passText, syncStatusText } from './sync';
import { USAGE } from './usage';

/**
 * The command line (`interchange.md` "Command line"): the same core, headless.
 * Everything it touches comes in through `CliIo`, so tests run it in-process.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Shows how far a long job is on one line that rewrites itself (a terminal only; null clears it).
   * Absent when stderr is not a terminal: a script's output stays clean.
   */
  progress?(line: string | null): void;
  /** The job worker for `createCore` (the built `worker.js`); absent: jobs run on the CLI's thread. */
  worker?: CoreOptions['worker'];
  defaultDbPath(): string;
  systemClock: Clock;
  createCore(options: CoreOptions): Core;
  memoryPrefs(initial?: Record<string, unknown>): CoreOptions['prefs'];
}

/** Bad input (exit 2), as opposed to a runtime failure (exit 1). */
class UsageError extends Error {}

const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        view: { type: 'string' },
        agent: { type: 'string' },
        at: { type: 'string' },
        day: { type: 'string' },
        // handoff
        from: { type: 'string' },
        to: { type: 'string' },
        // case new
        type: { type: 'string' },
        subject: { type: 'string' },
        org: { type: 'string' },
        contact: { type: 'string' },
        priority: { type: 'string' },
        'from-interaction': { type: 'string' },
        // case reply | note | status
        body: { type: 'string' },
        by: { type: 'string' },
        template: { type: 'string' },
        phrase: { type: 'string' },
        // case link | split
        kind: { type: 'string' },
        as: { type: 'string' },
        rotate: { type: 'boolean', default: false },
        // sync | connect rt
        once: { type: 'boolean', default: false },
        url: { type: 'string' },
        queue: { type: 'string', multiple: true },
        'token-file': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function atInstant(at: string | undefined): number | null {
  if (at === undefined) return null;
  try {
    return parseIso(at);
  } catch {
    throw new UsageError(`--at: expected an ISO 8601 instant such as 2026-03-02T17:00:00Z, got ${JSON.stringify(at)}`);
  }
}

function queueView(view: string | undefined): QueueView {
  if (view === undefined) return 'all';
  if ((QUEUE_VIEWS as readonly string[]).includes(view)) return view as QueueView;
  throw new UsageError(`--view: expected one of ${QUEUE_VIEWS.join(', ')}, got ${JSON.stringify(view)}`);
}

async function call<M extends MethodName>(core: Core, method: M, payload: Input<M>): Promise<Output<M>> {
  const result = await core.dispatch(method, payload);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as Output<M>;
}

/** The token in a file readable only by its owner, or bad input saying why not. */
function readTokenFile(path: string): string {
  try {
    return readOwnerOnly(path);
  } catch (err) {
    throw new UsageError(`--token-file: ${(err as Error).message}`);
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let core: Core | null = null;
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      (command === undefined && !values.help ? io.stderr : io.stdout)(USAGE);
      return command === undefined && !values.help ? EXIT.badInput : EXIT.ok;
    }
    const at = atInstant(values.at);
    const view = queueView(values.view);
    const open = (prefs: Record<string, unknown> = {}) =>
      (core = io.createCore({
        dbPath: values.db ?? io.defaultDbPath(),
        clock: at === null ? io.systemClock : fixedClock(at),
        prefs: io.memoryPrefs(prefs),
        watchExternalChanges: false,
        ...(io.worker && { worker: io.worker }),
        // The CLI reads and imports; SLA alerts and the sweep are for the app an agent keeps open
        // (`sweep` is a dry run through `sweep.preview`).
        alerts: false,
        sweep: false,
      }));

    /** `case show|reply|note|status KEY ...`, as the agent of `--by` (default: this device's). */
    const runCaseAction = async (sub: string | undefined, args: string[]): Promise<number> => {
      const [key, ...more] = args;
      if (sub !== 'show' && sub !== 'reply' && sub !== 'note' && sub !== 'status' && sub !== 'link' && sub !== 'split') {
        throw new UsageError(`case: expected new, show, reply, note, status, link or split, got ${sub === undefined ? 'nothing' : JSON.stringify(sub)}`);
      }
      if (!key) throw new UsageError(`case ${sub}: expected the case KEY`);
      if (more.length > (sub === 'status' || sub === 'link' ? 1 : 0)) throw new UsageError(`case ${sub}: unexpected argument ${JSON.stringify(more.at(-1))}`);
      const c = open(values.by ? { [PREF_AGENT_ID]: values.by } : {});
      await c.ready();
      if (values.by && !(await call(c, 'agents.list', {})).some((a) => a.id === values.by)) {
        throw new UsageError(`--by: no agent with id ${JSON.stringify(values.by)}`);
      }
      const caseCall: CaseCall = (method, payload) => call(c, method, payload);
      if (sub === 'link') {
        const text = await runCaseLink(caseCall, key, more[0], values.kind);
        io.stdout(values.json ? JSON.stringify(await call(c, 'cases.get', { id: await caseIdOf(caseCall, key) }), null, 2) : text);
        return EXIT.ok;
      }
      if (sub === 'split') {
        const { created, text } = await runCaseSplit(caseCall, key, { type: values.type, subject: values.subject, priority: values.priority, as: values.as });
        io.stdout(values.json ? JSON.stringify(created, null, 2) : text);
        return EXIT.ok;
      }
      const id = await caseIdOf((method, payload) => call(c, method, payload), key);
      const template = sub === 'reply' && values.template !== undefined ? parseTemplateName(values.template) : undefined;
      const body = async () => {
        if (values.body !== undefined) return values.body;
        if (template) return templateReply(caseCall, id, template, values.phrase);
        throw new UsageError(`case ${sub}: expected --body TEXT${sub === 'reply' ? ' or --template NAME' : ''}`);
      };
      const detail =
        sub === 'show'
          ? await call(c, 'cases.get', { id })
          : sub === 'status'
            ? await call(c, 'cases.setStatus', { id, status: parseStatus(more[0]) })
            : sub === 'reply'
              ? await call(c, 'cases.reply', { id, body: await body(), ...(template && { template }) })
              : await call(c, 'cases.note', { id, body: await body() });
      io.stdout(values.json ? JSON.stringify(detail, null, 2) : sub === 'show' ? caseText(detail) : `${detail.key}: ${caseActionLine(sub, detail)}`);
      return EXIT.ok;
    };

    switch (command) {
      case 'import': {
        const [file, ...extra] = rest;
        if (!file || extra.length) throw new UsageError('import: expected exactly one FILE');
        const c = open();
        showProgress(c, io);
        const summary = await c.importFile(file);
        if (values.json) io.stdout(JSON.stringify(summary, null, 2));
        else io.stdout(importLine(file, summary));
        return EXIT.ok;
      }
      case 'export': {
        const [file, ...extra] = rest;
        if (extra.length) throw new UsageError('export: expected at most one FILE');
        const c = open();
        showProgress(c, io);
        if (file) await c.exportFile(file);
        else io.stdout((await call(c, 'workspace.export', {})).content.replace(/\n$/, ''));
        return EXIT.ok;
      }
      case 'queue': {
        if (rest.length) throw new UsageError(`queue: unexpected argument ${JSON.stringify(rest[0])}`);
        const c = open(values.agent ? { [PREF_AGENT_ID]: values.agent } : {});
        showProgress(c, io);
        await c.ready();
        if (values.agent) {
          const agents = await call(c, 'agents.list', {});
          if (!agents.some((a) => a.id === values.agent)) throw new UsageError(`--agent: no agent with id ${JSON.stringify(values.agent)}`);
        }
        const items: WorkItem[] = [];
        let total = Infinity;
        while (items.length < total) {
          const page = await call(c, 'queue.list', { view, offset: items.length, limit: QUEUE_PAGE_MAX });
          total = page.total;
          items.push(...page.items);
          if (page.items.length === 0) break;
        }
        const now = at ?? io.systemClock.now();
        if (values.json) io.stdout(JSON.stringify({ at: toIso(now), view, total, items }, null, 2));
        else io.stdout(items.length ? queueTable(items, now, { lastSent: view === 'aging' }) : `The ${view} queue is empty.`);
        return EXIT.ok;
      }
      case 'intake-info': {
        if (rest.length) throw new UsageError(`intake-info: unexpected argument ${JSON.stringify(rest[0])}`);
        const c = open();
        if (values.rotate) c.intake.rotateToken();
        const info = await call(c, 'intake.info', {});
        if (values.json) io.stdout(JSON.stringify(info, null, 2));
        else io.stdout(intakeInfoText(info));
        return EXIT.ok;
      }
      case 'sweep': {
        if (rest.length) throw new UsageError(`sweep: unexpected argument ${JSON.stringify(rest[0])}`);
        const c = open(values.agent ? { [PREF_AGENT_ID]: values.agent } : {});
        showProgress(c, io);
        await c.ready();
        if (values.agent && !(await call(c, 'agents.list', {})).some((a) => a.id === values.agent)) {
          throw new UsageError(`--agent: no agent with id ${JSON.stringify(values.agent)}`);
        }
        const { sweep } = await call(c, 'sweep.preview', {});
        io.stdout(values.json ? JSON.stringify(sweep, null, 2) : sweepPreviewText(sweep));
        return EXIT.ok;
      }
      case 'tick': {
        // What the app's closure scheduler would have run by --at (default now): closes what came due.
        if (rest.length) throw new UsageError(`tick: unexpected argument ${JSON.stringify(rest[0])}`);
        const c = open();
        showProgress(c, io);
        await c.ready();
        const run = await call(c, 'closure.run', {});
        io.stdout(values.json ? JSON.stringify(run, null, 2) : tickText(run));
        return EXIT.ok;
      }
      case 'checklist': {
        // An agent's daily checklist (docs/checklist.md); today's is made from the template on its first read.
        if (rest.length) throw new UsageError(`checklist: unexpected argument ${JSON.stringify(rest[0])}`);
        const c = open(values.agent ? { [PREF_AGENT_ID]: values.agent } : {});
        await c.ready();
        const day = await call(c, 'checklist.today', { ...(values.agent !== undefined && { agentId: values.agent }), ...(values.day !== undefined && { day: values.day }) });
        io.stdout(values.json ? JSON.stringify(day, null, 2) : checklistText(day));
        return EXIT.ok;
      }
      case 'status': {
        // An agent's status (docs/roles.md): --by acts as that agent (default: this device's); only a lead sets a colleague's.
        const [word, ...extra] = rest;
        if (extra.length) throw new UsageError(`status: unexpected argument ${JSON.stringify(extra[0])}`);
        if (values.agent === undefined) throw new UsageError('status: --agent ID is required (whose status)');
        const status = parseAgentStatus(word);
        if (typeof status !== 'string') throw new UsageError(status.error);
        const c = open(values.by ? { [PREF_AGENT_ID]: values.by } : {});
        await c.ready();
        const agents = await call(c, 'agents.list', {});
        if (values.by && !agents.some((a) => a.id === values.by)) throw new UsageError(`--by: no agent with id ${JSON.stringify(values.by)}`);
        const before = agents.find((a) => a.id === values.agent);
        if (!before) throw new UsageError(`--agent: no agent with id ${JSON.stringify(values.agent)}`);
        const agent = await call(c, 'agents.setStatus', { agentId: before.id, status });
        io.stdout(values.json ? JSON.stringify(agent, null, 2) : statusLine(agent, before.status));
        return EXIT.ok;
      }
      case 'handoff': {
        // The handoff sheet of an agent's leave (docs/handoff.md): read only; a lead approves it in the app.
        if (rest.length) throw new UsageError(`handoff: unexpected argument ${JSON.stringify(rest[0])}`);
        if (values.agent === undefined) throw new UsageError('handoff: --agent ID is required (who goes on leave)');
        if (values.from === undefined || values.to === undefined) throw new UsageError('handoff: --from DATE and --to DATE are required (the leave, YYYY-MM-DD in the agent\'s zone)');
        const c = open();
        await c.ready();
        const result = await c.dispatch('handoff.sheet', { agentId: values.agent, from: values.from, to: values.to, ...(at !== null && { at: toIso(at) }) });
        if (!result.ok) {
          // A bad window or an unknown agent is bad input.
          if (result.error.code === 'invalid_input' || result.error.code === 'not_found') throw new UsageError(result.error.message.replace(/^handoff\.sheet: (agentId|from|to)/, (_m, f: string) => (f === 'agentId' ? '--agent' : `--${f}`)));
          throw new AppError(result.error.code, result.error.message);
        }
        io.stdout(values.json ? JSON.stringify(result.value, null, 2) : handoffText(result.value as Output<'handoff.sheet'>));
        return EXIT.ok;
      }
      case 'sync': {
        // The help-desk sync (docs/sync.md): one pass now, or the indicator in words.
        const [sub, ...extra] = rest;
        if (extra.length || (sub !== undefined && sub !== 'status')) throw new UsageError(`sync: expected --once or "status", got ${JSON.stringify([sub, ...extra].join(' '))}`);
        if (sub === undefined && !values.once) throw new UsageError('sync: expected --once (one pass: pull, then send) or "sync status"');
        const c = open();
        await c.ready();
        if (sub === 'status') {
          const s = await call(c, 'sync.status', {});
          io.stdout(values.json ? JSON.stringify(s, null, 2) : syncStatusText(s));
          return EXIT.ok;
        }
        const before = await call(c, 'sync.status', {});
        if (!before.connection) throw new UsageError('sync: not connected to a help desk (shiftdesk connect rt --url URL --queue NAME --token-file FILE)');
        const pass = await c.sync.pass();
        const after = await call(c, 'sync.status', {});
        io.stdout(values.json ? JSON.stringify({ pass, status: after }, null, 2) : passText(pass, after));
        return pass.error ? EXIT.failure : EXIT.ok;
      }
      case 'connect': {
        // Connects the workspace to an RT queue (docs/sync.md); the token stays in its file or the environment.
        const [system, ...extra] = rest;
        if (system !== 'rt') throw new UsageError(`connect: expected "rt" (Request Tracker), got ${system === undefined ? 'nothing' : JSON.stringify(system)}`);
        if (extra.length) throw new UsageError(`connect rt: unexpected argument ${JSON.stringify(extra[0])}`);
        if (values.url === undefined) throw new UsageError('connect rt: --url URL is required (RT\'s address, e.g. https://rt.example.com)');
        if (!values.queue?.length) throw new UsageError('connect rt: --queue NAME is required (an RT queue to follow; repeat it for more)');
        const tokenFile = values['token-file'];
        if (tokenFile === undefined && !process.env.SHIFTDESK_RT_TOKEN) throw new UsageError('connect rt: give --token-file FILE (readable only by you) or set SHIFTDESK_RT_TOKEN');
        const c = open();
        await c.ready();
        const agents = await call(c, 'agents.list', {});
        const by = values.by ?? agents.find((a) => a.role === 'lead')?.id;
        if (by === undefined || !agents.some((a) => a.id === by)) throw new UsageError(values.by ? `--by: no agent with id ${JSON.stringify(values.by)}` : 'connect rt: the workspace has no lead to connect it (--by LEAD_ID)');
        await call(c, 'session.setAgent', { agentId: by });
        const test = await call(c, 'sync.test', { url: values.url, queues: values.queue, ...(tokenFile === undefined ? { token: process.env.SHIFTDESK_RT_TOKEN! } : { token: readTokenFile(tokenFile) }) });
        if (!test.ok) throw new AppError('invalid_input', `connect rt: ${test.message}`);
        const s = await call(c, 'sync.connect', { url: values.url, queues: values.queue, ...(tokenFile !== undefined && { tokenFile: resolvePath(tokenFile) }) });
        io.stdout(values.json ? JSON.stringify(s, null, 2) : `${test.message}.\n${syncStatusText(s)}`);
        return EXIT.ok;
      }
      case 'report': {
        const [what, ...extra] = rest;
        if (what !== 'chats') throw new UsageError(`report: expected "chats", got ${what === undefined ? 'nothing' : JSON.stringify(what)}`);
        if (extra.length) throw new UsageError(`report chats: unexpected argument ${JSON.stringify(extra[0])}`);
        if (values.day === undefined) throw new UsageError('report chats: --day DATE is required (YYYY-MM-DD, a day in the team time zone)');
        const c = open();
        const report = await call(c, 'reports.chats', { day: values.day, ...(values.agent !== undefined && { agentId: values.agent }) });
        io.stdout(values.json ? JSON.stringify(report, null, 2) : chatReportText(report));
        return EXIT.ok;
      }
      case 'case': {
        const [sub, ...extra] = rest;
        if (sub !== 'new') return await runCaseAction(sub, extra);
        if (extra.length) throw new UsageError(`case new: unexpected argument ${JSON.stringify(extra[0])}`);
        const payload = caseNewPayload(values);
        const c = open();
        const created = await call(c, 'cases.create', payload);
        io.stdout(values.json ? JSON.stringify(created, null, 2) : created.case.key);
        const notice = values.json ? null : caseNewNotice(created);
        if (notice) io.stderr(notice);
        return EXIT.ok;
      }
      case 'backup':
      case 'restore': {
        const dbPath = values.db ?? io.defaultDbPath();
        const context = { dbPath, json: values.json, clock: io.systemClock, stdout: io.stdout, ...(io.progress && { progress: io.progress }) };
        await (command === 'backup' ? runBackup : runRestore)(rest, context);
        return EXIT.ok;
      }
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`shiftdesk: ${err.message}\n\n${USAGE}`);
      return EXIT.badInput;
    }
    if (err instanceof AppError && err.code === 'invalid_input') {
      io.stderr(`shiftdesk: ${err.message}`);
      return EXIT.badInput;
    }
    io.stderr(`shiftdesk: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.failure;
  } finally {
    io.progress?.(null);
    await (core as Core | null)?.close();
  }
}

/** A long job's progress on the terminal's line: "Importing a workspace: reading the file 42 %". */
function showProgress(core: Core, io: CliIo): void {
  const show = io.progress;
  if (!show) return;
  core.on('progress', (p) => {
    if (p.state !== 'running') return show(null);
    const step = p.phase ? `: ${p.phase.toLowerCase()}` : '';
    const share = p.total > 0 ? ` ${Math.floor((100 * p.done) / p.total)} %` : '';
    show(`${p.label}${step}${share}`);
  });
}

/** `intake-info` for a person: where the phone or chat system sends events, and the token it sends. */
function intakeInfoText(info: Output<'intake.info'>): string {
  const where =
    info.url === null
      ? 'URL:   (not yet known: start the app or browser mode on this workspace once; it picks a port and keeps it)'
      : `URL:   ${info.url}${info.running ? '' : '  (not running now: start the app or browser mode)'}`;
  return [where, `Token: ${info.token}`, 'Send:  POST JSON with the header "Authorization: Bearer <token>" (docs/intake.md)'].join('\n');
}

function importLine(file: string, summary: Output<'workspace.import'>): string {
  const parts = Object.entries(summary.written)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table}`);
  return parts.length ? `Imported ${file}: wrote ${parts.join(', ')}.` : `Imported ${file}: nothing changed (already up to date).`;
}
