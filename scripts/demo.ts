// `npm run demo`: builds WhyFirst and opens the fixture playground (X, Facebook and LinkedIn
// composers at their real URLs, served locally) in Chromium with the extension loaded.
// With a display ($DISPLAY) the browser opens headed and stays until you close it. Without one, a
// short scripted session types a salesy and an authentic draft on each site, prints the meter's
// readings and saves screenshots of the meter and of the panel it opens to reports/demo/.
// Usage: npm run demo [-- --no-build] [-- --headless]; $WHYFIRST_EXT_DIR skips the build.

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import {
  callFixture,
  type Harness,
  launchWithExtension,
  meter,
  meterCount,
  openSite,
  repoRoot,
  type SiteName,
  typeInto,
} from '../tests/e2e/harness';
import { buildFixtures } from './build-fixtures.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const args = process.argv.slice(2);
const log = (s: string) => console.log(s);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shotsDir = join(repoRoot, 'reports/demo');

// Made-up drafts for the demo.
const DRAFTS = {
  salesy:
    'HUGE SALE!!! Buy now and get 50% off my course, only 3 spots left. DM me for details, link in bio!',
  authentic:
    'Last spring I almost closed the bakery. What kept me going was our regulars asking about the sourdough. Here is what I learned: ask people what they miss. What kept you going when things got hard?',
} as const;

// Which composer each site's demo uses: the big post composer, opened the way a person would.
const SITES: Array<{ site: SiteName; open?: string; label: string }> = [
  { site: 'x', label: 'X home composer (Draft.js)' },
  { site: 'facebook', open: 'Create a post', label: 'Facebook Create post (Lexical)' },
  { site: 'linkedin', open: 'Start a post', label: 'LinkedIn share box (Quill)' },
];

function extensionDir(): string {
  if (process.env.WHYFIRST_EXT_DIR) return process.env.WHYFIRST_EXT_DIR;
  const out = '.output-harness';
  if (!args.includes('--no-build')) {
    log(`demo: building WhyFirst into ${out} (npx wxt build)...`);
    const r = spawnSync('npx', ['wxt', 'build'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, WXT_OUT_DIR: out },
    });
    if (r.status !== 0) throw new Error('demo: wxt build failed');
  }
  return join(repoRoot, out, 'chrome-mv3');
}

/** Waits until the meter's reading has held for 1.2 s (analysis is debounced); null when no meter appears. */
async function settledReading(page: Page): Promise<{ score: string; band: string } | null> {
  const until = Date.now() + 8_000;
  let last = '';
  let since = Date.now();
  while (Date.now() < until) {
    if ((await meterCount(page)) > 0) {
      const m = meter(page, 0);
      const now = `${await m.getAttribute('aria-valuenow')}|${await m.getAttribute('aria-valuetext')}`;
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (!now.startsWith('null') && Date.now() - since >= 1_200) {
        const [score = '', band = ''] = now.split('|');
        return { score, band };
      }
    }
    await sleep(200);
  }
  return null;
}

async function scripted(h: Harness): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  const rows: string[] = [];
  const saved: string[] = [];
  for (const { site, open, label } of SITES) {
    for (const kind of ['salesy', 'authentic'] as const) {
      const page = await openSite(h.context, site);
      if (open) await page.getByRole('button', { name: open }).click();
      const last = (await callFixture(page, 'list')).length - 1;
      await typeInto(page, open ? last : 0, DRAFTS[kind], { delay: 5 });
      const reading = await settledReading(page);
      const base = join(shotsDir, `${site}-${kind}`);
      await page.screenshot({ path: `${base}-meter.png` });
      saved.push(`${base}-meter.png`);
      if (reading) {
        rows.push(`| ${label} | ${kind} | ${reading.score} | ${reading.band} |`);
        await meter(page, 0).click();
        await sleep(600);
        await page.screenshot({ path: `${base}-panel.png` });
        saved.push(`${base}-panel.png`);
        await page.keyboard.press('Escape');
      } else {
        rows.push(`| ${label} | ${kind} | no meter found | - |`);
        log(`demo: ${site} ${kind}: no meter found (screenshot saved without one)`);
      }
      await page.close();
    }
  }
  log('\n| composer | draft | meter (aria-valuenow) | band (aria-valuetext) |');
  log('|---|---|---|---|');
  for (const r of rows) log(r);
  log(`\ndemo: ${saved.length} screenshots in ${relative(process.cwd(), shotsDir) || shotsDir}/:`);
  for (const s of saved) log(`  ${relative(process.cwd(), s)}`);
  const fromExtension = [
    ...h.extensionRequests().map((r) => `${r.source}: ${r.method} ${r.url}`),
    ...h.escapedExceptBrowser().map((e) => `escaped the router: ${e}`),
  ];
  log(
    `demo: requests attributed to the extension: ${fromExtension.length}; page errors: ${h.pageErrors().length}`,
  );
  for (const r of fromExtension) log(`  ${r}`);
  for (const e of h.pageErrors()) log(`  ${e.pageUrl}: ${e.message.split('\n')[0]}`);
}

async function interactive(h: Harness): Promise<void> {
  for (const { site } of SITES) await openSite(h.context, site);
  await h.context
    .pages()[0]
    ?.close()
    .catch(() => {});
  log('demo: Chromium is open with WhyFirst on the X, Facebook and LinkedIn fixtures');
  log(
    '      (real URLs served locally: https://x.com/home, https://www.facebook.com/, https://www.linkedin.com/feed/).',
  );
  log(
    '      The buttons at the bottom left add or remove composers and switch the theme. Close the window to end.',
  );
  await new Promise<void>((resolve) => {
    h.context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
}

async function main(): Promise<void> {
  ensureChromium();
  const dir = extensionDir();
  await buildFixtures({ quiet: true });
  const headed = !!process.env.DISPLAY && !args.includes('--headless');
  const h = await launchWithExtension({ extension: dir, headless: !headed });
  try {
    if (headed) await interactive(h);
    else {
      log('demo: no $DISPLAY, running a short scripted session headless');
      await scripted(h);
    }
  } finally {
    await h.close().catch(() => {});
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
