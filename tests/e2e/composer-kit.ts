// The composer specs' steps, written once against the driver interface (driver.ts), so the same
// spec runs in Chromium and Firefox: composers by the fixture's name, the meter's readings (its
// contract: whyfirst-meter, open shadow root, role="meter"), clicks in its panel, and what the
// engine says the meter must show.
import { analyze, type Report, type Suggestion } from '../../lib/engine/index';
import { retrying, type SiteTab } from './driver';
import {
  type MeterReading,
  meterControlInPage,
  type PanelState,
  pageButtonInPage,
  readMetersInPage,
  readPanelInPage,
  underlinedInPage,
} from './fixture-api';

/** The index of the first composer the fixture lists under `name`; throws when there is none. */
export async function composerNamed(tab: SiteTab, name: string): Promise<number> {
  const list = await tab.fixture('list');
  const index = list.findIndex((c) => c.name === name);
  if (index < 0)
    throw new Error(`no composer ${name} in ${JSON.stringify(list.map((c) => c.name))}`);
  return index;
}

/** Composer i's text read from its editor's model (Draft, Lexical, Quill, TipTap, the lines). */
export function modelText(tab: SiteTab, i: number): Promise<string> {
  return tab.fixture('getModelText', i);
}

/** What composer i shows on screen (blocks joined by '\n'). */
export function screenText(tab: SiteTab, i: number): Promise<string> {
  return tab.fixture('getDomText', i);
}

/** Every meter in the document that holds composer i (the page when left out), in attach order. */
export function meters(tab: SiteTab, i?: number): Promise<MeterReading[]> {
  return tab.evaluate(readMetersInPage, undefined, i);
}

/** How many meters that document shows (attached and not hidden). */
export async function visibleMeterCount(tab: SiteTab, i: number): Promise<number> {
  return (await meters(tab, i)).filter((m) => m.visible).length;
}

/** Waits until a meter beside composer i's reads `now` with no reading due, and returns it. */
export function waitForMeter(
  tab: SiteTab,
  i: number,
  now: number,
  timeout = 5000,
): Promise<MeterReading> {
  return retrying(async () => {
    const seen = await meters(tab, i);
    const found = seen.find((m) => m.now === now && !m.pending);
    if (!found)
      throw new Error(`no meter read ${now} within ${timeout} ms: ${JSON.stringify(seen)}`);
    return found;
  }, timeout);
}

/** The words underlined in the document that holds composer i (the page when left out). */
export function underlined(tab: SiteTab, i?: number): Promise<string[]> {
  return tab.evaluate(underlinedInPage, undefined, i);
}

/** The panel in the document that holds composer i. */
export function panel(tab: SiteTab, i: number): Promise<PanelState> {
  return tab.evaluate(readPanelInPage, undefined, i);
}

/** The open panel's status line ('' when none). */
export async function statusText(tab: SiteTab, i: number): Promise<string> {
  return (await panel(tab, i)).status;
}

/** Opens the visible meter's panel with a click on its pill. */
export async function openPanel(tab: SiteTab, i: number): Promise<void> {
  if ((await panel(tab, i)).open) return;
  await tab.click(meterControlInPage, 'pill', i);
  await retrying(async () => {
    if (!(await panel(tab, i)).open) throw new Error('the pill opened no panel');
  });
}

/**
 * Opens composer i's panel from the keyboard (Alt+Shift+W, caret at the end of the draft) and
 * waits until focus is on its first button.
 */
export async function openPanelByKeyboard(tab: SiteTab, i: number): Promise<void> {
  // The shortcut toggles: a panel left open from before closes first.
  if ((await panel(tab, i)).open) {
    await tab.press('Escape');
    await retrying(async () => {
      if ((await panel(tab, i)).open) throw new Error('Escape left the panel open');
    });
  }
  await tab.focus(i);
  await tab.press('Alt+Shift+W');
  await retrying(async () => {
    if (!(await panel(tab, i)).buttonFocused) throw new Error('the panel took no focus');
  });
}

/** Clicks the n-th finding's Apply button (findings in text order) or a whole-post one by label. */
export function clickApply(tab: SiteTab, i: number, which: number | string): Promise<void> {
  const control = typeof which === 'number' ? { apply: which } : { label: `Apply: ${which}` };
  return tab.click(meterControlInPage, control, i);
}

/** Clicks the page's own button with this accessible name ("Start a post", "Reply"…). */
export function clickPageButton(tab: SiteTab, name: string): Promise<void> {
  return tab.click(pageButtonInPage, name);
}

/** The clipboard's text as the document holding composer i reads it. */
export function clipboardText(tab: SiteTab, i: number): Promise<string> {
  return tab.evaluate(() => navigator.clipboard.readText(), undefined, i);
}

/** The report the extension computes for this text (default profile and settings). */
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
