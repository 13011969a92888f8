import { describe, expect, it } from 'vitest';
import { ensureChromium, INSTALL_COMMAND, type ChromiumDeps } from '../../../scripts/ensure-chromium.js';

/** A machine for `npm test`'s Chromium check: which programs are on the PATH, who runs it, what each command does. */
function machine(o: { onPath: string[]; uid?: number; env?: Record<string, string>; files?: string[]; status?: (argv: string[]) => number; installs?: boolean }) {
  const onPath = new Set(o.onPath);
  const ran: string[] = [];
  const logged: string[] = [];
  const deps: ChromiumDeps = {
    env: o.env ?? {},
    uid: o.uid ?? 1000,
    which: (name) => (onPath.has(name) ? `/usr/bin/${name}` : null),
    exists: (path) => (o.files ?? []).includes(path),
    run(argv) {
      ran.push(argv.join(' '));
      const status = o.status?.(argv) ?? 0;
      if (status === 0 && (o.installs ?? true) && argv.includes('install')) onPath.add('chromium');
      return status;
    },
    log: (line) => logged.push(line),
  };
  return { deps, ran, logged };
}

describe("npm test's Chromium check", () => {
  it('uses the chromium on the PATH and installs nothing', () => {
    const m = machine({ onPath: ['chromium', 'apt-get', 'sudo'] });
    expect(ensureChromium(m.deps)).toEqual({ path: '/usr/bin/chromium' });
    expect(m.ran).toEqual([]);
  });

  it('without root or password-less sudo, stops at once naming the one command to run', () => {
    const m = machine({ onPath: ['apt-get'] });
    const result = ensureChromium(m.deps);
    expect(result).toEqual({ problem: expect.stringContaining('npm test needs Chromium') });
    expect((result as { problem: string }).problem).toContain(`Run this once, then npm test again:\n  ${INSTALL_COMMAND}`);
    expect(INSTALL_COMMAND).toBe('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core');
    expect(m.ran).toEqual([]);
  });

  it('with a sudo that asks for a password, asks it nothing more and stops the same way', () => {
    const m = machine({ onPath: ['apt-get', 'sudo'], status: (argv) => (argv[0] === 'sudo' ? 1 : 0) });
    expect(ensureChromium(m.deps)).toEqual({ problem: expect.stringContaining(INSTALL_COMMAND) });
    expect(m.ran).toEqual(['sudo -n true']);
  });

  it("as root, installs it from Debian's packages and uses it", () => {
    const m = machine({ onPath: ['apt-get'], uid: 0 });
    expect(ensureChromium(m.deps)).toEqual({ path: '/usr/bin/chromium' });
    expect(m.ran).toEqual([
      'env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core',
    ]);
    expect(m.logged.join('\n')).toContain('installing it from Debian');
  });

  it('with password-less sudo, installs it through sudo', () => {
    const m = machine({ onPath: ['apt-get', 'sudo'] });
    expect(ensureChromium(m.deps)).toEqual({ path: '/usr/bin/chromium' });
    expect(m.ran).toEqual([
      'sudo -n true',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core',
    ]);
  });

  it('when the install fails, says so and names the command', () => {
    const m = machine({ onPath: ['apt-get'], uid: 0, status: (argv) => (argv.includes('install') ? 100 : 0) });
    expect(ensureChromium(m.deps)).toEqual({ problem: expect.stringMatching(/installing it failed[\s\S]*sudo apt-get update/) });
  });

  it('off Debian (no apt-get), says to install Chromium or point CHROMIUM_PATH at it', () => {
    const m = machine({ onPath: [] });
    expect(ensureChromium(m.deps)).toEqual({ problem: expect.stringContaining('set CHROMIUM_PATH') });
    expect(m.ran).toEqual([]);
  });

  it('takes CHROMIUM_PATH as it is, and names it when it does not exist', () => {
    expect(ensureChromium(machine({ onPath: [], env: { CHROMIUM_PATH: '/opt/chromium/chrome' }, files: ['/opt/chromium/chrome'] }).deps)).toEqual({
      path: '/opt/chromium/chrome',
    });
    const m = machine({ onPath: ['chromium'], env: { CHROMIUM_PATH: '/opt/none' } });
    expect(ensureChromium(m.deps)).toEqual({ problem: expect.stringContaining('CHROMIUM_PATH is /opt/none, which does not exist') });
  });
});
