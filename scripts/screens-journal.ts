// Saves screenshots of the Journal (empty, a few weeks, a hundred entries; light and dark) and of
// the popup's journal line to reports/screens/.
// Usage: npx wxt build && node scripts/run-ts.mjs scripts/screens-journal.ts [extDir]
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { seedEntries, storeJournal } from '../tests/e2e/journal-seed';

const extDir = resolve(process.argv[2] ?? process.env.WHYFIRST_EXT_DIR ?? '.output/chrome-mv3');
const outDir = resolve('reports/screens');
mkdirSync(outDir, { recursive: true });

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wf-journal-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});

async function shoot(
  id: string,
  name: string,
  file: string,
  scheme: 'light' | 'dark',
  size: { width: number; height: number },
  fullPage = true,
): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${id}/${name}`);
  await page.waitForSelector('main:not([aria-busy])');
  await page.waitForTimeout(300);
  const path = join(outDir, `${file}-${scheme}.png`);
  await page.screenshot({ path, fullPage });
  console.log(path);
  await page.close();
}

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${id}/journal.html`);
  const now = Date.now();
  const wide = { width: 1200, height: 900 };

  await storeJournal(setup, []);
  for (const scheme of ['light', 'dark'] as const)
    await shoot(id, 'journal.html', 'journal-empty', scheme, wide);

  await storeJournal(setup, seedEntries(24, now, { days: 40, withText: true }), {
    keepText: true,
    retentionDays: 365,
  });
  for (const scheme of ['light', 'dark'] as const) {
    await shoot(id, 'journal.html', 'journal', scheme, wide);
    await shoot(id, 'popup.html', 'popup-journal-line', scheme, { width: 380, height: 640 });
  }

  await storeJournal(setup, seedEntries(100, now, { days: 84 }), {
    keepText: false,
    retentionDays: 365,
  });
  for (const scheme of ['light', 'dark'] as const) {
    await shoot(id, 'journal.html', 'journal-100', scheme, wide);
    await shoot(id, 'journal.html', 'journal-100-top', scheme, wide, false);
  }
  // The narrowest sensible window, to see the layout wrap.
  await shoot(
    id,
    'journal.html',
    'journal-100-narrow',
    'light',
    { width: 420, height: 900 },
    false,
  );
} finally {
  await context.close();
}
