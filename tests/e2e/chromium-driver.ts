// The cross-browser driver (driver.ts) on the Chromium harness (harness.ts, playwright-core).
import type { Page } from 'playwright-core';
import { type Driver, type ExtensionTab, retrying, type SiteTab } from './driver';
import { labelledControlInPage } from './fixture-api';
import { callFixture, extensionPage, frameOf, launchWithExtension, openSite } from './harness';

/** A Chromium page with a fixture site, seen through the driver interface. */
export function chromiumTab(page: Page): SiteTab {
  const frame = (i?: number) => (i === undefined ? page.mainFrame() : frameOf(page, i));
  return {
    fixture: (method, ...args) => callFixture(page, method, ...args),
    focus: (i) => callFixture(page, 'focus', i),
    // Draft.js drops keys fired back to back with no gap, which no person types.
    type: (text) => page.keyboard.type(text, { delay: 3 }),
    press: (chord) => page.keyboard.press(chord),
    evaluate: async (fn, arg, i) => (await frame(i)).evaluate(fn as (a: unknown) => never, arg),
    click: async (find, arg, i) => {
      const f = await frame(i);
      const handle = await retrying(() =>
        f.evaluateHandle(find as (a: unknown) => HTMLElement, arg),
      );
      await handle.click();
      await handle.dispose();
    },
    close: () => page.close(),
  };
}

function extensionTab(page: Page): ExtensionTab {
  return {
    fill: async (label, text) => {
      const field = await page.evaluateHandle(labelledControlInPage, label);
      await field.evaluate((f) => {
        f.focus();
        f.select();
      });
      await field.dispose();
      await page.keyboard.press('Delete');
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key),
    value: async (label) => {
      const field = await page.evaluateHandle(labelledControlInPage, label);
      const value = await field.evaluate((f) => f.value);
      await field.dispose();
      return value;
    },
    texts: (selector) =>
      page.evaluate(
        (s) => Array.from(document.querySelectorAll(s), (e) => e.textContent ?? ''),
        selector,
      ),
    close: () => page.close(),
  };
}

/** Launches Chromium with the built extension ($WHYFIRST_EXT_DIR or .output/chrome-mv3). */
export async function launch(): Promise<Driver> {
  const h = await launchWithExtension();
  // Lets specs read back what a refused edit put on the clipboard.
  for (const origin of ['https://x.com', 'https://www.facebook.com', 'https://www.linkedin.com'])
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return {
    browser: 'chromium',
    openSite: async (site, path, opts = {}) =>
      chromiumTab(await openSite(h.context, site, path, { refuse: opts.refuse })),
    openExtensionPage: async (file) => {
      const page = await extensionPage(h.context, file);
      await page.waitForSelector('main:not([aria-busy])');
      return extensionTab(page);
    },
    requests: () => [
      ...h.blocked.map((b) => `${b.source} ${b.method} ${b.url}`),
      ...h.escapedExceptBrowser().map((e) => `proxy ${e}`),
    ],
    errors: async () => h.pageErrors().map((e) => `${e.pageUrl}: ${e.message.split('\n')[0]}`),
    close: () => h.close(),
  };
}
