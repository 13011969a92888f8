import type { Core } from '../core/ports';
import { startIntakeServer, type RunningIntakeServer } from './server';

export { INTAKE_MAX_BODY_BYTES, INTAKE_PATH, bearerToken, startIntakeServer, type RunningIntakeServer } from './server';

/** `SHIFTDESK_INTAKE_PORT`: a fixed port for the intake endpoint, or `off` to not run it. */
export const INTAKE_PORT_ENV = 'SHIFTDESK_INTAKE_PORT';

/**
 * The configured port: a number (0 = any free port), `off` (null: do not run it), or undefined
 * (not configured: the port the workspace's endpoint used last, else any). Throws for anything else.
 */
export function intakePortSetting(value: string | undefined): number | null | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (value.trim().toLowerCase() === 'off') return null;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${INTAKE_PORT_ENV}: expected a port number 0-65535 or "off", got ${JSON.stringify(value)}`);
  }
  return port;
}

/**
 * Runs the intake endpoint of the workspace `core` is open on (desktop and browser mode): on the
 * configured port; else on the port it used last, so the phone system's setting keeps working
 * (any free port if that one is taken now); and tells the core where it listens (`intake.info`).
 * `close()` reports it stopped; call it before closing the core.
 */
export async function startWorkspaceIntake(core: Pick<Core, 'dispatch' | 'intake'>, options: { port?: number } = {}): Promise<RunningIntakeServer> {
  const serve = (port: number) => startIntakeServer({ dispatch: core.dispatch, token: () => core.intake.credentials().token, port });
  const remembered = core.intake.credentials().port;
  let server: RunningIntakeServer;
  if (options.port !== undefined) server = await serve(options.port);
  else if (remembered !== null) {
    server = await serve(remembered).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EADDRINUSE' && err.code !== 'EACCES') throw err;
      console.warn(`Shiftdesk: intake port ${remembered} is taken; the endpoint moves to a free port (see intake-info)`);
      return serve(0);
    });
  } else server = await serve(0);
  core.intake.announce({ url: server.url, port: server.port });
  return {
    ...server,
    async close() {
      core.intake.announce(null);
      await server.close();
    },
  };
}

/**
 * For a face's start-up: starts the endpoint in the background per `SHIFTDESK_INTAKE_PORT` (`env`),
 * logging (not throwing) when it cannot, and returns `stop()` for shutdown, which is safe to call
 * before the start finished (call it before closing the core). `onStarted` gets the running endpoint.
 */
export function runWorkspaceIntake(
  core: Pick<Core, 'dispatch' | 'intake'>,
  env: Record<string, string | undefined>,
  onStarted?: (server: RunningIntakeServer) => void,
): { stop(): void } {
  let stopped = false;
  let running: RunningIntakeServer | null = null;
  let port: number | null | undefined;
  try {
    port = intakePortSetting(env[INTAKE_PORT_ENV]);
  } catch (err) {
    console.warn(`Shiftdesk: the intake endpoint is off: ${(err as Error).message}`);
    port = null;
  }
  if (port !== null) {
    startWorkspaceIntake(core, port === undefined ? {} : { port }).then(
      (server) => {
        // Stopped while starting (the app quit at once): close it; the core may already be closed.
        if (stopped) return void server.close().catch(() => {});
        running = server;
        onStarted?.(server);
      },
      (err: unknown) => console.warn(`Shiftdesk: the intake endpoint could not start: ${err instanceof Error ? err.message : String(err)}`),
    );
  }
  return {
    stop() {
      stopped = true;
      running?.close().catch((err: unknown) => console.warn('Shiftdesk: closing the intake endpoint failed:', err));
      running = null;
    },
  };
}
