// Proves the Firefox harness's accounting can fail: a canary add-on that makes requests from its
// background page and its content script, and throws, must be seen doing so.

import { expect, test } from 'vitest';
import { callFixtureInPage } from '../fixture-api';
import { repoRoot } from '../fixture-routes';
import { launchFirefox } from './harness';

test('a canary add-on’s requests (start-up ones included) and errors are caught', async () => {
  const h = await launchFirefox({ extension: `${repoRoot}/tests/fixtures/canary-extension` });
  try {
    const page = await h.newPage();
    await page.goto('https://x.com/home');
    await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: 15_000 });
    // The background page's requests can only reach the proxy; the content script's is seen by
    // the tab's router or, failing that, reaches the proxy too.
    const connects = () => h.proxied.filter((p) => p === 'CONNECT canary.invalid:443').length;
    const fromContentScript = 'https://canary.invalid/from-content-script';
    await expect
      .poll(
        () => ({
          startup: h.proxied.includes('CONNECT canary-startup.invalid:443'),
          background: connects() >= 1,
          contentScript: h.blocked.some((b) => b.url === fromContentScript) || connects() === 2,
        }),
        { timeout: 10_000 },
      )
      .toEqual({ startup: true, background: true, contentScript: true });
    const modelText: [string, unknown[]] = ['getModelText', [0]];
    expect(await page.evaluate(callFixtureInPage, modelText)).toBe('');
    // An uncaught error in the content script reaches both the tab's errors and the browser console.
    await expect
      .poll(() => h.errors.map((e) => e.message.split('\n')[0]))
      .toContain('Error: Error: canary content script error');
    expect((await h.consoleErrors()).map((e) => e.message)).toContain(
      'Error: canary content script error',
    );
    // Packaged add-on files are not network: the add-on's page loads and nothing more is counted.
    const count = h.blocked.length + h.proxied.length;
    const ext = await h.extensionPage('page.html');
    await expect.poll(() => ext.title()).toBe('canary page loaded');
    expect(h.blocked.length + h.proxied.length).toBe(count);
  } finally {
    await h.close();
  }
});
