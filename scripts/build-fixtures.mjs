// Bundles the editor fixture pages (tests/fixtures/src) into tests/fixtures/dist with esbuild.
// Skips the build when no input file changed since the last one (mtimes of every bundled input).
// Usage: node scripts/build-fixtures.mjs [--force]
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'tests/fixtures/src');
/** Where the bundles and pages land; the e2e router serves files from here. */
export const fixturesDist = join(root, 'tests/fixtures/dist');

const pages = [
  { name: 'x', title: 'Home / X' },
  { name: 'facebook', title: 'Facebook' },
  { name: 'linkedin', title: 'Feed | LinkedIn' },
  { name: 'linkedin-preload', title: 'LinkedIn' },
];
const infoFile = join(fixturesDist, '.build-info.json');

async function upToDate() {
  try {
    const info = JSON.parse(await readFile(infoFile, 'utf8'));
    const self = fileURLToPath(import.meta.url);
    for (const [file, mtime] of Object.entries({ ...info.inputs, [self]: info.self })) {
      if ((await stat(file)).mtimeMs !== mtime) return false;
    }
    for (const p of pages) await stat(join(fixturesDist, `${p.name}.js`));
    return true;
  } catch {
    return false;
  }
}

function html(page) {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
</head>
<body>
<script src="/__fixtures/${page.name}.js"></script>
</body>
</html>
`;
}

/** Builds the fixtures unless up to date; returns whether it built and how long it took. */
export async function buildFixtures({ force = false, quiet = false } = {}) {
  const started = performance.now();
  if (!force && (await upToDate())) return { built: false, ms: performance.now() - started };
  await mkdir(fixturesDist, { recursive: true });
  const result = await build({
    entryPoints: Object.fromEntries(pages.map((p) => [p.name, join(srcDir, `${p.name}.ts`)])),
    outdir: fixturesDist,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
    // React's production build: the benchmark must not time React's development checks.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    legalComments: 'none',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  for (const p of pages) await writeFile(join(fixturesDist, `${p.name}.html`), html(p));
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const abs = resolve(root, file);
    inputs[abs] = (await stat(abs)).mtimeMs;
  }
  const self = (await stat(fileURLToPath(import.meta.url))).mtimeMs;
  await writeFile(infoFile, JSON.stringify({ inputs, self }));
  const ms = performance.now() - started;
  if (!quiet)
    console.log(
      `fixtures: built ${pages.length} pages into ${fixturesDist} in ${ms.toFixed(0)} ms`,
    );
  return { built: true, ms };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildFixtures({ force: process.argv.includes('--force') }).then(
    (r) => {
      if (!r.built) console.log('fixtures: up to date');
    },
    (err) => {
      console.error(err.message ?? err);
      process.exit(1);
    },
  );
}
