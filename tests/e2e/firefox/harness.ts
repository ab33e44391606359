// Firefox harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the built
// add-on installed temporarily, the real site URLs answered by the shared fixture router, every
// other request aborted and recorded, and a refusing proxy for what BiDi cannot see.

import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { fixtureResponse, loadFixtureFiles, repoRoot } from '../fixture-routes';
import { proxyPort, startRefusingProxy } from '../refusing-proxy';

/** Path of a Firefox binary: $FIREFOX_PATH or Debian's /usr/bin/firefox-esr. */
export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].find(
    (p): p is string => !!p && existsSync(p),
  );
  if (!found) throw new Error('No Firefox found. Run: node scripts/ensure-firefox.mjs');
  return found;
}

/** The unpacked Firefox build to install, checked to hold a manifest. */
export function resolveFirefoxExtensionDir(dir?: string): string {
  const chosen = resolve(
    repoRoot,
    dir ?? process.env.WHYFIRST_FIREFOX_EXT_DIR ?? '.output/firefox-mv2',
  );
  if (!existsSync(join(chosen, 'manifest.json')))
    throw new Error(
      `WhyFirst is not built for Firefox at ${chosen} (no manifest.json). Build it with ` +
        '`npx wxt build -b firefox`.',
    );
  return chosen;
}

/** A request the router did not answer: aborted and recorded. */
export interface FirefoxBlockedRequest {
  url: string;
  method: string;
  pageUrl: string;
}

/** An uncaught error or a console error seen in a tab. */
export interface FirefoxErrorRecord {
  kind: 'pageerror' | 'console';
  pageUrl: string;
  message: string;
}

/** An error from the browser console (nsIScriptError). */
export interface ConsoleError {
  /** When the browser console received it (ms since the epoch). */
  time: number;
  /** The script's URL, e.g. moz-extension://…/composer-ui.js ('' when unknown). */
  source: string;
  category: string;
  message: string;
}

/** Options for `launchFirefox`. */
export interface FirefoxLaunchOptions {
  /** Unpacked add-on dir; `false` launches without one. Default: .output/firefox-mv2. */
  extension?: string | false;
  /** Serve LinkedIn with the Trusted Types CSP header (default true). */
  trustedTypes?: boolean;
  /** More Firefox preferences, e.g. a shorter `dom.max_ext_content_script_run_time`. */
  prefs?: Record<string, unknown>;
}

/** A running Firefox with the add-on, routing and the records tests assert on. */
export interface FirefoxHarness {
  browser: Browser;
  /** `moz-extension://<uuid>/` of the installed add-on, or null without one. */
  extensionBase: string | null;
  /** Requests the tabs' routers aborted, in order. */
  blocked: FirefoxBlockedRequest[];
  /** Fixture URLs the routers served. */
  served: string[];
  /**
   * What reached the refusing proxy: requests no tab router saw (the background page's, a content
   * script's `fetch`, Firefox's own).
   */
  proxied: string[];
  errors: FirefoxErrorRecord[];
  /**
   * Every error the browser console logged since launch: the background page's, extension pages',
   * content scripts' (also those BiDi does not report, such as a slow script being stopped).
   */
  consoleErrors(): Promise<ConsoleError[]>;
  /** Opens a tab whose requests go through the fixture router and whose errors are recorded. */
  newPage(): Promise<Page>;
  /** Opens one of the add-on's pages (e.g. 'popup.html') once `ready` matches an element there. */
  extensionPage(file: string, ready?: string): Promise<Page>;
  close(): Promise<void>;
}

function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Launches Firefox with the add-on installed, its sites routed to the fixtures. */
export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const extensionDir = opts.extension === false ? null : resolveFirefoxExtensionDir(opts.extension);
  const files = loadFixtureFiles();
  const trustedTypes = opts.trustedTypes ?? true;
  const proxied: string[] = [];
  const proxy = await startRefusingProxy(proxied);
  const port = proxyPort(proxy);
  const uuid = randomUUID();
  const uuids = extensionDir ? { [geckoId(extensionDir)]: uuid } : {};
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: { width: 1280, height: 800 },
      env: {
        ...process.env,
        // Firefox asks a remote-settings server at start unless the profile may override it.
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
        // Lets WebDriver open moz-extension:// pages and read the browser console (see below).
        MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1',
      },
      extraPrefsFirefox: {
        // Everything that is not answered in a tab goes to the proxy, which refuses and records it;
        // Firefox's own checks for a captive portal and connectivity stay off.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // A known moz-extension:// origin, so tests can open the add-on's pages.
        'extensions.webextensions.uuids': JSON.stringify(uuids),
        // Lets a test read the clipboard without Firefox's "Paste" prompt.
        'dom.events.testing.asyncClipboard': true,
        ...opts.prefs,
      },
    })
    .catch((err: unknown) => {
      proxy.close();
      throw err;
    });

  const blocked: FirefoxBlockedRequest[] = [];
  const served: string[] = [];
  const errors: FirefoxErrorRecord[] = [];

  const watch = (page: Page) => {
    page.on('pageerror', (err) =>
      errors.push({
        kind: 'pageerror',
        pageUrl: page.url(),
        message: err instanceof Error ? String(err.stack ?? err) : String(err),
      }),
    );
    page.on('console', (msg) => {
      if (msg.type() === 'error')
        errors.push({ kind: 'console', pageUrl: page.url(), message: msg.text() });
    });
  };

  const route = async (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      await request.continue();
      return;
    }
    // `resourceType()` throws in Firefox; a navigation is what gets a fixture page.
    const answer = fixtureResponse(files, url, request.isNavigationRequest(), { trustedTypes });
    if (answer) {
      served.push(request.url());
      await request.respond({
        status: answer.status,
        headers: answer.headers,
        body: answer.body,
      });
      return;
    }
    let pageUrl = '';
    try {
      pageUrl = request.frame()?.url() ?? '';
    } catch {
      // A request with no frame left.
    }
    blocked.push({ url: request.url(), method: request.method(), pageUrl });
    await request.abort('blockedbyclient');
  };

  const consoleErrors = await watchBrowserConsole(browser).catch(async (err: unknown) => {
    await browser.close();
    proxy.close();
    throw err;
  });
  let extensionBase: string | null = null;
  if (extensionDir) {
    await browser.installExtension(extensionDir);
    extensionBase = `moz-extension://${uuid}/`;
  }

  const newPage = async () => {
    const page = await browser.newPage();
    watch(page);
    await page.setRequestInterception(true);
    page.on('request', (r) => void route(r).catch(() => {}));
    return page;
  };

  return {
    browser,
    extensionBase,
    blocked,
    served,
    proxied,
    errors,
    consoleErrors,
    newPage,
    extensionPage: async (file, ready = 'body') => {
      if (!extensionBase) throw new Error('extensionPage: Firefox was launched without the add-on');
      return openExtensionPage(browser, `${extensionBase}${file}`, ready);
    },
    close: async () => {
      await browser.close().catch(() => {});
      proxy.close();
    },
  };
}

/**
 * WebDriver BiDi reports no navigation events for a tab that moves into the add-on's process, so
 * the navigation is started and the page polled until it shows `ready`.
 */
async function openExtensionPage(browser: Browser, url: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url, { timeout: 0 }).catch(() => {});
  const deadline = Date.now() + 15_000;
  for (;;) {
    const shown = await page
      .evaluate((u, r) => location.href === u && document.querySelector(r) !== null, url, ready)
      .catch(() => false);
    if (shown) {
      // The add-on's welcome tab may have opened in front; a person looks at this one.
      await page.bringToFront();
      return page;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not show ${ready} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The raw WebDriver BiDi connection puppeteer keeps (not in its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Errors (nsIScriptError's warning and info flags, 1 and 8, unset), and the warning Firefox logs
 * when it stops a script that ran too long ("Script terminated by timeout at: <stack>").
 */
const LISTEN_TO_CONSOLE = `(() => {
  const errors = [];
  globalThis.__whyfirstConsoleErrors = errors;
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError)) return;
      const stopped = /terminated by timeout|long running script/i.test(message.errorMessage);
      if ((message.flags & 9) !== 0 && !stopped) return;
      errors.push({ time: Date.now(), source: message.sourceName, category: message.category, message: message.errorMessage });
    },
  });
})()`;

/**
 * Listens to the browser console from the browser window's chrome realm (system access, set at
 * launch), where every error of every process arrives; returns a reader for what it collected.
 */
async function watchBrowserConsole(browser: Browser): Promise<() => Promise<ConsoleError[]>> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox has no chrome window to read its console from');
  const evaluate = async (expression: string) => {
    const { result } = (await connection.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: false,
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: unknown } };
    if (result.type !== 'success')
      throw new Error(`browser console: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result?.value;
  };
  await evaluate(LISTEN_TO_CONSOLE);
  return async () =>
    JSON.parse(
      String(await evaluate('JSON.stringify(globalThis.__whyfirstConsoleErrors)')),
    ) as ConsoleError[];
}
