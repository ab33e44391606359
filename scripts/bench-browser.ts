// `npm run bench:browser`: what WhyFirst costs while typing in a real Chromium, on each site's
// fixture (X's Draft.js, Facebook's Lexical, LinkedIn's Quill), measured side by side in one run without and with the extension (two browsers, one at a time).
//
// Method. Keys go in through DevTools `Input.dispatchKeyEvent` (trusted key events; the call
// returns once the renderer has handled the event). Around every key the script reads the page's
// cumulative main-thread task time (`Performance.getMetrics` TaskDuration, which counts the page's
// scripts and the content script's isolated world alike, plus style, layout and paint), so each
// key gets "main-thread ms spent while handling it"; the extension's extra cost per keystroke is
// the median with minus the median without. Typing comes in bursts of 100 keys with a 500 ms pause,
// as a person pauses, so the debounced analysis runs during the pauses; its cost is reported
// separately ("pause work"). A PerformanceObserver in the page records long tasks (> 50 ms) and
// long animation frames (LoAF). LoAF lists the page's own scripts but, as checked here in Chromium
// 156, never a content script's (isolated world), so a long frame whose listed page scripts do not
// explain 50 ms of it ("unexplained") is where extension work, style, layout or GC went; the
// without-run gives the baseline for those. Meter latency: a MutationObserver on the meter's [role=meter]
// element (inside the open shadow root) timestamps the first change after the last key of a burst;
// with a debounced analysis that change is caused by that burst. The 50,000-character paste is a
// real Ctrl+V from the clipboard (3 per run), each observed for a fixed 4 s window in both modes.
// The machine is shared (2 cores); figures move with other load. This script never fails on timing.
//
// Page loads, frames without composers and the first reading are measured by scripts/bench-load.ts
// (method in its header) before the typing rounds.
//
// Usage: npm run bench:browser [-- --no-build] [-- --keys 1500] [-- --sites x,linkedin] [-- --rounds 2] [-- --loads 5]
//        [-- --load-only | --typing-only]
// The extension comes from $WHYFIRST_EXT_DIR, else it is built into .output-harness.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { median, percentile } from '../lib/bench/timing';
import type { SiteId } from '../lib/sites/ids';
import {
  callFixture,
  fixtureModelText,
  launchWithExtension,
  meterCount,
  openSite,
  repoRoot,
} from '../tests/e2e/harness';
import { firstDocumentComposer, formatPageLoads, measurePageLoads, SITE_PATH } from './bench-load';
import { buildFixtures } from './build-fixtures.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const args = process.argv.slice(2);
const KEYS = Number(args[args.indexOf('--keys') + 1]) || 1500;
const ROUNDS = Number(args[args.indexOf('--rounds') + 1]) || 2;
const WARMUP = 200;
const BURST = 100;
const PAUSE_MS = 500;
const PASTE_CHARS = 50_000;
const PASTE_WINDOW_MS = 4_000;
const PASTES = 3;
const LOADS = Number(args[args.indexOf('--loads') + 1]) || 5;
const TYPING = !args.includes('--load-only');
const LOAD = !args.includes('--typing-only');
const SITES = (
  args.includes('--sites') ? (args[args.indexOf('--sites') + 1] ?? '') : 'x,facebook,linkedin'
)
  .split(',')
  .filter((s): s is SiteId => s in SITE_PATH);
const SITE_EDITOR: Record<SiteId, string> = {
  x: 'X, the home composer (Draft.js)',
  facebook: 'Facebook, the Create post dialog (Lexical)',
  linkedin: 'LinkedIn, the classic share box (Quill 1.x)',
};
const log = (s: string) => process.stderr.write(`${s}\n`);

// Made-up drafts (not from any corpus): a mix of personal, teaching and pitch sentences.
const SENTENCES = [
  'Last week I finally shipped the thing I had been sketching since spring.',
  'What would you have done differently in my place?',
  'Buy now and save 50% before midnight, only 3 left!',
  'Thank you to everyone who tested the early version with us.',
  'Here is what I learned about pricing from our first customers.',
  'DM me for details and use code SAVE20 at checkout.',
  'We started in a tiny kitchen in Porto with two pans and a lot of hope.',
  'Like and share if you agree, and tag a friend who needs this!',
];

function draftOf(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += `${SENTENCES[i % SENTENCES.length]} `;
  return out.slice(0, length);
}

function pasteText(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++)
    out += `${SENTENCES[(i * 3) % SENTENCES.length]}${i % 4 === 3 ? '\n' : ' '}`;
  return out.slice(0, length);
}

interface ModeResult {
  mode: 'without' | 'with';
  perKeyTaskMs: number[];
  perKeyRoundTripMs: number[];
  pauseTaskMs: number[];
  typingLongTasks: number[];
  /** Long tasks that began more than 100 ms after the last key: the pauses' (debounced) work. */
  typingLongTasksInPauses: number;
  /** Long animation frames with over 50 ms that the page's own scripts do not account for. */
  typingUnexplainedFrames: number;
  longFrameSources: string[];
  latenciesMs: number[];
  bursts: number;
  meterFound: boolean;
  pasteRoundTripMs: number[];
  pasteTaskMs: number[];
  pasteLongTasks: number[];
  pasteLatencyMs: number[];
  modelOk: boolean;
}

interface PageProbe {
  longTasks: Array<{ start: number; duration: number }>;
  frames: Array<{ start: number; duration: number; unexplainedMs: number; sources: string[] }>;
  lastKey: number;
  keyTimes: number[];
  changes: number[];
}

declare global {
  interface Window {
    __bench?: PageProbe;
  }
}

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe: PageProbe = { longTasks: [], frames: [], lastKey: 0, keyTimes: [], changes: [] };
    window.__bench = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<
          PerformanceEntry & { scripts?: Array<{ sourceURL: string; duration: number }> }
        >) {
          const pageScriptMs = (e.scripts ?? []).reduce((a, x) => a + x.duration, 0);
          const unexplainedMs = e.duration - pageScriptMs;
          const sources = (e.scripts ?? []).map((x) =>
            x.sourceURL.replace(/^(\w+:\/\/[^/]+).*/, '$1'),
          );
          probe.frames.push({ start: e.startTime, duration: e.duration, unexplainedMs, sources });
        }
      }).observe({ type: 'long-animation-frame' });
    } catch {
      // long-animation-frame is missing in older Chromium; long tasks still cover the target.
    }
    window.addEventListener(
      'keydown',
      () => {
        probe.lastKey = performance.now();
        probe.keyTimes.push(probe.lastKey);
      },
      true,
    );
  });
}

/** Starts watching the meter's shadow root for changes to its [role=meter] element; false if none yet. */
async function watchMeter(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const probe = window.__bench;
    const root = document.querySelector('whyfirst-meter')?.shadowRoot;
    if (!probe || !root?.querySelector('[role="meter"]')) return false;
    new MutationObserver((records) => {
      const inMeter = records.some((r) => {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        return el?.closest('[role="meter"]') !== null || r.type === 'childList';
      });
      if (inMeter) probe.changes.push(performance.now());
    }).observe(root, { attributes: true, childList: true, characterData: true, subtree: true });
    return true;
  });
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

async function pressChar(cdp: CDPSession, ch: string): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    key: ch,
    text: ch,
    unmodifiedText: ch,
  });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runMode(
  mode: 'without' | 'with',
  extensionDir: string,
  site: SiteId,
): Promise<ModeResult> {
  const h = await launchWithExtension({
    extension: mode === 'with' ? extensionDir : false,
    attributeRequests: false,
  });
  try {
    const page = await openSite(h.context, site, SITE_PATH[site]);
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await installProbe(page);
    const composer = await firstDocumentComposer(page);
    await callFixture(page, 'focus', composer);
    // Warm-up (JIT, first render, the meter appearing), then clear: the same in both modes.
    for (const ch of draftOf(WARMUP)) await pressChar(cdp, ch);
    let meterFound = false;
    if (mode === 'with') {
      const until = Date.now() + 5_000;
      while (Date.now() < until && (await meterCount(page)) === 0) await sleep(50);
    }
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await sleep(PAUSE_MS);
    if (mode === 'with') meterFound = await watchMeter(page);

    const text = draftOf(KEYS);
    const perKeyTaskMs: number[] = [];
    const perKeyRoundTripMs: number[] = [];
    const pauseTaskMs: number[] = [];
    const latenciesMs: number[] = [];
    const typingStart = await page.evaluate(() => performance.now());
    let bursts = 0;
    for (let i = 0; i < text.length; i++) {
      const before = await taskSeconds(cdp);
      const t0 = performance.now();
      await pressChar(cdp, text[i] as string);
      perKeyRoundTripMs.push(performance.now() - t0);
      perKeyTaskMs.push(((await taskSeconds(cdp)) - before) * 1000);
      if ((i + 1) % BURST === 0 || i === text.length - 1) {
        bursts++;
        if (mode === 'with' && !meterFound) meterFound = await watchMeter(page);
        const p0 = await taskSeconds(cdp);
        await sleep(PAUSE_MS);
        pauseTaskMs.push(((await taskSeconds(cdp)) - p0) * 1000);
        const lat = await page.evaluate(() => {
          const p = window.__bench;
          const first = p?.changes.find((c) => c > p.lastKey);
          return p && first !== undefined ? first - p.lastKey : null;
        });
        if (lat !== null) latenciesMs.push(lat);
      }
      if (i % 500 === 499) log(`bench: ${mode}: ${i + 1}/${text.length} keys`);
    }
    const typed = await fixtureModelText(page, composer);
    const typingProbe = await page.evaluate((start) => {
      const p = window.__bench as PageProbe;
      const tasks = p.longTasks.filter((t) => t.start >= start);
      const inPause = tasks.filter((t) => {
        const before = p.keyTimes.filter((k) => k <= t.start).at(-1) ?? 0;
        return t.start - before > 100;
      }).length;
      const frames = p.frames.filter((f) => f.start >= start);
      return {
        longTasks: tasks.map((t) => t.duration),
        inPause,
        extFrames: frames.filter((f) => f.unexplainedMs > 50).length,
        sources: [...new Set(frames.flatMap((f) => f.sources))],
      };
    }, typingStart);

    // The pastes: clear, put 50,000 characters on the clipboard, Ctrl+V, observe a fixed window.
    const big = pasteText(PASTE_CHARS);
    const pasteRoundTripMs: number[] = [];
    const pasteTaskMs: number[] = [];
    const pasteLatencyMs: number[] = [];
    const pasteLongTasks: number[] = [];
    let pasteOk = true;
    for (let n = 0; n < PASTES; n++) {
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await sleep(PAUSE_MS);
      await page.evaluate((t) => navigator.clipboard.writeText(t), big);
      const pasteStart = await page.evaluate(() => performance.now());
      const before = await taskSeconds(cdp);
      const t0 = performance.now();
      await page.keyboard.press('Control+v');
      pasteRoundTripMs.push(performance.now() - t0);
      await sleep(PASTE_WINDOW_MS);
      pasteTaskMs.push(((await taskSeconds(cdp)) - before) * 1000);
      const pasted = await fixtureModelText(page, composer);
      if (pasted !== big) {
        pasteOk = false;
        log(`bench: ${mode}: paste left ${pasted.length} of ${big.length} characters in the model`);
      }
      const probe = await page.evaluate((start) => {
        const p = window.__bench as PageProbe;
        const first = p.changes.find((c) => c > start);
        return {
          longTasks: p.longTasks.filter((t) => t.start >= start).map((t) => t.duration),
          latency: first === undefined ? null : first - start,
        };
      }, pasteStart);
      pasteLongTasks.push(...probe.longTasks);
      if (probe.latency !== null) pasteLatencyMs.push(probe.latency);
    }
    if (mode === 'with' && !meterFound) log('bench: no meter found (is the composer UI built?)');
    return {
      mode,
      perKeyTaskMs,
      perKeyRoundTripMs,
      pauseTaskMs,
      typingLongTasks: typingProbe.longTasks,
      typingLongTasksInPauses: typingProbe.inPause,
      typingUnexplainedFrames: typingProbe.extFrames,
      longFrameSources: typingProbe.sources,
      latenciesMs,
      bursts,
      meterFound,
      pasteRoundTripMs,
      pasteTaskMs,
      pasteLongTasks,
      pasteLatencyMs,
      modelOk: typed === text && pasteOk,
    };
  } finally {
    await h.close();
  }
}

function extensionDir(): string {
  if (process.env.WHYFIRST_EXT_DIR) return process.env.WHYFIRST_EXT_DIR;
  const out = '.output-harness';
  if (!args.includes('--no-build')) {
    log(`bench: building the extension into ${out} (npx wxt build)`);
    const r = spawnSync('npx', ['wxt', 'build'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, WXT_OUT_DIR: out },
    });
    if (r.status !== 0) throw new Error('bench: wxt build failed');
  }
  return join(repoRoot, out, 'chrome-mv3');
}

/** Joins the rounds of one mode: every list concatenates (tables take medians of them). */
function pool(rs: ModeResult[]): ModeResult {
  const cat = (
    k:
      | 'perKeyTaskMs'
      | 'perKeyRoundTripMs'
      | 'pauseTaskMs'
      | 'typingLongTasks'
      | 'latenciesMs'
      | 'pasteLongTasks'
      | 'pasteRoundTripMs'
      | 'pasteTaskMs'
      | 'pasteLatencyMs',
  ) => rs.flatMap((r) => r[k]);
  return {
    mode: rs[0]?.mode ?? 'without',
    perKeyTaskMs: cat('perKeyTaskMs'),
    perKeyRoundTripMs: cat('perKeyRoundTripMs'),
    pauseTaskMs: cat('pauseTaskMs'),
    typingLongTasks: cat('typingLongTasks'),
    typingLongTasksInPauses: rs.reduce((n, r) => n + r.typingLongTasksInPauses, 0),
    typingUnexplainedFrames: rs.reduce((n, r) => n + r.typingUnexplainedFrames, 0),
    longFrameSources: [...new Set(rs.flatMap((r) => r.longFrameSources))],
    latenciesMs: cat('latenciesMs'),
    bursts: rs.reduce((n, r) => n + r.bursts, 0),
    meterFound: rs.every((r) => r.meterFound),
    pasteRoundTripMs: cat('pasteRoundTripMs'),
    pasteTaskMs: cat('pasteTaskMs'),
    pasteLongTasks: cat('pasteLongTasks'),
    pasteLatencyMs: cat('pasteLatencyMs'),
    modelOk: rs.every((r) => r.modelOk),
  };
}

const f = (n: number | null | undefined, d = 2) =>
  n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(d);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

async function main(): Promise<void> {
  ensureChromium();
  await buildFixtures({ quiet: true });
  const dir = extensionDir();
  let loadTable = '';
  if (LOAD) {
    const [without, withExt] = await measurePageLoads(dir, LOADS, log);
    loadTable = formatPageLoads(without, withExt);
    console.log(loadTable);
  }
  if (!TYPING) {
    writeReport(dir, loadTable, '');
    return;
  }
  const tables: string[] = [];
  for (const site of SITES) {
    const runs: ModeResult[] = [];
    // Alternating rounds (without, with, without, with) spread drift in machine load over both modes.
    for (let round = 1; round <= ROUNDS; round++) {
      for (const mode of ['without', 'with'] as const) {
        log(
          `bench: ${site}, round ${round}/${ROUNDS}: ${KEYS} keys and a ${PASTE_CHARS}-character paste ${mode} the extension`,
        );
        runs.push(await runMode(mode, dir, site));
      }
    }
    tables.push(`### ${SITE_EDITOR[site]}\n\n${typingTable(runs)}`);
  }
  writeReport(dir, loadTable, tables.join('\n\n'));
}

/** The typing table of one site's rounds. */
function typingTable(runs: ModeResult[]): string {
  const a = pool(runs.filter((r) => r.mode === 'without'));
  const b = pool(runs.filter((r) => r.mode === 'with'));
  const row = (label: string, va: string, vb: string, extra: string, target: string) =>
    `| ${label} | ${va} | ${vb} | ${extra} | ${target} |`;
  const med = (r: ModeResult) => median(r.perKeyTaskMs);
  const long = (xs: number[]) =>
    `${xs.length}${xs.length ? ` (max ${f(Math.max(...xs), 0)} ms)` : ''}`;
  const lines = [
    '| measure | without | with WhyFirst | extra | target |',
    '|---|---|---|---|---|',
    row(
      'main-thread ms per keystroke, median',
      f(med(a), 3),
      f(med(b), 3),
      f(med(b) - med(a), 3),
      '<= 1 ms extra',
    ),
    row(
      'main-thread ms per keystroke, p95',
      f(percentile(sorted(a.perKeyTaskMs), 95), 3),
      f(percentile(sorted(b.perKeyTaskMs), 95), 3),
      f(percentile(sorted(b.perKeyTaskMs), 95) - percentile(sorted(a.perKeyTaskMs), 95), 3),
      '',
    ),
    row(
      'key round trip ms, median',
      f(median(a.perKeyRoundTripMs)),
      f(median(b.perKeyRoundTripMs)),
      f(median(b.perKeyRoundTripMs) - median(a.perKeyRoundTripMs)),
      '',
    ),
    row(
      `pause work ms per ${PAUSE_MS} ms pause, median`,
      f(median(a.pauseTaskMs), 1),
      f(median(b.pauseTaskMs), 1),
      f(median(b.pauseTaskMs) - median(a.pauseTaskMs), 1),
      '',
    ),
    row(
      'long tasks (> 50 ms) while typing',
      `${long(a.typingLongTasks)}, ${a.typingLongTasksInPauses} in pauses`,
      `${long(b.typingLongTasks)}, ${b.typingLongTasksInPauses} in pauses`,
      String(b.typingLongTasks.length - a.typingLongTasks.length),
      '0 caused by WhyFirst',
    ),
    row(
      'long frames with > 50 ms not explained by page scripts',
      String(a.typingUnexplainedFrames),
      String(b.typingUnexplainedFrames),
      '',
      '',
    ),
    row(
      'meter update after last key, ms (median / max)',
      '-',
      b.latenciesMs.length
        ? `${f(median(b.latenciesMs), 0)} / ${f(Math.max(...b.latenciesMs), 0)} (${b.latenciesMs.length} of ${b.bursts} bursts)`
        : b.meterFound
          ? 'no change seen'
          : 'no meter found',
      '',
      '<= 300 ms',
    ),
    row(
      `paste ${PASTE_CHARS} chars: Ctrl+V round trip ms`,
      f(median(a.pasteRoundTripMs), 0),
      f(median(b.pasteRoundTripMs), 0),
      f(median(b.pasteRoundTripMs) - median(a.pasteRoundTripMs), 0),
      '',
    ),
    row(
      `paste: main-thread ms in ${PASTE_WINDOW_MS / 1000} s`,
      f(median(a.pasteTaskMs), 0),
      f(median(b.pasteTaskMs), 0),
      f(median(b.pasteTaskMs) - median(a.pasteTaskMs), 0),
      '',
    ),
    row(
      'paste: long tasks (> 50 ms)',
      long(a.pasteLongTasks),
      long(b.pasteLongTasks),
      String(b.pasteLongTasks.length - a.pasteLongTasks.length),
      '0 caused by WhyFirst',
    ),
    row(
      'paste: meter update after Ctrl+V, ms',
      '-',
      b.pasteLatencyMs.length === 0
        ? b.meterFound
          ? 'no change seen'
          : 'no meter found'
        : `${f(median(b.pasteLatencyMs), 0)} (median of ${b.pasteLatencyMs.length})`,
      '',
      '',
    ),
    row(
      'editor model equals what was typed / pasted',
      String(a.modelOk),
      String(b.modelOk),
      '',
      'true',
    ),
  ];
  const perRound = (mode: string) =>
    runs
      .filter((r) => r.mode === mode)
      .map((r) => f(median(r.perKeyTaskMs), 2))
      .join(', ');
  lines.push(
    '',
    `Per-round median main-thread ms per keystroke (the spread between rounds of one mode is the noise floor): without: ${perRound('without')}; with: ${perRound('with')}.`,
    `Script origins seen in long animation frames while typing: without: ${a.longFrameSources.join(', ') || 'none'}; with: ${b.longFrameSources.join(', ') || 'none'}.`,
  );
  const table = lines.join('\n');
  console.log(table);
  return table;
}

function writeReport(dir: string, loadTable: string, typingTable: string): void {
  const parts = [
    `# Browser benchmark

Generated by \`npm run bench:browser\` on ${new Date().toISOString()}, ${os.cpus().length} cores
(${os.cpus()[0]?.model ?? 'unknown CPU'}), Chromium at ${ensureChromium()}, extension ${dir}.
Each measure runs without and with the extension in one run; compare the two columns of one run,
not runs with each other (the machine may be shared). Medians, with the range in brackets.
Methods: see the headers of scripts/bench-load.ts and scripts/bench-browser.ts.
`,
  ];
  if (loadTable)
    parts.push(`## Pages read, not written in (X, Facebook, LinkedIn fixtures)

${LOADS} loads per site and mode after one unmeasured load; first use measured once per site.

${loadTable}
`);
  if (typingTable)
    parts.push(`## Typing (each site's main composer)

${ROUNDS} alternating rounds per mode, each: ${KEYS} keys typed in bursts of ${BURST} with ${PAUSE_MS} ms
pauses after a ${WARMUP}-key warm-up, then ${PASTES} pastes of ${PASTE_CHARS} characters. Long-task counts are totals over
the rounds; paste figures are medians over all pastes.

${typingTable}
`);
  mkdirSync(join(repoRoot, 'reports'), { recursive: true });
  writeFileSync(join(repoRoot, 'reports/bench-browser.md'), parts.join('\n'));
  log('bench: wrote reports/bench-browser.md');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
