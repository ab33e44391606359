// The page-load half of `npm run bench:browser`: what WhyFirst costs on pages that are read, not
// written in, and how soon the first reading arrives when a composer is first used.
//
// Method. Each measure runs in a browser without the extension and in one with it, one after the
// other. A page load starts from about:blank, so the site gets a fresh renderer and the DevTools
// metrics (`Performance.getMetrics`: TaskDuration = main-thread task time of page and content
// scripts alike, ScriptDuration = script only) cover exactly that load; the heap is read after a
// forced GC (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`). Long tasks come from a
// PerformanceObserver the page installs at document start. Frames without composers: a page on
// facebook.com holding FRAMES empty same-origin iframes; the extra per frame is the extra of the
// whole page over FRAMES + 1 documents. The first reading: a composer is focused and one key is
// pressed at once (the worst case: the composer UI is injected and the engine wakes while the
// key is in flight); the time runs from the key to the meter showing a number for that text. A
// sleeping worker is made with `ServiceWorker.stopAllWorkers` from an extension page's DevTools
// session, which is the state Chrome leaves an idle worker in after ~30 s.

import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { median } from '../lib/bench/timing';
import { SITE_IDS, type SiteId } from '../lib/sites/ids';
import {
  type Harness,
  launchWithExtension,
  openSite,
  stopServiceWorker,
} from '../tests/e2e/harness';

/** Documents in the frames page that hold no composer: the top one and its iframes. */
const FRAMES = 10;
const SETTLE_MS = 1_500;
/** First uses measured per site and mode (each on a fresh page). */
const FIRST_USES = 3;
/** Of those, how many also measure the worker asleep (each waits out a quiet spell). */
const SLEEPING_USES = 2;
/** A quiet spell after which Chrome puts an idle extension service worker to sleep. */
const IDLE_SPELL_MS = 31_000;
const READING_TIMEOUT_MS = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One page load's cost. */
export interface LoadSample {
  taskMs: number;
  scriptMs: number;
  heapMb: number;
  longTasks: number[];
}

/** Everything measured on one site in one mode. */
export interface SiteLoad {
  site: SiteId;
  loads: LoadSample[];
  /** Long tasks (ms) at the first focus of a composer, the first key and the first analysis. */
  firstUseLongTasks: number[];
  /** Key to first reading on a freshly loaded page, engine cold (with only). */
  coldReadingMs: number[];
  /** Key to new reading in a page already in use, after the worker was put to sleep (with only). */
  asleepReadingMs: number[];
  /** Key to first reading on a freshly loaded page after the worker was put to sleep (with only). */
  asleepFreshReadingMs: number[];
}

/** The frames page's cost in one mode. */
export interface FramesLoad {
  loads: LoadSample[];
}

declare global {
  interface Window {
    __load?: {
      longTasks: Array<{ start: number; duration: number }>;
      keyAt: number;
      before: string | null;
      readingAt: number | null;
    };
    __reading?: () => string | null;
  }
}

/**
 * Page-world recorder, installed at document start: long tasks, and when the meter's number (or its
 * count of findings) changes after a key. Plain JavaScript text: functions handed to the page must
 * not carry the bundler's helpers.
 */
const RECORDER = `(() => {
  const rec = { longTasks: [], keyAt: 0, before: null, readingAt: null };
  window.__load = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  function reading() {
    const root = document.querySelector('whyfirst-meter')?.shadowRoot;
    const value = root?.querySelector('.score')?.textContent;
    return value ? value + '|' + (root.querySelector('.count')?.textContent ?? '') : null;
  }
  window.__reading = reading;
  function check() {
    if (rec.keyAt === 0 || rec.readingAt !== null) return;
    const now = reading();
    if (now !== null && /\\d/.test(now) && now !== rec.before) rec.readingAt = performance.now();
  }
  const watched = new WeakSet();
  function watch(root) {
    if (watched.has(root)) return;
    watched.add(root);
    new MutationObserver(() => {
      for (const host of document.querySelectorAll('whyfirst-meter'))
        if (host.shadowRoot) watch(host.shadowRoot);
      check();
    }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  }
  watch(document);
})();`;

async function metrics(cdp: CDPSession): Promise<{ taskMs: number; scriptMs: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { taskMs: get('TaskDuration'), scriptMs: get('ScriptDuration') };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Loads a URL in a fresh renderer and measures it once it has settled. */
async function measureLoad(
  context: BrowserContext,
  open: (page: Page) => Promise<void>,
): Promise<LoadSample> {
  const page = await context.newPage();
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await open(page);
  await sleep(SETTLE_MS);
  const m = await metrics(cdp);
  const heap = await heapMb(cdp);
  const longTasks = await page.evaluate(() =>
    (window.__load?.longTasks ?? []).map((t) => t.duration),
  );
  await page.close();
  return { ...m, heapMb: heap, longTasks };
}

/** The first composer in the page's own document (not in a frame): the one a person would use. */
export async function firstDocumentComposer(page: Page): Promise<number> {
  return page.evaluate(
    () => window.__fixture?.list().find((c) => c.where === 'document')?.index ?? 0,
  );
}

/** Presses one key (trusted) and waits for the meter to show a new number; ms or null. */
async function keyToReading(page: Page, key: string): Promise<number | null> {
  await page.evaluate(() => {
    const rec = window.__load;
    if (!rec) return;
    rec.before = window.__reading?.() ?? null;
    rec.readingAt = null;
    rec.keyAt = performance.now();
  });
  await page.keyboard.press(key);
  const until = Date.now() + READING_TIMEOUT_MS;
  while (Date.now() < until) {
    const at = await page.evaluate(() =>
      window.__load?.readingAt ? window.__load.readingAt - window.__load.keyAt : null,
    );
    if (at !== null) return at;
    await sleep(20);
  }
  return null;
}

/** Each site's fixture page that holds its main composer. */
export const SITE_PATH: Record<SiteId, string> = { x: '/home', facebook: '/', linkedin: '/feed/' };

/**
 * First use of a composer on a freshly loaded page: focus, one key at once. With `sleeps`, then the
 * same page after a quiet spell long enough for Chrome to put the worker to sleep (it is stopped
 * then, as Chrome would), and a fresh page with the worker asleep.
 */
async function measureFirstUse(
  h: Harness,
  site: SiteId,
  withExt: boolean,
  sleeps: boolean,
  into: SiteLoad,
) {
  const path = SITE_PATH[site];
  const page = await h.context.newPage();
  await openSite(h.context, site, path, { page });
  await sleep(SETTLE_MS);
  const useStart = await page.evaluate(() => performance.now());
  await page.evaluate((i) => window.__fixture?.focus(i), await firstDocumentComposer(page));
  const cold = await keyToReading(page, 'B');
  if (withExt && cold !== null) into.coldReadingMs.push(cold);
  await sleep(1_000);
  into.firstUseLongTasks.push(
    ...(await page.evaluate(
      (start) =>
        (window.__load?.longTasks ?? []).filter((t) => t.start >= start).map((t) => t.duration),
      useStart,
    )),
  );
  if (!withExt || !sleeps) {
    await page.close();
    return;
  }
  // The same page, in use, after the worker went to sleep: the next key ("Buy no" + "w", a call
  // to action appearing) wakes it. The composer loses focus for the quiet spell, as when someone
  // reads the feed and comes back.
  await page.keyboard.type('uy no');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await sleep(IDLE_SPELL_MS);
  await stopServiceWorker(h.context);
  await page.evaluate((i) => window.__fixture?.focus(i), await firstDocumentComposer(page));
  const asleep = await keyToReading(page, 'w');
  if (asleep !== null) into.asleepReadingMs.push(asleep);
  await page.close();
  // A fresh page after the worker went to sleep: loading the composer UI wakes it.
  const fresh = await h.context.newPage();
  await openSite(h.context, site, path, { page: fresh });
  await sleep(SETTLE_MS);
  await stopServiceWorker(h.context);
  await fresh.evaluate((i) => window.__fixture?.focus(i), await firstDocumentComposer(fresh));
  const reading = await keyToReading(fresh, 'B');
  if (reading !== null) into.asleepFreshReadingMs.push(reading);
  await fresh.close();
}

function framesPage(n: number): string {
  const frames = Array.from(
    { length: n },
    (_, i) => `<iframe src="/__bench/empty?i=${i}" width="200" height="80"></iframe>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><body><h1>Frames</h1>${frames}</body></html>`;
}

const EMPTY_DOC =
  '<!doctype html><html lang="en"><body><p>An embedded card with no composer.</p><a href="#">Link</a></body></html>';

async function serveFrames(h: Harness): Promise<void> {
  // Registered after the harness's routes, so these answer first.
  await h.context.route('https://www.facebook.com/__bench/**', (route) => {
    const url = new URL(route.request().url());
    const body = url.pathname.endsWith('/frames') ? framesPage(FRAMES - 1) : EMPTY_DOC;
    return route.fulfill({ status: 200, contentType: 'text/html', body });
  });
}

/** Page-load figures of one mode: every site, then the frames page. */
export interface LoadRun {
  mode: 'without' | 'with';
  sites: SiteLoad[];
  frames: FramesLoad;
}

/**
 * Measures page loads, first use and frames without and with the extension: two browsers side by
 * side, their loads alternating, so drift in the machine's load falls on both columns alike.
 */
export async function measurePageLoads(
  extensionDir: string,
  runs: number,
  log: (line: string) => void,
): Promise<[LoadRun, LoadRun]> {
  const modes = ['without', 'with'] as const;
  const harnesses: Harness[] = [];
  try {
    for (const mode of modes) {
      const h = await launchWithExtension({
        extension: mode === 'with' ? extensionDir : false,
        attributeRequests: false,
      });
      harnesses.push(h);
      await h.context.addInitScript({ content: RECORDER });
      await serveFrames(h);
    }
    const out = modes.map(
      (mode): LoadRun => ({
        mode,
        sites: SITE_IDS.map((site) => ({
          site,
          loads: [],
          firstUseLongTasks: [],
          coldReadingMs: [],
          asleepReadingMs: [],
          asleepFreshReadingMs: [],
        })),
        frames: { loads: [] },
      }),
    ) as [LoadRun, LoadRun];
    const targets: Array<{ name: string; open: (h: Harness) => (page: Page) => Promise<void> }> = [
      ...SITE_IDS.map((site) => ({
        name: site,
        open: (h: Harness) => async (page: Page) => {
          await openSite(h.context, site, SITE_PATH[site], { page });
        },
      })),
      {
        name: 'frames',
        open: () => async (page: Page) => {
          await page.goto('https://www.facebook.com/__bench/frames');
        },
      },
    ];
    for (const target of targets) {
      log(`bench: page loads on ${target.name}, ${runs} per mode, alternating`);
      // One unmeasured load per browser first: caches and JIT warm.
      for (const h of harnesses) await measureLoad(h.context, target.open(h));
      for (let i = 0; i < runs; i++)
        for (const [m, h] of harnesses.entries()) {
          const sample = await measureLoad(h.context, target.open(h));
          const run = out[m] as LoadRun;
          if (target.name === 'frames') run.frames.loads.push(sample);
          else run.sites.find((s) => s.site === target.name)?.loads.push(sample);
        }
    }
    for (const site of SITE_IDS) {
      log(`bench: first use on ${site}, ${FIRST_USES} times per mode`);
      for (let i = 0; i < FIRST_USES; i++)
        for (const [m, h] of harnesses.entries()) {
          const into = (out[m] as LoadRun).sites.find((s) => s.site === site) as SiteLoad;
          await measureFirstUse(h, site, modes[m] === 'with', i < SLEEPING_USES, into);
        }
    }
    return out;
  } finally {
    for (const h of harnesses) await h.close();
  }
}

const f = (n: number | null | undefined, d = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(d);
const spread = (xs: number[], d = 1) =>
  xs.length ? `${f(median(xs), d)} (${f(Math.min(...xs), d)}–${f(Math.max(...xs), d)})` : 'n/a';
const long = (xs: number[]) =>
  `${xs.length}${xs.length ? ` (max ${f(Math.max(...xs), 0)} ms)` : ''}`;

/** The page-load tables, as Markdown. */
export function formatPageLoads(without: LoadRun, withExt: LoadRun): string {
  const lines = [
    '| site | measure | without | with WhyFirst | extra (median) | target |',
    '|---|---|---|---|---|---|',
  ];
  for (const a of without.sites) {
    const b = withExt.sites.find((s) => s.site === a.site);
    if (!b) continue;
    const col = (s: SiteLoad, k: 'taskMs' | 'scriptMs' | 'heapMb') => s.loads.map((l) => l[k]);
    const extra = (k: 'taskMs' | 'scriptMs' | 'heapMb') =>
      f(median(col(b, k)) - median(col(a, k)), k === 'heapMb' ? 2 : 1);
    lines.push(
      `| ${a.site} | page load, main-thread ms | ${spread(col(a, 'taskMs'))} | ${spread(col(b, 'taskMs'))} | ${extra('taskMs')} | |`,
      `| ${a.site} | page load, script ms | ${spread(col(a, 'scriptMs'))} | ${spread(col(b, 'scriptMs'))} | ${extra('scriptMs')} | <= 10 ms |`,
      `| ${a.site} | JS heap after GC, MB | ${spread(col(a, 'heapMb'), 2)} | ${spread(col(b, 'heapMb'), 2)} | ${extra('heapMb')} | <= 3 MB |`,
      `| ${a.site} | long tasks at load | ${long(a.loads.flatMap((l) => l.longTasks))} | ${long(b.loads.flatMap((l) => l.longTasks))} | | 0 extra |`,
      `| ${a.site} | long tasks at first focus, key and analysis | ${long(a.firstUseLongTasks)} | ${long(b.firstUseLongTasks)} | | 0 extra |`,
      `| ${a.site} | first reading after the first key, engine cold, ms | - | ${spread(b.coldReadingMs, 0)} | | <= 300 ms |`,
      `| ${a.site} | next reading after the worker slept, page in use, ms | - | ${spread(b.asleepReadingMs, 0)} | | <= 300 ms |`,
      `| ${a.site} | first reading after the worker slept, fresh page, ms | - | ${spread(b.asleepFreshReadingMs, 0)} | | <= 300 ms |`,
    );
  }
  const fa = without.frames.loads.map((l) => l.scriptMs);
  const fb = withExt.frames.loads.map((l) => l.scriptMs);
  const ta = without.frames.loads.map((l) => l.taskMs);
  const tb = withExt.frames.loads.map((l) => l.taskMs);
  lines.push(
    `| frames page (${FRAMES} documents, no composer) | script ms | ${spread(fa)} | ${spread(fb)} | ${f((median(fb) - median(fa)) / FRAMES, 2)} per document | <= 2 ms per frame |`,
    `| frames page | main-thread ms | ${spread(ta)} | ${spread(tb)} | ${f((median(tb) - median(ta)) / FRAMES, 2)} per document | |`,
  );
  return lines.join('\n');
}
