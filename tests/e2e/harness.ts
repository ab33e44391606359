// Real-browser harness: Debian's Chromium with the built extension loaded, the real site URLs
// routed to local fixture pages, every other request aborted and recorded, page errors collected.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Frame,
  type Locator,
  type Page,
  type Request,
  type Route,
} from 'playwright-core';
import { SITE_HOSTS, type SiteId } from '../../lib/sites/ids';
import type { ComposerInfo, FixtureApi } from '../fixtures/src/common';
import { callFixtureInPage, type FixtureMethod, type FixtureResult } from './fixture-api';
import {
  DEFAULT_PATH,
  FIXTURE_HOSTS,
  fixtureResponse,
  loadFixtureFiles,
  repoRoot,
} from './fixture-routes';
import { proxyPort, startRefusingProxy } from './refusing-proxy';

export { FIXTURE_HOSTS, fixturesDir, LINKEDIN_CSP, repoRoot } from './fixture-routes';

/** The three sites with fixtures. */
export type SiteName = SiteId;

/** Who caused a request the router blocked. */
export type RequestSource = 'extension-worker' | 'extension-page' | 'content-script' | 'page';

/** A request that matched no fixture and was aborted. */
export interface BlockedRequest {
  url: string;
  method: string;
  resourceType: string;
  frameUrl: string | null;
  /** Resolved lazily: the DevTools initiator event may arrive after the route fires. */
  readonly source: RequestSource;
}

/** An uncaught error (`pageerror`) or a console error from a page or frame. */
export interface PageErrorRecord {
  kind: 'pageerror' | 'console';
  pageUrl: string;
  message: string;
}

/** Options for `launchWithExtension`. */
export interface LaunchOptions {
  /** Unpacked extension dir; `false` launches without one. Default: $WHYFIRST_EXT_DIR or .output/chrome-mv3. */
  extension?: string | false;
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Serve LinkedIn with the Trusted Types CSP header (default true). */
  trustedTypes?: boolean;
  /** Attach a DevTools session per page to attribute blocked requests (default true). */
  attributeRequests?: boolean;
}

/** A running browser with the extension, routing and the records tests assert on. */
export interface Harness {
  context: BrowserContext;
  extensionId: string | null;
  extensionDir: string | null;
  /** Every aborted request, in order. */
  blocked: BlockedRequest[];
  /** Fixture URLs the router served. */
  served: string[];
  /**
   * Requests that reached the network layer without passing the router (e.g. sent before the
   * routes were installed, at browser start); a local proxy refuses and records them.
   */
  escaped: string[];
  /** Uncaught page errors and console errors. */
  errors: PageErrorRecord[];
  /**
   * `escaped` minus Chromium's own traffic (Google update and account hosts) and connection
   * warm-ups to the fixture hosts, which carry no request of their own.
   */
  escapedExceptBrowser(): string[];
  /** Blocked requests attributed to the extension (worker, extension pages, content scripts). */
  extensionRequests(): BlockedRequest[];
  /** Uncaught errors only (console errors excluded); content-script errors are included. */
  pageErrors(): PageErrorRecord[];
  /** Uncaught errors whose stack names a chrome-extension:// script (e.g. the content script). */
  extensionErrors(): PageErrorRecord[];
  close(): Promise<void>;
}

const harnesses = new WeakMap<BrowserContext, Harness>();

/** Path of a Chromium binary: $CHROMIUM_PATH, /usr/bin/chromium or /usr/bin/chromium-browser. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found. Run: node scripts/ensure-chromium.mjs');
  return found;
}

/** The unpacked extension directory to load, checked to hold a manifest. */
export function resolveExtensionDir(dir?: string): string {
  const chosen = resolve(repoRoot, dir ?? process.env.WHYFIRST_EXT_DIR ?? '.output/chrome-mv3');
  if (!existsSync(join(chosen, 'manifest.json')))
    throw new Error(
      `WhyFirst is not built at ${chosen} (no manifest.json). Build it with \`npx wxt build\` ` +
        '(or WXT_OUT_DIR=<dir> npx wxt build and set WHYFIRST_EXT_DIR=<dir>/chrome-mv3).',
    );
  return chosen;
}

/**
 * Launches Chromium with the extension (unless `extension: false`), routes the sites' URLs to the
 * fixtures and aborts and records every other request.
 */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = opts.extension === false ? null : resolveExtensionDir(opts.extension);
  const files = loadFixtureFiles();
  const userDataDir = mkdtempSync(join(tmpdir(), 'whyfirst-e2e-'));
  const escaped: string[] = [];
  const proxy = await startRefusingProxy(escaped);
  const args = [
    `--proxy-server=http://127.0.0.1:${proxyPort(proxy)}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ];
  if (extensionDir)
    args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: opts.headless ?? true,
      args,
      viewport: opts.viewport ?? { width: 1280, height: 800 },
    })
    .catch((err: unknown) => {
      proxy.close();
      throw err;
    });

  const blocked: BlockedRequest[] = [];
  const served: string[] = [];
  const errors: PageErrorRecord[] = [];
  // URL -> script URLs on the initiator's stack, from DevTools Network events.
  const initiators = new Map<string, string[]>();
  const trustedTypes = opts.trustedTypes ?? true;

  const record = (request: Request) => {
    let frameUrl: string | null = null;
    let worker = false;
    try {
      worker = request.serviceWorker() !== null;
      if (!worker) frameUrl = request.frame().url();
    } catch {
      worker = true;
    }
    const url = request.url();
    blocked.push({
      url,
      method: request.method(),
      resourceType: request.resourceType(),
      frameUrl,
      get source(): RequestSource {
        if (worker) return 'extension-worker';
        if (frameUrl?.startsWith('chrome-extension://')) return 'extension-page';
        const stack = initiators.get(url) ?? [];
        return stack.some((u) => u.startsWith('chrome-extension://')) ? 'content-script' : 'page';
      },
    });
  };

  await context.route('**/*', async (route: Route, request: Request) => {
    const url = new URL(request.url());
    // Extension pages load their own packaged files (chrome-extension://); that is not network.
    if (
      url.protocol !== 'http:' &&
      url.protocol !== 'https:' &&
      url.protocol !== 'ws:' &&
      url.protocol !== 'wss:'
    ) {
      await route.continue();
      return;
    }
    const navigation = request.resourceType() === 'document' && request.isNavigationRequest();
    const answer = fixtureResponse(files, url, navigation, { trustedTypes });
    if (answer) {
      served.push(request.url());
      await route.fulfill(answer);
      return;
    }
    record(request);
    await route.abort('blockedbyclient');
  });

  const watchPage = async (page: Page) => {
    page.on('pageerror', (err) =>
      errors.push({ kind: 'pageerror', pageUrl: page.url(), message: String(err.stack ?? err) }),
    );
    page.on('console', (msg) => {
      if (msg.type() === 'error')
        errors.push({ kind: 'console', pageUrl: page.url(), message: msg.text() });
    });
    if (opts.attributeRequests === false) return;
    let cdp: CDPSession;
    try {
      cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
    } catch {
      return; // the page closed before the session attached
    }
    cdp.on('Network.requestWillBeSent', (e) => {
      const urls: string[] = [];
      for (let st: typeof e.initiator.stack | undefined = e.initiator.stack; st; st = st.parent)
        for (const f of st.callFrames) urls.push(f.url);
      if (e.initiator.url) urls.push(e.initiator.url);
      initiators.set(e.request.url, urls);
    });
  };
  context.on('page', (p) => void watchPage(p));
  await Promise.all(context.pages().map(watchPage));

  let extensionId: string | null = null;
  if (extensionDir) {
    const isExt = (u: string) => u.startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find((w) => isExt(w.url())) ??
      (await context
        .waitForEvent('serviceworker', { predicate: (w) => isExt(w.url()), timeout: 15_000 })
        .catch(() => null));
    if (!worker) {
      await context.close();
      proxy.close();
      throw new Error(`The extension at ${extensionDir} started no service worker within 15 s.`);
    }
    extensionId = new URL(worker.url()).host;
  }

  const harness: Harness = {
    context,
    extensionId,
    extensionDir,
    blocked,
    served,
    escaped,
    errors,
    escapedExceptBrowser: () => escaped.filter((e) => !isBrowserTraffic(e)),
    extensionRequests: () => blocked.filter((b) => b.source !== 'page'),
    pageErrors: () => errors.filter((e) => e.kind === 'pageerror'),
    extensionErrors: () =>
      errors.filter((e) => e.kind === 'pageerror' && e.message.includes('chrome-extension://')),
    close: async () => {
      await context.close();
      proxy.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  harnesses.set(context, harness);
  return harness;
}

const BROWSER_HOSTS = /(^|\.)(googleapis\.com|google\.com|gvt1\.com|gstatic\.com)$/;

function isBrowserTraffic(entry: string): boolean {
  const connect = entry.startsWith('CONNECT ');
  const target = connect ? `https://${entry.slice(8)}` : entry;
  let host: string;
  try {
    host = new URL(target).hostname;
  } catch {
    return false;
  }
  return BROWSER_HOSTS.test(host) || (connect && host in FIXTURE_HOSTS);
}

/** The harness that launched `context` (for helpers given only a context). */
export function harnessOf(context: BrowserContext): Harness {
  const h = harnesses.get(context);
  if (!h) throw new Error('This context was not launched by launchWithExtension.');
  return h;
}

/** Options for `openSite`. */
export interface OpenSiteOptions {
  theme?: string;
  /** Start in refusing mode: the editors revert edits that no key, paste or IME caused. */
  refuse?: boolean;
  /** Another host of the same site, e.g. 'twitter.com' or 'web.facebook.com'. */
  host?: string;
  /** Reuse this page instead of opening a new one. */
  page?: Page;
}

/** Opens a fixture site at its real URL and waits until its composers are mounted. */
export async function openSite(
  context: BrowserContext,
  site: SiteName,
  path: string = DEFAULT_PATH[site],
  opts: OpenSiteOptions = {},
): Promise<Page> {
  const url = new URL(`https://${opts.host ?? SITE_HOSTS[site][0]}${path}`);
  if (opts.theme) url.searchParams.set('theme', opts.theme);
  if (opts.refuse) url.searchParams.set('refuse', '1');
  const page = opts.page ?? (await context.newPage());
  await page.goto(url.href);
  try {
    await page.waitForFunction(() => window.__fixture?.ready === true, undefined, {
      timeout: 15_000,
    });
  } catch (err) {
    const errors = harnesses.get(context)?.pageErrors() ?? [];
    const detail = errors.map((e) => e.message.split('\n')[0]).join('; ');
    throw new Error(`fixture ${url.href} did not become ready${detail ? `: ${detail}` : ''}`, {
      cause: err,
    });
  }
  return page;
}

/** Calls one `window.__fixture` method in the page and returns its result. */
export async function callFixture<M extends FixtureMethod>(
  page: Page,
  method: M,
  ...args: Parameters<FixtureApi[M]>
): Promise<FixtureResult<M>> {
  return page.evaluate(callFixtureInPage, [method, args] as [string, unknown[]]) as Promise<
    FixtureResult<M>
  >;
}

/** The composers the fixture page has mounted, in index order. */
export function composers(page: Page): Promise<ComposerInfo[]> {
  return callFixture(page, 'list');
}

/** The composer's text read from its editor MODEL (Draft, Lexical, Quill or React state). */
export function fixtureModelText(page: Page, i: number): Promise<string> {
  return callFixture(page, 'getModelText', i);
}

/** The composer's text as shown in the DOM (blocks joined by '\n'). */
export function fixtureDomText(page: Page, i: number): Promise<string> {
  return callFixture(page, 'getDomText', i);
}

/** Focuses composer `i` (caret at the end) and types `text` key by key as a person would. */
export async function typeInto(
  page: Page,
  i: number,
  text: string,
  opts: { delay?: number } = {},
): Promise<void> {
  await callFixture(page, 'focus', i);
  await page.keyboard.type(text, { delay: opts.delay ?? 0 });
}

/**
 * The i-th WhyFirst meter (document order) in a page or frame: the `[role="meter"]` inside a
 * `whyfirst-meter` host's open shadow root (Playwright's CSS engine pierces open shadow roots).
 */
export function meter(target: Page | Frame, i = 0): Locator {
  return target.locator('whyfirst-meter').nth(i).locator('[role="meter"]');
}

/** How many WhyFirst meter hosts the page or frame holds. */
export function meterCount(target: Page | Frame): Promise<number> {
  return target.locator('whyfirst-meter').count();
}

/** The meter's aria-valuenow as a number, or null when absent or not numeric. */
export async function meterValue(target: Page | Frame, i = 0): Promise<number | null> {
  const m = meter(target, i);
  if ((await m.count()) === 0) return null;
  const v = await m.getAttribute('aria-valuenow');
  return v === null || v === '' || Number.isNaN(Number(v)) ? null : Number(v);
}

/** The frame that holds composer `i` (the LinkedIn /preload/ decoy lives in its own document). */
export async function frameOf(page: Page, i: number): Promise<Frame> {
  const list = await composers(page);
  if (list[i]?.where !== 'iframe') return page.mainFrame();
  for (const frame of page.frames())
    if (frame !== page.mainFrame() && (await frame.evaluate(() => !!window.__fixtureFrame)))
      return frame;
  throw new Error(`no frame holds composer ${i}`);
}

/** Opens an extension page such as 'popup.html' or 'options.html' in a new tab. */
export async function extensionPage(context: BrowserContext, file: string): Promise<Page> {
  const { extensionId } = harnessOf(context);
  if (!extensionId) throw new Error('extensionPage: the harness was launched without an extension');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  return page;
}

/** The frame of the LinkedIn fixture's hidden /preload/ page (same-origin iframe). */
export async function linkedinPreloadFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[src="/preload/"]', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the LinkedIn fixture has no /preload/ frame');
  return frame;
}

/**
 * Stops the extension's service worker, as Chrome does after ~30 s idle (through the DevTools
 * session of one of its pages, which owns the extension's workers), and waits until it has.
 */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = await extensionPage(context, 'options.html');
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      if (e.versions.some((v) => v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await page.close();
}
