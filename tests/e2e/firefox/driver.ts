// The cross-browser driver (../driver.ts) on the Firefox harness (puppeteer-core over BiDi).
import type { Frame, Keyboard, KeyInput, Page } from 'puppeteer-core';
import { SITE_HOSTS } from '../../../lib/sites/ids';
import { type Driver, type ExtensionTab, KEY_GAP_MS, retrying, type SiteTab } from '../driver';
import {
  callFixtureInPage,
  type FixtureMethod,
  type FixtureResult,
  labelledFieldInPage,
  textsInPage,
} from '../fixture-api';
import { DEFAULT_PATH } from '../fixture-routes';
import { type ConsoleError, launchFirefox } from './harness';

function call<M extends FixtureMethod>(
  page: Page,
  method: M,
  ...args: unknown[]
): Promise<FixtureResult<M>> {
  const request: [string, unknown[]] = [method, args];
  return page.evaluate(callFixtureInPage, request) as Promise<FixtureResult<M>>;
}

/** The frame that holds composer `i` (the LinkedIn /preload/ decoy lives in its own document). */
async function frameOf(page: Page, i?: number): Promise<Frame> {
  if (i === undefined) return page.mainFrame();
  const list = await call(page, 'list');
  if (list[i]?.where !== 'iframe') return page.mainFrame();
  for (const frame of page.frames())
    if (frame !== page.mainFrame() && (await frame.evaluate(() => !!window.__fixtureFrame)))
      return frame;
  throw new Error(`no frame holds composer ${i}`);
}

/** Presses a key or a chord such as 'Control+z' (puppeteer takes one key at a time). */
async function press(keyboard: Keyboard, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop();
  if (!key) throw new Error(`not a key: ${chord}`);
  for (const m of keys) await keyboard.down(m);
  await keyboard.press(key);
  for (const m of keys.reverse()) await keyboard.up(m);
}

/** When a test closed a tab: from the request until a second after Firefox confirmed it. */
type Closing = { from: number; to: number };

function siteTab(page: Page, closings: Closing[]): SiteTab {
  return {
    fixture: (method, ...args) => call(page, method, ...args),
    focus: async (i) => {
      // The add-on's welcome tab can open in front after the site did; a person types in the tab
      // they look at, and Firefox sends no focus events to a tab in the background.
      await page.bringToFront();
      await call(page, 'focus', i);
    },
    type: (text) => page.keyboard.type(text, { delay: KEY_GAP_MS }),
    press: (chord) => press(page.keyboard, chord),
    evaluate: async (fn, arg, i) =>
      (await frameOf(page, i)).evaluate(fn as (a: unknown) => never, arg),
    click: async (find, arg, i) => {
      const frame = await frameOf(page, i);
      const handle = await retrying(() =>
        frame.evaluateHandle(find as (a: unknown) => HTMLElement, arg),
      );
      await handle.click();
      await handle.dispose();
    },
    close: async () => {
      const from = Date.now();
      await page.close();
      closings.push({ from, to: Date.now() + 1_000 });
    },
  };
}

function extensionTab(page: Page): ExtensionTab {
  return {
    fill: async (label, text) => {
      await page.evaluate(labelledFieldInPage, [label, 'select'] as [string, 'select']);
      await page.keyboard.press('Delete');
      await page.keyboard.type(text);
    },
    press: (key) => press(page.keyboard, key),
    value: (label) => page.evaluate(labelledFieldInPage, [label, 'value'] as [string, 'value']),
    texts: (selector) => page.evaluate(textsInPage, selector),
    close: () => page.close(),
  };
}

/**
 * What Firefox logs when a tab closes while one of its content scripts still awaits a message
 * answer (an analysis in flight): the page went away, no code of ours failed.
 */
const TAB_CLOSED =
  /^Promise rejected after context unloaded: Actor '\w+' destroyed before query '\w+' was resolved/;
/**
 * What Firefox logs when it stops a script: one that ran too long, or any script still running in
 * a tab being closed (issue 10's "Script terminated by timeout"). Logged with each stack, in runs
 * of this suite with `dom.max_ext_content_script_run_time` at 1 s, every one fell while a test
 * closed its tab, and the fixture pages' own React, Lexical and Quill code was stopped the same
 * way; none came at any other time.
 */
const STOPPED = /terminated by timeout|long running script/i;

/** Launches Firefox with the built add-on ($WHYFIRST_FIREFOX_EXT_DIR or .output/firefox-mv2). */
export async function launch(): Promise<Driver> {
  const h = await launchFirefox();
  const closings: Closing[] = [];
  // A script stopped while a test closed its tab is not slow: Firefox stops whatever runs there.
  const closing = (time: number) => closings.some((c) => time >= c.from && time <= c.to);
  const ours = (e: ConsoleError) =>
    h.extensionBase !== null &&
    (e.source + e.message).includes(h.extensionBase) &&
    !TAB_CLOSED.test(e.message) &&
    !(STOPPED.test(e.message) && closing(e.time));
  return {
    browser: 'firefox',
    openSite: async (site, path = DEFAULT_PATH[site], opts = {}) => {
      const url = new URL(`https://${SITE_HOSTS[site][0]}${path}`);
      if (opts.refuse) url.searchParams.set('refuse', '1');
      const page = await h.newPage();
      await page.goto(url.href);
      await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: 15_000 });
      return siteTab(page, closings);
    },
    openExtensionPage: async (file) =>
      extensionTab(await h.extensionPage(file, 'main:not([aria-busy])')),
    requests: () => [
      ...h.blocked.map((b) => `page ${b.method} ${b.url}`),
      ...h.proxied.map((p) => `proxy ${p}`),
    ],
    errors: async () => [
      ...h.errors
        .filter((e) => e.kind === 'pageerror')
        .map((e) => `${e.pageUrl}: ${e.message.split('\n')[0]}`),
      ...(await h.consoleErrors()).filter(ours).map((e) => `${e.source}: ${e.message}`),
    ],
    close: () => h.close(),
  };
}
