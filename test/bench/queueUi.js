/**
 * Queue UI benchmark in Chromium (issue 4): browser mode on a workspace of BENCH_UI_CASES cases
 * (default 100,000) beside a one-item baseline, in the same run.
 *   node test/bench/queueUi.js          (after `npm run build`; scripts/bench.js runs it)
 *
 * - view switch: click a view tab until its first rows are in the DOM, and until the next animation
 *   frame (painted): the core's first screen + the WebSocket + React rendering the viewport.
 *   Median over switches between All open, Unassigned and My queue.
 * - scroll: the whole list top to bottom in steps of 3 screens per frame, the rows' pages loading
 *   as it goes; long tasks (> 50 ms) observed by PerformanceObserver meanwhile: count and longest;
 *   and the renderer's main-thread work per frame (script, style, layout, paint: Chromium's
 *   TaskDuration over the scroll), the margin under those 50 ms.
 * - heap: the renderer's used JS heap after the scroll, after a forced garbage collection.
 * - bundle: the renderer's main script, raw and gzip.
 */
/* global document, MutationObserver, requestAnimationFrame -- the page functions run in Chromium */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CASES = Number(process.env.BENCH_UI_CASES ?? 100_000);
const SWITCHES = 9;
const NOW = '2026-03-03T16:00:00Z';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
}

async function serve(dbPath) {
  const child = spawn(process.execPath, [join(root, 'out/main/serve.js'), '--db', dbPath, '--clock-start', NOW], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => line.startsWith('http://127.0.0.1') && resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  return { url, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

/** In the page: click the view's tab; resolve with the ms until its rows are in the DOM and until the next frame (painted). */
function switchView(view) {
  return new Promise((resolve) => {
    const tab = document.querySelector(`[data-testid="nav-${view}"]`);
    const ready = () => {
      if (tab.getAttribute('aria-selected') !== 'true') return false;
      if (document.querySelector('[data-testid="queue-empty"]')) return true;
      const list = document.querySelector('[data-testid="queue-list"]');
      return Boolean(list && list.getAttribute('aria-busy') !== 'true' && list.querySelector('[data-testid="queue-row"]'));
    };
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => resolve({ dom, painted: performance.now() - t0 }));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const t0 = performance.now();
    tab.click();
  });
}

/** In the page: scroll the whole list; long tasks seen meanwhile. */
function scrollAll() {
  return new Promise((resolve) => {
    const long = [];
    const observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const list = document.querySelector('[data-testid="queue-list"]');
    const t0 = performance.now();
    let frames = 0;
    const step = () => {
      frames++;
      list.scrollTop += list.clientHeight * 3;
      if (list.scrollTop + list.clientHeight < list.scrollHeight - 1) requestAnimationFrame(step);
      else
        setTimeout(() => {
          observer.disconnect();
          resolve({ ms: performance.now() - t0, frames, longTasks: long.length, longest: long.length ? Math.max(...long) : 0, height: list.scrollHeight });
        }, 500);
    };
    requestAnimationFrame(step);
  });
}

async function measure(browser, name, dbPath) {
  const server = await serve(dbPath);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('[data-testid="queue-row"]').first().waitFor({ state: 'visible', timeout: 60_000 });
  const switches = [];
  const order = ['unassigned', 'all', 'my'];
  for (let i = 0; i < SWITCHES; i++) switches.push(await page.evaluate(switchView, order[i % order.length]));
  await page.evaluate(switchView, 'all');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await taskSeconds();
  const scroll = await page.evaluate(scrollAll);
  scroll.workPerFrame = ((await taskSeconds()) - before) * 1000 / scroll.frames;
  const heap = await page.evaluate(() => {
    globalThis.gc?.();
    return performance.memory?.usedJSHeapSize ?? 0;
  });
  await context.close();
  await server.stop();
  return { name, dom: median(switches.map((x) => x.dom)), painted: median(switches.map((x) => x.painted)), scroll, heap };
}

const work = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-ui-'));
try {
  const minimal = join(work, 'minimal.json');
  writeFileSync(minimal, JSON.stringify({ format: 'shiftdesk-workspace', version: 1, interactions: [
    { id: 'bench-call', channel: 'phone', state: 'waiting', since: '2026-03-03T15:58:00Z', subject: 'Call' },
  ] }));
  const baseDb = join(work, 'base.db');
  run(process.execPath, [join(root, 'bin/shiftdesk.js'), 'import', minimal, '--db', baseDb]);
  const largeFile = join(work, 'large.json');
  run('npx', ['tsx', join(root, 'test/bench/generate.ts'), '--cases', String(CASES), '--now', NOW, '--out', largeFile]);
  const largeDb = join(work, 'large.db');
  run(process.execPath, [join(root, 'bin/shiftdesk.js'), 'import', largeFile, '--db', largeDb]);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const results = [await measure(browser, 'baseline: 1 item', baseDb), await measure(browser, `${CASES.toLocaleString('en-US')} cases`, largeDb)];
  await browser.close();

  console.log('workspace          view switch: rows in DOM / painted   scroll whole list (frames)   work per frame   long tasks > 50 ms (longest)   JS heap after');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(19)}${`${r.dom.toFixed(1)} / ${r.painted.toFixed(1)} ms`.padStart(34)}${`${(r.scroll.ms / 1000).toFixed(1)} s (${r.scroll.frames})`.padStart(29)}` +
        `${(r.scroll.frames < 10 ? '–' : `${r.scroll.workPerFrame.toFixed(1)} ms`).padStart(17)}${`${r.scroll.longTasks} (${r.scroll.longest.toFixed(0)} ms)`.padStart(31)}${`${(r.heap / 1e6).toFixed(1)} MB`.padStart(16)}`,
    );
  }
  const assets = join(root, 'out/renderer/assets');
  const main = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f))).sort((a, b) => b.length - a.length)[0];
  console.log(`renderer main bundle: ${(main.length / 1024).toFixed(0)} KB minified, ${(gzipSync(main).length / 1024).toFixed(0)} KB gzip`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
