import type { Output } from '../../../shared/contract/index';
import type { Repositories } from '../db/repositories/types';
import type { UnitOfWork } from '../db/unitOfWork';
import { newToken } from '../token';

/**
 * The local intake endpoint's workspace settings (`docs/intake.md`): the token phone and chat
 * systems send (generated once per workspace, never exported), and where the endpoint last
 * listened, announced by the face that runs it (desktop or browser mode) so that `intake.info`
 * and the CLI's `intake-info` can tell an admin the address, and the next start reuses the port.
 */
export const INTAKE_SETTING = { token: 'intake_token', endpoint: 'intake_endpoint' } as const;

interface StoredEndpoint {
  url: string;
  port: number;
  running: boolean;
  /** The process that runs it (a crashed app leaves `running` set: the pid tells). */
  pid: number | null;
}

/** What a face needs to run the endpoint: the token to check and the port to try, and where to report. */
export interface IntakeEndpointPort {
  /** The workspace's token (created on first use) and the port the endpoint last listened on. */
  credentials(): { token: string; port: number | null };
  /** The endpoint now listens at `url` (`null`: it stopped). */
  announce(running: { url: string; port: number } | null): void;
  /**
   * Replaces the workspace's token with a new one (`intake-info --rotate`, when the old one leaked).
   * Endpoints check every request against the stored token, so the old one stops working at once,
   * in every process running this workspace.
   */
  rotateToken(): void;
}

function processAlive(pid: number | null): boolean {
  if (pid === null) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function intakeEndpointSettings(repos: Repositories, uow: UnitOfWork): IntakeEndpointPort & { info(): Output<'intake.info'> } {
  const stored = () => {
    const value = repos.settings.get<string>(INTAKE_SETTING.token);
    return typeof value === 'string' && value.length >= 32 ? value : undefined;
  };
  // Read on every request of the endpoint: written (under the write lock) only the first time.
  const token = (): string =>
    stored() ??
    uow.run(() => {
      const again = stored();
      if (again !== undefined) return again;
      const created = newToken();
      repos.settings.set(INTAKE_SETTING.token, created);
      return created;
    });
  const endpoint = (): StoredEndpoint | undefined => {
    const stored = repos.settings.get<StoredEndpoint>(INTAKE_SETTING.endpoint);
    return stored && typeof stored.url === 'string' && typeof stored.port === 'number' ? stored : undefined;
  };
  return {
    credentials: () => ({ token: token(), port: endpoint()?.port ?? null }),
    rotateToken: () => void uow.run(() => repos.settings.set(INTAKE_SETTING.token, newToken())),
    announce(running) {
      uow.run(() => {
        const last = endpoint();
        if (running) repos.settings.set(INTAKE_SETTING.endpoint, { url: running.url, port: running.port, running: true, pid: process.pid });
        else if (last && last.pid === process.pid) repos.settings.set(INTAKE_SETTING.endpoint, { ...last, running: false, pid: null });
      });
    },
    info() {
      const last = endpoint();
      return { url: last?.url ?? null, token: token(), running: last !== undefined && last.running && processAlive(last.pid), port: last?.port ?? null };
    },
  };
}
