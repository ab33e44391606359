// Opens the built extension's own pages (popup, options, welcome) in Chromium for e2e specs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type Harness, launchWithExtension } from './harness';

/** A Chromium profile with WhyFirst loaded (through the shared harness), and helpers for its pages. */
export interface ExtensionSession {
  context: BrowserContext;
  harness: Harness;
  id: string;
  /** Opens `name` (e.g. "popup.html") as a tab, in the given colour scheme, once it has rendered. */
  open: (name: string, options?: { colorScheme?: 'light' | 'dark' }) => Promise<Page>;
  /** Uncaught errors from any of our pages. */
  errors: string[];
  close: () => Promise<void>;
}

/** Launches Chromium with the extension in a fresh profile, sites routed to the fixtures. */
export async function openExtension(): Promise<ExtensionSession> {
  const harness = await launchWithExtension();
  const { context, extensionId: id } = harness;
  if (!id) throw new Error('The harness started without the extension.');
  // The harness refuses every request that is not a fixture; the extension's own files must load.
  await context.route(/^chrome-extension:\/\//, (route) => route.continue());
  const errors: string[] = [];
  const open = async (name: string, options: { colorScheme?: 'light' | 'dark' } = {}) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${name}: ${error.message}`));
    if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
    await page.goto(`chrome-extension://${id}/${name}`);
    await page.waitForSelector('main:not([aria-busy])');
    return page;
  };
  return { context, harness, id, open, errors, close: () => harness.close() };
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns serious and critical violations as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts; evaluate() goes through DevTools instead.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: Array<{
              id: string;
              impact?: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
  });
}

type Area = 'sync' | 'local';

/** Reads one key of an extension storage area from inside an extension page. */
export function readStorage(page: Page, area: Area, key: string): Promise<unknown> {
  return page.evaluate(
    async ([a, k]) => {
      type StorageArea = { get: (key: string) => Promise<Record<string, unknown>> };
      const api = (globalThis as unknown as { chrome: { storage: Record<string, StorageArea> } })
        .chrome;
      return (await (api.storage[a] as StorageArea).get(k))[k];
    },
    [area, key] as const,
  );
}

/** Writes raw values into an extension storage area, as another browser or a hand edit would. */
export async function writeStorage(
  page: Page,
  area: Area,
  items: Record<string, unknown>,
): Promise<void> {
  await page.evaluate(
    async ([a, i]) => {
      type StorageArea = { set: (items: object) => Promise<void> };
      const api = (globalThis as unknown as { chrome: { storage: Record<string, StorageArea> } })
        .chrome;
      await (api.storage[a] as StorageArea).set(i);
    },
    [area, items] as const,
  );
}

/** One stop of the Tab key: what has focus and whether a focus ring is drawn for it. */
export interface TabStop {
  name: string;
  ring: boolean;
}

/** Presses Tab `count` times from the top of the page and reports every stop. */
export async function tabStops(page: Page, count: number): Promise<TabStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: TabStop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { name: '(page)', ring: true };
        // A visually hidden file input shows its ring on the label that follows it.
        const drawn =
          el instanceof HTMLInputElement && el.type === 'file'
            ? (el.nextElementSibling as HTMLElement)
            : el;
        const style = getComputedStyle(drawn);
        const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
        const label =
          el.getAttribute('aria-label') ??
          (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
          el.textContent ??
          '';
        return { name: `${el.tagName.toLowerCase()} ${label.trim().slice(0, 40)}`, ring };
      }),
    );
  }
  return stops;
}
