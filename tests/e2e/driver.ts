// One small interface over both browser harnesses (Chromium through playwright-core, Firefox
// through puppeteer-core), so a spec written against it (with composer-kit.ts) runs in either.

import type { SiteId } from '../../lib/sites/ids';
import type { FixtureApi } from '../fixtures/src/common';
import type { FixtureMethod, FixtureResult } from './fixture-api';

/** The browsers WhyFirst is tested in. */
export type BrowserName = 'chromium' | 'firefox';

/**
 * The gap between typed keys. Draft.js drops a key fired too soon after the last one on a busy
 * machine (X's hashtag decorator re-renders the block), which no person's typing does.
 */
export const KEY_GAP_MS = 10;

/** A fixture site open in a tab; composer indexes are the fixture's (`__fixture.list()`). */
export interface SiteTab {
  /** Calls `window.__fixture[method](...args)` in the page. */
  fixture<M extends FixtureMethod>(
    method: M,
    ...args: Parameters<FixtureApi[M]>
  ): Promise<FixtureResult<M>>;
  /** Focuses composer `i` through its editor's API (caret at the end), in the tab a person looks at. */
  focus(i: number): Promise<void>;
  /** Types `text` as key presses into whatever has focus, a few ms apart as a person types. */
  type(text: string): Promise<void>;
  /** Presses a key or a chord such as 'Control+z' or 'Alt+Shift+W', as trusted input. */
  press(chord: string): Promise<void>;
  /**
   * Runs a self-contained function (fixture-api.ts) in the document that holds composer `i` (the
   * page itself when `i` is left out) and returns its result.
   */
  evaluate<A, R>(fn: (arg: A) => R, arg: A, i?: number): Promise<Awaited<R>>;
  /**
   * Clicks, with trusted mouse input, the element `find` returns in the document that holds
   * composer `i` (the page when left out); waits a little for it to appear.
   */
  click<A>(find: (arg: A) => HTMLElement, arg: A, i?: number): Promise<void>;
  close(): Promise<void>;
}

/** One of the extension's own pages open in a tab. */
export interface ExtensionTab {
  /** Focuses the field with this label, empties it and types `text` key by key. */
  fill(label: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** The value of the field with this label. */
  value(label: string): Promise<string>;
  /** The text of every element matching `selector`, in document order. */
  texts(selector: string): Promise<string[]>;
  close(): Promise<void>;
}

/** A browser with the production build installed and the sites routed to the fixtures. */
export interface Driver {
  readonly browser: BrowserName;
  /**
   * Opens a fixture site at its real URL (`path` may carry a query, e.g. '?os=mobile') and waits
   * for its composers; `refuse` makes its editors refuse programmatic edits.
   */
  openSite(site: SiteId, path?: string, opts?: { refuse?: boolean }): Promise<SiteTab>;
  /** Opens an extension page (e.g. 'popup.html') once it has rendered. */
  openExtensionPage(file: string): Promise<ExtensionTab>;
  /** Every request that was not a fixture (all aborted or refused), as readable lines. */
  requests(): string[];
  /** Uncaught errors from pages, content scripts, the background and extension pages. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** The browser a spec runs in: $WHYFIRST_BROWSER ('chromium' by default). */
export function browserUnderTest(): BrowserName {
  const name = process.env.WHYFIRST_BROWSER ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox')
    throw new Error(`WHYFIRST_BROWSER must be chromium or firefox, not ${name}`);
  return name;
}

/** Launches the browser under test with the built extension. */
export async function launchDriver(browser = browserUnderTest()): Promise<Driver> {
  const mod =
    browser === 'firefox' ? await import('./firefox/driver') : await import('./chromium-driver');
  return mod.launch();
}

/** Calls `attempt` until it resolves (a control may appear a frame later), up to `timeout` ms. */
export async function retrying<T>(attempt: () => Promise<T>, timeout = 5_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
