/**
 * npm run bench:browser: the browser page on the bench's 100,000-line budget workbook, in the
 * e2e suite's Chromium (Debian's, driven by playwright-core), against the command line on
 * the same file (design.md, "Performance budget": results within 3x the command line, JS
 * heap under 1 GB, never an unresponsive page).
 *
 * Measures, on the production build (dist/web, built when missing):
 * - the command line: `npm run --silent rag-board -- analyse <file> --quiet` and with --out,
 *   as a user runs it;
 * - the page: from choosing the file to the Overview showing its results; the JS heap of the
 *   page and of its workers (sampled every 250 ms, peak reported), the renderer processes'
 *   memory (RSS from /proc), the DOM's element count, the longest task on the page's main
 *   thread (PerformanceObserver "longtask") and the slowest answer to a probe sent every
 *   250 ms while the work runs ("the page keeps responding");
 * - Apply (planning, confirmation, writing, reading back) with the progress bar's values
 *   sampled every 100 ms, and Download to a saved file.
 *
 * Prints a table and writes bench/browser-results.json. No thresholds and no assertions: a
 * shared machine's timings are noisy; the figures are for reading.
 *
 * Options: --lines N (default 100,000), --no-cli, --keep-open (leave the page for a look).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { CDPSession, Page } from 'playwright-core';
import { DIST, ROOT, ensureBuild } from '../test/e2e/helpers/build';
import { CHROMIUM, launchChromium } from '../test/e2e/helpers/chromium';
import { serveStatic } from '../test/e2e/helpers/static-server';
import { generateBudgetWorkbook } from './generate-budget';

const RESULTS = path.join(__dirname, 'browser-results.json');

interface Args {
  lines: number;
  cli: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { lines: 100_000, cli: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lines') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error('--lines needs a whole number');
      args.lines = n;
    } else if (a === '--no-cli') args.cli = false;
    else throw new Error(`unknown option ${a} (options: --lines N, --no-cli)`);
  }
  return args;
}

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const secs = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | null) => (bytes === null ? '-' : `${int(bytes / 1e6)} MB`);
const out = (line = '') => process.stdout.write(`${line}\n`);

/** The command line as a user runs it (the contract's command), timed once. */
function cli(args: string[]): { ms: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = spawnSync(npm, ['run', '--silent', 'rag-board', '--', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { ms: performance.now() - t0, status: res.status, stderr: res.stderr ?? '' };
}

/** Resident memory of every process below this one whose command is Chromium (the browser, its renderers, GPU and utility processes). */
function chromiumRss(): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const isChromium = new Set<number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(pid, pages * 4096);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(pid);
      if (stat.slice(stat.indexOf('(') + 1, close).startsWith('chrom')) isChromium.add(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  let largest = 0;
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      if (isChromium.has(c)) {
        const r = rss.get(c) ?? 0;
        total += r;
        largest = Math.max(largest, r);
      }
      walk(c);
    }
  };
  walk(process.pid);
  return { total, largest };
}

interface Sampler {
  stop(): Promise<Samples>;
}

interface Samples {
  peakMainHeap: number;
  peakWorkerHeap: number;
  peakHeapAll: number;
  peakRendererRss: number;
  peakChromiumRss: number;
  slowestProbeMs: number;
  progress: Array<{ t: number; value: number | null; label: string; task: string }>;
}

/**
 * Samples the heaps (the page's through CDP, each worker's through performance.memory), the
 * Chromium processes' memory, the time the page takes to answer a probe, and the progress
 * bar, until stopped.
 */
async function startSampling(page: Page, cdp: CDPSession, withProgress: boolean): Promise<Sampler> {
  const s: Samples = { peakMainHeap: 0, peakWorkerHeap: 0, peakHeapAll: 0, peakRendererRss: 0, peakChromiumRss: 0, slowestProbeMs: 0, progress: [] };
  let running = true;
  const t0 = performance.now();
  // The workers' heaps: Chromium's DevTools protocol, attached to each worker (performance.memory is the page's only).
  const heaps = await workerHeaps(cdp);
  const memory = (async () => {
    while (running) {
      try {
        const main = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        const w = await heaps.sum();
        s.peakMainHeap = Math.max(s.peakMainHeap, main);
        s.peakWorkerHeap = Math.max(s.peakWorkerHeap, w);
        s.peakHeapAll = Math.max(s.peakHeapAll, main + w);
      } catch {
        // A navigation or a closing page: the next sample will do.
      }
      const rss = chromiumRss();
      s.peakRendererRss = Math.max(s.peakRendererRss, rss.largest);
      s.peakChromiumRss = Math.max(s.peakChromiumRss, rss.total);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  // How long the page's main thread takes to run a trivial script: what a click waits for.
  const probe = (async () => {
    while (running) {
      const p0 = performance.now();
      try {
        await page.evaluate(() => 1);
      } catch {
        break;
      }
      s.slowestProbeMs = Math.max(s.slowestProbeMs, performance.now() - p0);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const progress = (async () => {
    while (running && withProgress) {
      try {
        const bar = await page.evaluate(() => {
          const el = document.querySelector('[role=progressbar]');
          if (!el) return null;
          const field = el.closest('.fui-Field');
          const now = el.getAttribute('aria-valuenow');
          const task = field?.querySelector('label')?.textContent ?? '';
          const step = field?.querySelector('.fui-Field__hint')?.textContent ?? '';
          return { value: now === null ? null : Number(now), label: step ? `${task}: ${step}` : task, task };
        });
        if (bar) s.progress.push({ t: performance.now() - t0, ...bar });
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await Promise.all([memory, probe, progress]);
      await heaps.detach();
      return s;
    },
  };
}

/**
 * The used JS heap of every worker of the page, through the DevTools protocol's (older,
 * non-flat) target messages: playwright-core's CDP session sends to the page only.
 */
async function workerHeaps(cdp: CDPSession): Promise<{ sum(): Promise<number>; detach(): Promise<void> }> {
  const sessions = new Set<string>();
  const waiting = new Map<number, (size: number) => void>();
  let nextId = 1;
  const attached = (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') sessions.add(e.sessionId);
  };
  const detached = (e: { sessionId: string }) => sessions.delete(e.sessionId);
  const message = (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result?.usedSize ?? 0);
  };
  cdp.on('Target.attachedToTarget', attached);
  cdp.on('Target.detachedFromTarget', detached);
  cdp.on('Target.receivedMessageFromTarget', message);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const one = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => resolve(0), 5_000);
      waiting.set(id, (size) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(size);
      });
      // Target.sendMessageToTarget is deprecated in the protocol's types but still served.
      void (cdp.send as (m: string, p: object) => Promise<unknown>)('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => resolve(0));
    });
  return {
    sum: async () => (await Promise.all([...sessions].map(one))).reduce((a, b) => a + b, 0),
    detach: async () => {
      cdp.off('Target.attachedToTarget', attached);
      cdp.off('Target.detachedFromTarget', detached);
      cdp.off('Target.receivedMessageFromTarget', message);
      await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: false }).catch(() => undefined);
    },
  };
}

async function longTasks(page: Page): Promise<{ longest: number; total: number; count: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks?: number[] };
    const all = w.__longTasks ?? [];
    w.__longTasks = [];
    return { longest: Math.max(0, ...all), total: all.reduce((a, b) => a + b, 0), count: all.length };
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  ensureBuild();
  const tmp = path.join(os.tmpdir(), `rag-board-bench-browser-${process.pid}`);
  fs.mkdirSync(tmp, { recursive: true });
  const file = path.join(tmp, `budget-${args.lines}.xlsx`);
  const gen = generateBudgetWorkbook({ lines: args.lines, seed: 20181105 });
  fs.writeFileSync(file, gen.bytes);
  out(`RAG Board browser bench: ${os.cpus().length} cores, Chromium ${CHROMIUM}; ${path.basename(file)} ${mb(gen.bytes.length)}, ${int(gen.expected.lines)} lines`);

  let cliAnalyse: number | null = null;
  let cliOut: number | null = null;
  if (args.cli) {
    const a = cli(['analyse', file, '--quiet']);
    if (a.status !== 0) throw new Error(`the command line exited with ${a.status}: ${a.stderr}`);
    cliAnalyse = a.ms;
    const o = cli(['analyse', file, '--out', path.join(tmp, 'cli-out.xlsx'), '--quiet']);
    if (o.status !== 0) throw new Error(`the command line exited with ${o.status}: ${o.stderr}`);
    cliOut = o.ms;
    out(`command line: analyse ${secs(cliAnalyse)}, analyse --out ${secs(cliOut)}`);
  }

  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // No long-task timing in this browser.
      }
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.url}/browser.html`);
    await page.getByRole('heading', { level: 1, name: 'RAG Board' }).waitFor();
    await longTasks(page);

    // ---- open and analyse
    let sampler = await startSampling(page, cdp, false);
    const t0 = performance.now();
    await page.setInputFiles('input[type=file]', file);
    await page.locator('main section[aria-label="Totals"]').waitFor({ timeout: 30 * 60_000 });
    const toResults = performance.now() - t0;
    await page.locator('[role=progressbar]').waitFor({ state: 'detached', timeout: 10 * 60_000 });
    const openSamples = await sampler.stop();
    const openTasks = await longTasks(page);
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const domNodes = (await cdp.send('Performance.enable').then(() => cdp.send('Performance.getMetrics'))).metrics.find((m) => m.name === 'Nodes')?.value ?? null;
    out(`results shown after ${secs(toResults)}; ${int(domElements)} elements in the page`);

    // ---- apply
    sampler = await startSampling(page, cdp, true);
    const a0 = performance.now();
    await page.getByRole('button', { name: 'Apply…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Apply RAG Board to this workbook?' });
    await dialog.waitFor({ timeout: 10 * 60_000 });
    const planned = performance.now() - a0;
    const w0 = performance.now();
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('Applied', { exact: true }).waitFor({ timeout: 30 * 60_000 });
    const applied = performance.now() - w0;
    const applySamples = await sampler.stop();
    const applyTasks = await longTasks(page);

    // ---- download
    const d0 = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10 * 60_000 }), page.getByRole('button', { name: /^Download/ }).click()]);
    const saved = path.join(tmp, 'browser-out.xlsx');
    await download.saveAs(saved);
    const downloaded = performance.now() - d0;
    const savedBytes = fs.statSync(saved).size;

    const values = applySamples.progress.map((p) => p.value).filter((v): v is number => v !== null);
    const distinct = new Set(values).size;
    // Each task (planning, then applying) has its own bar from 0 to 1: never back within a task.
    const rising = applySamples.progress.every((p, i, all) => i === 0 || all[i - 1]!.task !== p.task || p.value === null || all[i - 1]!.value === null || p.value >= all[i - 1]!.value! - 1e-9);
    const tasks = [...new Set(applySamples.progress.map((p) => p.task))];
    const labels = [...new Set(applySamples.progress.map((p) => p.label))];

    out();
    out(`${'browser page, 100,000-line workbook'.padEnd(52)}${'figure'.padStart(14)}`);
    const row = (k: string, v: string) => out(`  ${k.padEnd(50)}${v.padStart(14)}`);
    row('time to results (file chosen -> Overview)', secs(toResults));
    if (cliAnalyse !== null) row('  / command line analyse', `${(toResults / cliAnalyse).toFixed(1)}x`);
    row('peak JS heap, page + workers', mb(openSamples.peakHeapAll));
    row('  page', mb(openSamples.peakMainHeap));
    row('  workers', mb(openSamples.peakWorkerHeap));
    row('peak renderer process memory (RSS)', mb(openSamples.peakRendererRss));
    row('peak Chromium memory, all processes (RSS)', mb(openSamples.peakChromiumRss));
    row('elements in the page after analysis', int(domElements));
    row('longest main-thread task while analysing', `${int(openTasks.longest)} ms`);
    row('slowest answer to a probe while analysing', `${int(openSamples.slowestProbeMs)} ms`);
    row('Apply: planning, to the confirmation', secs(planned));
    row('Apply: writing and reading back', secs(applied));
    if (cliOut !== null) row('  Apply (both) / command line analyse --out', `${((planned + applied) / cliOut).toFixed(1)}x`);
    row('Apply: peak JS heap, page + workers', mb(applySamples.peakHeapAll));
    row('Apply: peak Chromium memory (RSS)', mb(applySamples.peakChromiumRss));
    row('Apply: longest main-thread task', `${int(applyTasks.longest)} ms`);
    row('Apply: slowest answer to a probe', `${int(applySamples.slowestProbeMs)} ms`);
    row('Apply: progress values seen (distinct)', `${values.length} (${distinct})`);
    row(`Apply: progress never went back (${tasks.length} bars)`, rising ? 'yes' : 'no');
    row('Download: click to saved file', secs(downloaded));
    row('downloaded workbook', mb(savedBytes));
    out(`  progress bar steps seen: ${labels.join(' | ')}`);
    if (errors.length) out(`  page errors: ${errors.join('; ')}`);

    const results = {
      schema: 'rag-board/bench-browser@1',
      date: new Date().toISOString(),
      cpus: os.cpus().length,
      lines: gen.expected.lines,
      workbookBytes: gen.bytes.length,
      cli: { analyseMs: cliAnalyse, analyseOutMs: cliOut },
      open: {
        toResultsMs: Math.round(toResults),
        overCli: cliAnalyse === null ? null : Math.round((toResults / cliAnalyse) * 100) / 100,
        peakHeapBytes: openSamples.peakHeapAll,
        peakMainHeapBytes: openSamples.peakMainHeap,
        peakWorkerHeapBytes: openSamples.peakWorkerHeap,
        peakRendererRssBytes: openSamples.peakRendererRss,
        peakChromiumRssBytes: openSamples.peakChromiumRss,
        domElements,
        domNodes,
        longestTaskMs: Math.round(openTasks.longest),
        slowestProbeMs: Math.round(openSamples.slowestProbeMs),
      },
      apply: {
        planMs: Math.round(planned),
        writeMs: Math.round(applied),
        peakHeapBytes: applySamples.peakHeapAll,
        peakChromiumRssBytes: applySamples.peakChromiumRss,
        longestTaskMs: Math.round(applyTasks.longest),
        slowestProbeMs: Math.round(applySamples.slowestProbeMs),
        progressValues: values.length,
        progressDistinct: distinct,
        progressNeverBack: rising,
        progressSteps: labels,
      },
      download: { ms: Math.round(downloaded), bytes: savedBytes },
      pageErrors: errors,
    };
    fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    out(`results in ${path.relative(ROOT, RESULTS)}`);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:browser failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
