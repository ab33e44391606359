// Saves screenshots of the extension's pages to reports/screens/, light and dark: the popup (also
// beside a draft and with its journal line), options, welcome, and the Journal (empty, a few
// weeks, a hundred entries, a narrow window).
// Usage: npx wxt build && node scripts/run-ts.mjs scripts/screens.ts [extDir]
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { seedEntries, storeJournal } from '../tests/e2e/journal-seed';

const extDir = resolve(process.argv[2] ?? process.env.WHYFIRST_EXT_DIR ?? '.output/chrome-mv3');
const outDir = resolve('reports/screens');
mkdirSync(outDir, { recursive: true });

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wf-screens-')), {
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

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];
const POPUP = { width: 380, height: 640 };
const WIDE = { width: 1200, height: 900 };

async function shoot(
  id: string,
  page: string,
  file: string,
  scheme: Scheme,
  size: { width: number; height: number },
  fullPage = true,
): Promise<void> {
  const tab = await context.newPage();
  await tab.setViewportSize(size);
  await tab.emulateMedia({ colorScheme: scheme });
  await tab.goto(`chrome-extension://${id}/${page}`);
  await tab.waitForSelector('main:not([aria-busy])');
  await tab.waitForTimeout(300);
  const path = join(outDir, `${file}-${scheme}.png`);
  await tab.screenshot({ path, fullPage });
  console.log(path);
  await tab.close();
}

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${id}/options.html`);
  await setup.evaluate(async () => {
    type Sync = { set: (items: Record<string, unknown>) => Promise<void> };
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome;
    await chrome.storage.sync.set({
      profile: {
        mission: 'I help first-time bakers feel less alone in the kitchen.',
        passions: ['sourdough', 'Chicago', 'teaching'],
      },
    });
  });
  for (const scheme of SCHEMES) {
    await shoot(id, 'popup.html', 'popup', scheme, POPUP, false);
    await shoot(id, 'options.html', 'options', scheme, { width: 900, height: 1400 });
    await shoot(id, 'welcome.html', 'welcome', scheme, { width: 900, height: 900 });
  }

  await storeJournal(setup, []);
  for (const scheme of SCHEMES) await shoot(id, 'journal.html', 'journal-empty', scheme, WIDE);
  await storeJournal(setup, seedEntries(24, Date.now(), { days: 40, withText: true }), {
    keepText: true,
    retentionDays: 365,
  });
  for (const scheme of SCHEMES) {
    await shoot(id, 'journal.html', 'journal', scheme, WIDE);
    await shoot(id, 'popup.html', 'popup-journal-line', scheme, POPUP);
  }
  await storeJournal(setup, seedEntries(100, Date.now(), { days: 84 }), {
    keepText: false,
    retentionDays: 365,
  });
  for (const scheme of SCHEMES) {
    await shoot(id, 'journal.html', 'journal-100', scheme, WIDE);
    await shoot(id, 'journal.html', 'journal-100-top', scheme, WIDE, false);
  }
  await shoot(
    id,
    'journal.html',
    'journal-100-narrow',
    'light',
    { width: 420, height: 900 },
    false,
  );
  await setup.close();

  // The popup beside a draft: a bare X-shaped composer served at x.com; other requests refused.
  await context.route(/^https?:/, (route) =>
    route.request().url().startsWith('https://x.com/')
      ? route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>X</title><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div><br></div></div><div data-testid="toolBar"></div>',
        })
      : route.abort(),
  );
  const x = await context.newPage();
  await x.goto('https://x.com/home');
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.type(
    'Last week I baked with my daughter for the first time. Thank you @sam for the recipe! What did you bake first? Also: my course is 50% off, ends tonight!!!',
  );
  for (const scheme of SCHEMES) {
    const popup = await context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await x.bringToFront();
    await popup.getByRole('heading', { name: 'Your draft' }).waitFor();
    const path = join(outDir, `popup-draft-${scheme}.png`);
    await popup.screenshot({ path });
    console.log(path);
    await popup.close();
  }
} finally {
  await context.close();
}
