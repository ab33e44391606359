// Pages that are only read: before a composer is used, WhyFirst leaves nothing a page can see
// (no messages, no nodes, no styles), and the composer UI arrives on first focus.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SITE_IDS } from '../../lib/sites/ids';
import { chromiumTab } from './chromium-driver';
import { type ComposerEnv, openComposerEnv } from './composer-env';
import { expected, meters, modelText, openPanel, shown, waitForMeter } from './composer-kit';
import { stopServiceWorker } from './harness';

/** What the page's own scripts can observe of us, recorded from document start in the page world. */
interface Observed {
  messages: string[];
  nodes: string[];
}

declare global {
  interface Window {
    __observed?: Observed;
  }
}

// Runs in the page's main world before its scripts: the view any site has of an extension. A
// content script's window.postMessage reaches page listeners, and so do nodes it adds. The
// fixture pages post messages of their own (React's scheduler), so only ours are kept.
function watchForExtension(extensionId: string): void {
  const seen: Observed = { messages: [], nodes: [] };
  window.__observed = seen;
  const ours = new RegExp(`${extensionId}|wxt|whyfirst`, 'i');
  addEventListener(
    'message',
    (e) => {
      const data = JSON.stringify(e.data) ?? '';
      if (ours.test(data)) seen.messages.push(data);
    },
    true,
  );
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (
          n instanceof Element &&
          (n.localName.startsWith('whyfirst') || n.hasAttribute('data-whyfirst'))
        )
          seen.nodes.push(n.localName);
  }).observe(document, { childList: true, subtree: true });
}

let env: ComposerEnv;
beforeAll(async () => {
  env = await openComposerEnv();
  await env.harness.context.addInitScript(watchForExtension, env.harness.extensionId ?? '');
});
afterAll(async () => {
  expect(env.pageErrors()).toEqual([]);
  expect(env.extensionRequests()).toEqual([]);
  await env?.close();
});

const observed = (page: Page) =>
  page.evaluate(() => window.__observed ?? { messages: [], nodes: [] });

describe.each(SITE_IDS)('%s, read but not written in', (site) => {
  test('nothing of WhyFirst shows until a composer takes focus; then its meter does', async () => {
    const page = await env.openSite(site, site === 'x' ? '/home' : '/');
    const tab = chromiumTab(page);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(1_500);
    expect(await observed(page)).toEqual({ messages: [], nodes: [] });
    expect(await meters(tab, 0)).toEqual([]);

    await tab.focus(0);
    await tab.type('Buy now!!!');
    await expect.poll(async () => (await meters(tab, 0)).length).toBeGreaterThan(0);
    // The recorder sees what we add once used, so its silence above was not blindness.
    await expect.poll(async () => (await observed(page)).nodes).toContain('whyfirst-meter');
    expect((await observed(page)).messages).toEqual([]);
    await page.close();
  });
});

describe('a service worker put to sleep', () => {
  test('wakes on the next key and answers in full, compromise loaded on demand', async () => {
    const page = await env.openSite('x', '/home');
    const tab = chromiumTab(page);
    await tab.focus(0);
    await tab.type('We finally opened our bakery in Porto');
    await waitForMeter(tab, 0, shown(expected(await modelText(tab, 0))));
    await stopServiceWorker(env.harness.context);
    await tab.type('. DM me for the menu');
    const text = await modelText(tab, 0);
    const report = expected(text);
    await waitForMeter(tab, 0, shown(report));
    // The topic of "end with a question" comes from compromise's lexicon: the woken worker has it.
    await openPanel(tab, 0);
    const quotes = await page.locator('whyfirst-meter .post-suggestion .quote').allTextContents();
    expect(quotes).toEqual(report.postSuggestions.map((p) => p.text.trim()).filter(Boolean));
    expect(quotes.length).toBeGreaterThan(0);
    await page.close();
  });
});
