// `npm run bench`: how fast analyze() is on real posts, against compromise's own parse as the floor.
// It prints figures beside their targets and writes reports/bench.md; it never fails on timing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { concatDraft, median, summarise, type Timing } from '../lib/bench/timing';
import { analyze } from '../lib/engine';
import { parseCsvRecords } from '../lib/eval/csv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(root, '../shared/corpus');
const CORPORA = ['linkedin-posts.csv', 'twitter-sxsw-brand-tweets.csv'];
const HEAP_RUNS = 10_000;
const PROFILE = {
  mission: 'I share what I learn running a small bakery so other owners feel less alone',
  passions: ['baking', 'sourdough', 'running', 'Lisbon', 'community'],
};

// The ESM entry points of compromise share one instance (importing the full build extends /one and
// /two too), so the lighter builds are loaded from their separate CommonJS bundles.
const requireCjs = createRequire(import.meta.url);
const nlpOne = requireCjs('compromise/one') as (text: string) => unknown;
const nlpTwo = requireCjs('compromise/two') as (text: string) => unknown;

const log = (s: string) => process.stderr.write(`${s}\n`);

function loadPosts(): { file: string; texts: string[] }[] {
  return CORPORA.map((file) => {
    const path = join(corpusDir, file);
    if (!existsSync(path)) throw new Error(`corpus file missing: ${path}`);
    const texts = parseCsvRecords(readFileSync(path, 'utf8'))
      .map((r) => r.text ?? '')
      .filter((t) => t !== '');
    return { file, texts };
  });
}

function timeEach(texts: readonly string[], fn: (t: string) => unknown): number[] {
  const ms: number[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t0 = performance.now();
    fn(texts[i] as string);
    ms[i] = performance.now() - t0;
  }
  return ms;
}

function timeRepeated(text: string, runs: number, fn: (t: string) => unknown): number {
  return median(
    timeEach(
      Array.from({ length: runs }, () => text),
      fn,
    ),
  );
}

/** node --expose-gc without changing how the script is started. */
function getGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  try {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

function heapGrowth(texts: readonly string[]): { mb: number; note: string } {
  const gc = getGc();
  if (!gc) return { mb: Number.NaN, note: 'no gc available; run node with --expose-gc' };
  const settle = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = settle();
  for (let i = 0; i < HEAP_RUNS; i++) analyze(texts[i % texts.length] as string);
  const after = settle();
  return { mb: (after - before) / (1024 * 1024), note: `${HEAP_RUNS} analyses, heapUsed after gc` };
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

interface ScriptSize {
  file: string;
  /** Where it runs: every frame, a frame on first use, the background, or an extension page. */
  role: string;
  bytes: number;
  gzip: number;
}

/** Every script of the Chrome build with where it runs, built into .output-bench when stale. */
function bundleSizes(): { sizes: ScriptSize[]; note: string } {
  const out = join(root, '.output-bench');
  const dir = join(out, 'chrome-mv3');
  const built = newestMtime(join(dir, 'manifest.json'));
  const sources = Math.max(
    ...['lib', 'entrypoints', 'components', 'public', 'wxt.config.ts', 'package.json'].map((p) =>
      newestMtime(join(root, p)),
    ),
  );
  let note = 'built earlier';
  if (built === 0 || built < sources) {
    log('building the extension into .output-bench (sources are newer) ...');
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const r = spawnSync(npx, ['wxt', 'build'], {
      cwd: root,
      env: { ...process.env, WXT_OUT_DIR: '.output-bench' },
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      log(r.stdout + r.stderr);
      return { sizes: [], note: 'build failed (see above)' };
    }
    note = 'freshly built';
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    background?: { service_worker?: string };
  };
  const everyFrame = new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
  const roleOf = (file: string): string => {
    if (everyFrame.has(file)) return 'every frame of the sites';
    if (file === manifest.background?.service_worker) return 'background';
    if (file === 'composer-ui.js') return 'a frame, once a composer there is used';
    // Chrome's worker imports compromise's model after it has answered (lib/background/compromise-lazy.ts).
    if (file === 'compromise.js') return 'background, once it has answered its first draft';
    return 'extension pages (popup, options, welcome, journal)';
  };
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.js')),
    ...readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`),
  ];
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(dir, file));
    return {
      file,
      role: roleOf(file),
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
  return { sizes, note };
}

const f = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const ok = (value: number, limit: number) =>
  Number.isFinite(value) ? (value <= limit ? 'yes' : '**no**') : 'n/a';

function main(): void {
  const corpora = loadPosts();
  const posts = corpora.flatMap((c) => c.texts);
  const chars = posts.reduce((a, t) => a + t.length, 0);
  const linkedin = corpora[0]?.texts ?? [];
  log(`${posts.length} posts (${chars} characters); warming up ...`);
  for (const t of posts) analyze(t);
  for (const t of posts) nlp(t);

  log('timing analyze() and nlp() on every post ...');
  const engine = summarise(
    timeEach(posts, (t) => analyze(t)),
    chars,
  );
  // Real users have a profile, which adds lemma matching of the mission and passions.
  for (const t of posts) analyze(t, { profile: PROFILE });
  const withProfile = summarise(
    timeEach(posts, (t) => analyze(t, { profile: PROFILE })),
    chars,
  );
  const parse = summarise(
    timeEach(posts, (t) => nlp(t)),
    chars,
  );
  // Lighter builds an engine could use instead: shown for context, not as the floor.
  for (const t of posts) nlpOne(t);
  for (const t of posts) nlpTwo(t);
  const parseOne = summarise(
    timeEach(posts, (t) => nlpOne(t)),
    chars,
  );
  const parseTwo = summarise(
    timeEach(posts, (t) => nlpTwo(t)),
    chars,
  );

  log('timing the 20,000- and 100,000-character drafts ...');
  const d20 = concatDraft(linkedin, 20_000);
  const d100 = concatDraft(linkedin, 100_000);
  analyze(d20);
  nlp(d20);
  const big = {
    engine20: timeRepeated(d20, 7, (t) => analyze(t)),
    parse20: timeRepeated(d20, 7, (t) => nlp(t)),
    two20: timeRepeated(d20, 7, (t) => nlpTwo(t)),
    engine100: timeRepeated(d100, 3, (t) => analyze(t)),
    parse100: timeRepeated(d100, 3, (t) => nlp(t)),
  };

  log(`heap growth over ${HEAP_RUNS} analyses ...`);
  const heap = heapGrowth(posts);

  const bundle = bundleSizes();

  const ratioMedian = engine.p50 / parse.p50;
  const ratioTotal = engine.totalMs / parse.totalMs;
  const row = (name: string, t: Timing) =>
    `| ${name} | ${f(t.p50, 3)} | ${f(t.p95, 3)} | ${f(t.p99, 3)} | ${f(t.max)} | ${f(t.totalMs, 0)} | ${f(t.charsPerMs, 0)} |`;

  const lines = [
    '# WhyFirst benchmark',
    '',
    `${new Date().toISOString()} · node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · ${os.platform()} ${os.arch()} · load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
    '',
    `Posts: ${corpora.map((c) => `${c.file} (${c.texts.length})`).join(', ')}; ${posts.length} posts, ${chars} characters, each timed once after a warm-up pass.`,
    '',
    '## Per post (ms)',
    '',
    '| | p50 | p95 | p99 | max | total ms | chars/ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('analyze()', engine),
    row('analyze() with a profile', withProfile),
    row('compromise nlp() (floor)', parse),
    row('compromise/two nlp() (for context)', parseTwo),
    row('compromise/one nlp() (for context)', parseOne),
    '',
    '## Against the targets',
    '',
    '| measure | engine | compromise parse | target | met |',
    '|---|---:|---:|---:|:---:|',
    `| p50 per post (ms) | ${f(engine.p50, 3)} | ${f(parse.p50, 3)} | <= 1.5 | ${ok(engine.p50, 1.5)} |`,
    `| p99 per post (ms) | ${f(engine.p99, 3)} | ${f(parse.p99, 3)} | <= 8 | ${ok(engine.p99, 8)} |`,
    `| 20,000-character draft (ms, median of 7) | ${f(big.engine20)} | ${f(big.parse20)} | <= 40 | ${ok(big.engine20, 40)} |`,
    `| 20,000-character draft, compromise/two (ms) | – | ${f(big.two20)} | – | – |`,
    `| 100,000-character draft (ms, median of 3) | ${f(big.engine100)} | ${f(big.parse100)} | – | – |`,
    `| ratio engine / parse, medians | ${f(ratioMedian)} | 1 | <= 2.0 | ${ok(ratioMedian, 2)} |`,
    `| ratio engine / parse, totals | ${f(ratioTotal)} | 1 | <= 2.0 | ${ok(ratioTotal, 2)} |`,
    `| heap growth (MB, ${heap.note}) | ${f(heap.mb)} | – | < 5 | ${Number.isFinite(heap.mb) ? (heap.mb < 5 ? 'yes' : '**no**') : 'n/a'} |`,
    '',
    `## Bundles (chrome-mv3, ${bundle.note})`,
    '',
    'The script in every frame is the only one a page that is only read ever runs (target <= 50 KB).',
    '',
    '| file | runs in | minified KB | gzip KB |',
    '|---|---|---:|---:|',
    ...bundle.sizes.map(
      (s) => `| ${s.file} | ${s.role} | ${f(s.bytes / 1024, 1)} | ${f(s.gzip / 1024, 1)} |`,
    ),
    '',
    'Timings depend on the machine and its load; this is a measurement, not a test.',
    '',
  ];
  const md = lines.join('\n');
  process.stdout.write(md);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports/bench.md'), md);
  log('written to reports/bench.md');
}

main();
