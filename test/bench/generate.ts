/**
 * Writes a large workspace file for benchmarks.
 *   npx tsx test/bench/generate.ts --cases 50000 [--seed 1] [--now 2026-03-03T16:00:00Z] --out FILE
 * Without --now the file looks live at the current minute (the only reading of the wall clock,
 * so pass --now for byte-identical files). Exit codes: 0 ok, 2 bad arguments.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateWorkspace } from './generateWorkspace';

const USAGE = 'usage: npx tsx test/bench/generate.ts --cases N [--seed S] [--now ISO-INSTANT] --out FILE';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function main(): void {
  let values: { cases?: string; seed?: string; now?: string; out?: string };
  try {
    ({ values } = parseArgs({
      options: { cases: { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    fail((err as Error).message);
  }
  if (values.cases === undefined) fail('--cases is required');
  if (values.out === undefined) fail('--out is required');
  const cases = Number(values.cases);
  if (!/^\d+$/.test(values.cases) || !Number.isSafeInteger(cases)) fail(`--cases: expected a whole number, got ${JSON.stringify(values.cases)}`);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (values.seed !== undefined && !/^-?\d+$/.test(values.seed)) fail(`--seed: expected a whole number, got ${JSON.stringify(values.seed)}`);
  const now = values.now === undefined ? Math.floor(Date.now() / 60_000) * 60_000 : Date.parse(values.now);
  if (Number.isNaN(now) || (values.now !== undefined && !/T.*(Z|[+-]\d{2}:\d{2})$/.test(values.now))) {
    fail(`--now: expected an ISO 8601 instant with offset (2026-03-03T16:00:00Z), got ${JSON.stringify(values.now)}`);
  }

  const started = performance.now();
  const file = generateWorkspace({ cases, seed, now });
  const text = JSON.stringify(file);
  writeFileSync(values.out, text);
  const f = file as { cases: unknown[]; events: unknown[]; interactions: unknown[] };
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `wrote ${values.out}: ${f.cases.length} cases, ${f.events.length} events, ${f.interactions.length} interactions, ` +
      `${(text.length / 1e6).toFixed(1)} MB in ${seconds} s (seed ${seed}, now ${new Date(now).toISOString()})`,
  );
}

main();
