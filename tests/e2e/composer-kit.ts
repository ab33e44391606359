// Page-level helpers for the composer specs: the fixture's test API, the keyboard, clicks in the
// meter's panel and the meter's contract (whyfirst-meter, open shadow root, role="meter"), each in
// one small function, so a driver for another browser can stand in for these alone.
import type { Frame, Page } from 'playwright-core';
import { analyze, type Report, type Suggestion } from '../../lib/engine/index';
import type { ComposerInfo, FixtureApi } from '../fixtures/src/common';

/** One meter as a person (or screen reader) perceives it. */
export interface MeterReading {
  now: number;
  band: string;
  theme: string | undefined;
  visible: boolean;
}

type FixtureMethod = {
  [K in keyof FixtureApi]: FixtureApi[K] extends (...args: never[]) => unknown ? K : never;
}[keyof FixtureApi];

/** Calls `window.__fixture[method](...args)` in the page. */
export function fixture<M extends FixtureMethod>(
  page: Page,
  method: M,
  ...args: Parameters<FixtureApi[M]>
): Promise<Awaited<ReturnType<FixtureApi[M]>>> {
  return page.evaluate(
    ([m, a]) => {
      const api = window.__fixture as unknown as Record<string, (...x: unknown[]) => unknown>;
      return api[m]?.apply(api, a);
    },
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<FixtureApi[M]>>>;
}

/** The index of the first composer the fixture lists under `name`; throws when there is none. */
export async function composerNamed(page: Page, name: string): Promise<number> {
  const list: ComposerInfo[] = await fixture(page, 'list');
  const index = list.findIndex((c) => c.name === name);
  if (index < 0)
    throw new Error(`no composer ${name} in ${JSON.stringify(list.map((c) => c.name))}`);
  return index;
}

/** The frame that holds composer `i` (the LinkedIn /preload/ decoy lives in its own document). */
export async function frameOf(page: Page, i: number): Promise<Frame> {
  const where = await page.evaluate((n) => window.__fixture?.list()[n]?.where, i);
  if (where !== 'iframe') return page.mainFrame();
  for (const frame of page.frames())
    if (frame !== page.mainFrame() && (await frame.evaluate(() => !!window.__fixtureFrame)))
      return frame;
  throw new Error(`no frame holds composer ${i}`);
}

/** Types text as key presses into whatever has focus, a few ms apart (Draft.js drops keys fired back to back with no gap, which no person types). */
export function typeKeys(page: Page, text: string): Promise<void> {
  return page.keyboard.type(text, { delay: 3 });
}

/** Presses a key chord ('Control+z', 'Alt+Shift+W', 'Enter') as trusted input. */
export function press(page: Page, chord: string): Promise<void> {
  return page.keyboard.press(chord);
}

/** Every meter in a frame, in attach order. */
export function meters(frame: Frame | Page): Promise<MeterReading[]> {
  return frame.evaluate(() =>
    Array.from(document.querySelectorAll('whyfirst-meter')).map((host) => {
      const root = host.shadowRoot;
      const meter = root?.querySelector('[role="meter"]');
      const box = root?.querySelector<HTMLElement>('.root');
      return {
        now: Number(meter?.getAttribute('aria-valuenow')),
        band: meter?.getAttribute('aria-valuetext') ?? '',
        theme: box?.dataset.theme,
        visible: !!box && !box.hidden,
      };
    }),
  );
}

/** How many meters a frame shows (attached and not hidden). */
export async function visibleMeterCount(frame: Frame | Page): Promise<number> {
  return (await meters(frame)).filter((m) => m.visible).length;
}

/** Waits until a meter in the frame reads `now`, and returns it. */
export async function waitForMeter(
  frame: Frame | Page,
  now: number,
  timeout = 5000,
): Promise<MeterReading> {
  const handle = await frame
    .waitForFunction(
      (want) =>
        // A meter whose draft changed since its reading (data-pending) is about to update.
        Array.from(document.querySelectorAll('whyfirst-meter')).some(
          (h) =>
            !h.hasAttribute('data-pending') &&
            Number(h.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')) ===
              want,
        ),
      now,
      { timeout },
    )
    .catch(async (error: unknown) => {
      const seen = await meters(frame).catch(() => []);
      throw new Error(
        `no meter read ${now} within ${timeout} ms; meters: ${JSON.stringify(seen)}`,
        {
          cause: error,
        },
      );
    });
  await handle.dispose();
  const found = (await meters(frame)).find((m) => m.now === now);
  if (!found) throw new Error('meter vanished');
  return found;
}

/** Opens the visible meter's panel with a click on its pill. */
export async function openPanel(frame: Frame | Page): Promise<void> {
  const dialog = frame.getByRole('dialog', { name: 'WhyFirst details' });
  if ((await dialog.count()) > 0) return;
  await frame.locator('whyfirst-meter .root:not([hidden]) .pill').first().click();
  await dialog.waitFor();
}

/**
 * Opens composer i's panel from the keyboard (Alt+Shift+W, caret at the end of the draft) and
 * waits until focus is on its first button.
 */
export async function openPanelByKeyboard(page: Page, i: number): Promise<void> {
  // The shortcut toggles: a panel left open from before closes first.
  if ((await page.getByRole('dialog', { name: 'WhyFirst details' }).count()) > 0) {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'WhyFirst details' }).waitFor({ state: 'detached' });
  }
  await focusComposer(page, i);
  await page.keyboard.press('Alt+Shift+W');
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('whyfirst-meter')).some(
      (h) => h.shadowRoot?.activeElement?.tagName === 'BUTTON',
    ),
  );
}

/** Clicks the n-th finding's Apply button (findings in text order) or a whole-post one by label. */
export async function clickApply(frame: Frame | Page, which: number | string): Promise<void> {
  const button =
    typeof which === 'number'
      ? frame.locator('whyfirst-meter button.apply').nth(which)
      : frame.getByRole('button', { name: `Apply: ${which}` });
  await button.click();
}

/** The text of the open panel's status line ('' when none). */
export async function statusText(frame: Frame | Page): Promise<string> {
  const status = frame.locator('whyfirst-meter [role="dialog"] [role="status"]').first();
  return (await status.count()) > 0 ? ((await status.textContent()) ?? '') : '';
}

/** The words our underlines cover: CSS highlight ranges, and the textarea mirror's marks. */
export function underlined(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => {
    const ranges = CSS.highlights?.get('whyfirst-sales');
    const fromRanges = ranges ? Array.from(ranges as Iterable<Range>, (r) => r.toString()) : [];
    const fromMirror = Array.from(document.querySelectorAll('whyfirst-meter')).flatMap((h) =>
      Array.from(h.shadowRoot?.querySelectorAll('.mirror .flag') ?? [], (e) => e.textContent ?? ''),
    );
    return [...fromRanges, ...fromMirror];
  });
}

/** The report the content script computes for this text (default profile and settings). */
export function expected(text: string): Report {
  return analyze(text);
}

/** The score shown for a report: the meter rounds it. */
export function shown(report: Report): number {
  return Math.round(report.score);
}

/** The texts of the sales findings, as underlined, in text order. */
export function salesTexts(report: Report): string[] {
  return report.findings
    .filter((f) => f.polarity === 'sales')
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f) => f.text);
}

/** The rewrites in the order the panel lists their Apply buttons (findings in text order). */
export function visibleRewrites(report: Report): Suggestion[] {
  return report.findings
    .filter((f) => f.polarity === 'sales')
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .flatMap((f) => f.suggestions);
}

/** The editor model's text for composer i (Draft EditorState, Lexical root, Quill, TipTap, React state). */
export function modelText(page: Page, i: number): Promise<string> {
  return fixture(page, 'getModelText', i);
}

/** What composer i shows on screen (blocks joined by '\n'). */
export function screenText(page: Page, i: number): Promise<string> {
  return fixture(page, 'getDomText', i);
}

/** Focuses composer i through its editor's API (caret at the end). */
export async function focusComposer(page: Page, i: number): Promise<void> {
  await page.evaluate((n) => window.__fixture?.focus(n), i);
}
