// Saves screenshots of the popup, options and welcome pages (light and dark) to reports/screens/.
// Usage: WXT_OUT_DIR=.output-popup npx wxt build && node scripts/screens-pages.mjs [extDir]
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

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
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const pages = [
    ['popup', { width: 380, height: 640 }],
    ['options', { width: 900, height: 1400 }],
    ['welcome', { width: 900, height: 900 }],
  ];
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${id}/options.html`);
  await setup.evaluate(async () => {
    await chrome.storage.sync.set({
      profile: {
        mission: 'I help first-time bakers feel less alone in the kitchen.',
        passions: ['sourdough', 'Chicago', 'teaching'],
      },
    });
  });
  await setup.close();
  for (const scheme of ['light', 'dark']) {
    for (const [name, viewport] of pages) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${id}/${name}.html`);
      await page.waitForSelector('main:not([aria-busy])');
      await page.waitForTimeout(300);
      const file = join(outDir, `${name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: name !== 'popup' });
      console.log(file);
      await page.close();
    }
  }
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
  for (const scheme of ['light', 'dark']) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await x.bringToFront();
    await popup.getByRole('heading', { name: 'Your draft' }).waitFor();
    const file = join(outDir, `popup-draft-${scheme}.png`);
    await popup.screenshot({ path: file });
    console.log(file);
    await popup.close();
  }
} finally {
  await context.close();
}
