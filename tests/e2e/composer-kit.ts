// Page-level helpers for the composer specs: the meter's contract (whyfirst-meter, open shadow
// root, role="meter", "Apply…" buttons) read from the page, and the fixture's test API.
import type { Frame, Page } from 'playwright-core';
import { analyze, type Report } from '../../lib/engine/index';
import { type MeterReading, readMetersInPage } from './fixture-api';

export type { MeterReading } from './fixture-api';

/** The frame that holds composer `i` (iframe composers live in their own document). */
export async function frameOf(page: Page, i: number): Promise<Frame> {
  const where = await page.evaluate((n) => window.__fixture?.list()[n]?.where, i);
  if (where !== 'iframe') return page.mainFrame();
  for (const frame of page.frames())
    if (frame !== page.mainFrame() && (await frame.evaluate(() => !!window.__fixtureFrame)))
      return frame;
  throw new Error(`no frame holds composer ${i}`);
}

/** Every meter in a frame, in attach order. */
export function meters(frame: Frame | Page): Promise<MeterReading[]> {
  return frame.evaluate(readMetersInPage);
}

/** Waits until the frame shows exactly one meter reading `now`, and returns it. */
export async function waitForMeter(
  frame: Frame | Page,
  now: number,
  timeout = 5000,
): Promise<MeterReading> {
  const handle = await frame
    .waitForFunction(
      (want) => {
        const hosts = Array.from(document.querySelectorAll('whyfirst-meter'));
        const values = hosts.map((h) =>
          Number(h.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')),
        );
        return values.includes(want);
      },
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
  const all = await meters(frame);
  const found = all.find((m) => m.now === now);
  if (!found) throw new Error('meter vanished');
  return found;
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

/** The editor model's text for composer i (Draft EditorState, Lexical root, Quill, React state). */
export function modelText(page: Page, i: number): Promise<string> {
  return page.evaluate((n) => window.__fixture?.getModelText(n) ?? '', i);
}

/** Focuses composer i through its editor's API (caret at the end). */
export async function focusComposer(page: Page, i: number): Promise<void> {
  await page.evaluate((n) => window.__fixture?.focus(n), i);
}
