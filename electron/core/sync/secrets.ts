import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * Where the help desk's token lives (issue 13): never in the workspace database, logs or exports.
 * The desktop app keeps it with Electron `safeStorage` (electron/main/secrets.ts); browser mode and
 * the CLI in a file beside the workspace readable only by its owner (`<workspace>.rt-token`, mode
 * 0600). Whichever store, `SHIFTDESK_RT_TOKEN` in the environment or a connection's own token file
 * (`shiftdesk connect rt --token-file`) comes first.
 */
export interface SecretStore {
  read(): string | null;
  write(token: string): void;
  remove(): void;
  /** Where it is kept, in words (never the token). */
  where: string;
}

/** A file readable only by its owner. */
export function fileSecretStore(path: string): SecretStore {
  return {
    read: () => (existsSync(path) ? readOwnerOnly(path) : null),
    write: (token) => {
      writeFileSync(path, `${token}\n`, { mode: 0o600 });
      chmodSync(path, 0o600);
    },
    remove: () => rmSync(path, { force: true }),
    where: `the file ${path}`,
  };
}

export class TokenUnreadable extends Error {}

/** The token in a file, refused when others may read the file (a token is a password). */
export function readOwnerOnly(path: string): string {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    throw new TokenUnreadable(`the token file ${path} does not exist`);
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new TokenUnreadable(`the token file ${path} is readable by others: make it private (chmod 600 ${path})`);
  }
  const token = readFileSync(path, 'utf8').trim();
  if (token === '') throw new TokenUnreadable(`the token file ${path} is empty`);
  return token;
}

export const TOKEN_ENV = 'SHIFTDESK_RT_TOKEN';

/** The token to use and where it came from: the environment, the connection's file, else the store. */
export function resolveToken(store: SecretStore, tokenFile: string | null, env: NodeJS.ProcessEnv = process.env): { token: string | null; where: string | null; problem: string | null } {
  const fromEnv = env[TOKEN_ENV]?.trim();
  if (fromEnv) return { token: fromEnv, where: `the environment variable ${TOKEN_ENV}`, problem: null };
  try {
    if (tokenFile) return { token: readOwnerOnly(tokenFile), where: `the file ${tokenFile}`, problem: null };
    const token = store.read();
    return { token, where: token ? store.where : null, problem: token ? null : 'no token yet: connect again with the RT auth token' };
  } catch (err) {
    return { token: null, where: tokenFile ? `the file ${tokenFile}` : store.where, problem: (err as Error).message };
  }
}
