import { parseArgs } from 'node:util';

export interface ServeArgs {
  db: string | null;
  port: number;
  /** `--clock-start INSTANT`: the server's clock starts there and runs forward (tests, demos). */
  clockStart: number | null;
  /** `--test-clock`: end-to-end tests also move the clock forward, by `advance MS` lines on stdin (testClock.ts). */
  testClock: boolean;
}

/** `npm run serve -- [--db FILE] [--port N] [--clock-start INSTANT] [--test-clock]`; throws a plain Error naming the bad argument. */
export function parseServeArgs(argv: string[]): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, port: { type: 'string' }, 'clock-start': { type: 'string' }, 'test-clock': { type: 'boolean' } },
    allowPositionals: false,
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: expected a port number 0-65535, got ${JSON.stringify(values.port)}`);
  }
  const start = values['clock-start'];
  const clockStart = start === undefined ? null : Date.parse(start);
  if (clockStart !== null && Number.isNaN(clockStart)) {
    throw new Error(`--clock-start: expected an ISO 8601 instant, got ${JSON.stringify(start)}`);
  }
  return { db: values.db ?? null, port, clockStart, testClock: values['test-clock'] ?? false };
}
