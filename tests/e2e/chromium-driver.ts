// The cross-browser driver (driver.ts) on the Chromium harness (harness.ts, playwright-core).
import type { Page } from 'playwright-core';
import { type Driver, type ExtensionTab, KEY_GAP_MS, retrying, type SiteTab } from './driver';
import { labelledFieldInPage, textsInPage } from './fixture-api';
import { callFixture, extensionPage, frameOf, launchWithExtension, openSite } from './harness';

/** A Chromium page with a fixture site, seen through the driver interface. */
export function chromiumTab(page: Page): SiteTab {
  const frame = (i?: number) => (i === undefined ? page.mainFrame() : frameOf(page, i));
  return {
    fixture: (method, ...args) => callFixture(page, method, ...args),
    focus: (i) => callFixture(page, 'focus', i),
    type: (text) => page.keyboard.type(text, { delay: KEY_GAP_MS }),
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
      await page.evaluate(labelledFieldInPage, [label, 'select'] as [string, 'select']);
      await page.keyboard.press('Delete');
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key),
    value: (label) => page.evaluate(labelledFieldInPage, [label, 'value'] as [string, 'value']),
    texts: (selector) => page.evaluate(textsInPage, selector),
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
