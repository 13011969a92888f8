import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folder boundaries of DESIGN.md are lint rules (eslint.config.js, path zones): a forbidden
 * import fails `npm run lint`. Each case lints one small snippet at a virtual path of the repo
 * (nothing is written); the imports point at real files, since the zone rule checks resolved paths.
 */
const root = resolve(import.meta.dirname, '../..');
const ZONE_RULE = 'import-x/no-restricted-paths';
const eslint = new ESLint({ cwd: root });

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const importing = (from: string) => `import * as other from '${from}';\nexport const used = other;\n`;

describe('lint keeps the folders apart', { timeout: 60_000 }, () => {
  it.each([
    ['the renderer importing the core', 'renderer/features/probe/probe.ts', '../../../electron/core/index'],
    ['shared importing the renderer', 'shared/domain/probe.ts', '../../renderer/api/index'],
    ['the core importing electron/main', 'electron/core/probe.ts', '../main/index'],
    ['browser mode importing electron/main', 'electron/serve/probe.ts', '../main/index'],
    ['the preload importing shared beyond the contract', 'electron/preload/probe.ts', '../../shared/domain/vocab'],
  ])('%s fails lint', async (_case, filePath, from) => {
    const messages = await lint(filePath, importing(from));
    expect(messages).toContainEqual({ ruleId: ZONE_RULE, message: expect.stringContaining(`"${from}"`) });
  });

  it('a type-only import across a boundary fails too', async () => {
    const messages = await lint('shared/domain/probe.ts', "import type { ApiClient } from '../../renderer/api/index';\nexport type Used = ApiClient;\n");
    expect(messages.map((m) => m.ruleId)).toContain(ZONE_RULE);
  });

  it('the renderer importing shared passes', async () => {
    expect(await lint('renderer/features/probe/probe.ts', importing('../../../shared/contract/index'))).toEqual([]);
  });
});
