// The composer specs' view of the shared harness: one Chromium with the production build, fixture
// sites at their real URLs, and a way to change the extension's storage as the popup would.
import type { Page } from 'playwright-core';
import {
  type Harness,
  launchWithExtension,
  type OpenSiteOptions,
  openSite,
  type SiteName,
} from './harness';

/** What the composer specs need from a running browser. */
export interface ComposerEnv {
  harness: Harness;
  /** Opens a fixture site; `path` may carry a query (e.g. '?refuse=1', '?os=mobile'). */
  openSite(site: SiteName, path: string, opts?: OpenSiteOptions): Promise<Page>;
  /** Uncaught page errors so far, as messages. */
  pageErrors(): string[];
  /** Requests the extension itself made (all blocked), as URLs. */
  extensionRequests(): string[];
  /** Sends a message to the active tab's content scripts from the service worker, as the popup does. */
  askActiveTab(message: unknown): Promise<unknown>;
  /** Writes to the extension's storage from its service worker. */
  setStorage(area: 'local' | 'sync', items: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension ($WHYFIRST_EXT_DIR or .output/chrome-mv3). */
export async function openComposerEnv(): Promise<ComposerEnv> {
  const harness = await launchWithExtension();
  // Lets specs read back what a refused edit put on the clipboard.
  for (const origin of ['https://x.com', 'https://www.facebook.com', 'https://www.linkedin.com'])
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const worker = () => {
    const w = harness.context
      .serviceWorkers()
      .find((sw) => sw.url().startsWith(`chrome-extension://${harness.extensionId}/`));
    if (!w) throw new Error('the extension has no running service worker');
    return w;
  };
  return {
    harness,
    openSite: async (site, path, opts = {}) => {
      const params = new URLSearchParams(path.split('?')[1] ?? '');
      return openSite(harness.context, site, path, {
        ...opts,
        theme: opts.theme ?? params.get('theme') ?? undefined,
        refuse: opts.refuse ?? params.get('refuse') === '1',
      });
    },
    pageErrors: () => harness.pageErrors().map((e) => `${e.pageUrl}: ${e.message.split('\n')[0]}`),
    // The extension's own packaged files (its welcome page loading) are not network requests.
    extensionRequests: () =>
      harness
        .extensionRequests()
        .filter((r) => !r.url.startsWith('chrome-extension://'))
        .map((r) => `${r.source} ${r.url}`),
    askActiveTab: (message) =>
      worker().evaluate(async (m) => {
        type Tabs = {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, m: unknown): Promise<unknown>;
        };
        const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tabs.sendMessage(tab.id, m);
      }, message),
    setStorage: async (area, items) => {
      await worker().evaluate(
        ([a, i]) =>
          (
            globalThis as unknown as {
              chrome: { storage: Record<string, { set(x: unknown): Promise<void> }> };
            }
          ).chrome.storage[a as string]?.set(i),
        [area, items] as const,
      );
    },
    close: () => harness.close(),
  };
}
