// Runs once before the e2e files: the browser under test must exist, the fixtures must be current,
// and a stale extension build is worth a warning (the specs test what is in the build, not the source).

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtures } from '../../scripts/build-fixtures.mjs';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { ensureFirefox } from '../../scripts/ensure-firefox.mjs';
import { browserUnderTest } from './driver';
import { repoRoot } from './fixture-routes';

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Vitest global setup: ensure the browser, build fixtures, warn about a stale extension build. */
export default async function setup(): Promise<void> {
  const firefox = browserUnderTest() === 'firefox';
  if (firefox) ensureFirefox();
  else ensureChromium();
  await buildFixtures({ quiet: true });
  const extDir = join(
    repoRoot,
    firefox
      ? (process.env.WHYFIRST_FIREFOX_EXT_DIR ?? '.output/firefox-mv2')
      : (process.env.WHYFIRST_EXT_DIR ?? '.output/chrome-mv3'),
  );
  const manifest = join(extDir, 'manifest.json');
  if (!existsSync(manifest)) return; // the harness explains how to build when a spec needs it
  const source = Math.max(
    ...['entrypoints', 'components', 'lib'].map((d) => newestMtime(join(repoRoot, d))),
  );
  if (source > statSync(manifest).mtimeMs)
    console.warn(
      `e2e: the extension build in ${extDir} is older than the sources; run \`npx wxt build${firefox ? ' -b firefox' : ''}\` first.`,
    );
}
