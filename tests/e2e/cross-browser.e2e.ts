// The composer on each editor and the popup's memory, written once against the driver interface
// and run in Chromium (npm run test:e2e) and in Firefox (npm run test:firefox, WHYFIRST_BROWSER).

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { suggestionText } from '../../components/Panel/FindingList';
import { splice } from '../../lib/editors/index';
import type { Suggestion } from '../../lib/engine/index';
import type { SiteId } from '../../lib/sites/ids';
import { expected, shown } from './composer-kit';
import { type Driver, launchDriver, type SiteTab } from './driver';

const SALESY = 'Buy now!!! Limited time only, DM me for details';
const PLUG =
  'We just launched our new course on baking bread.\n\nSign up today #baking #bread #food #cooking #yum #chef #kitchen';

/** One composer of each editor and place. */
const CASES: Array<{ site: SiteId; path: string; kind: string; where: string }> = [
  { site: 'x', path: '/home', kind: 'draft', where: 'document' },
  { site: 'x', path: '/messages', kind: 'textarea', where: 'document' },
  { site: 'facebook', path: '/', kind: 'lexical', where: 'document' },
  { site: 'linkedin', path: '/feed/', kind: 'quill', where: 'document' },
  { site: 'linkedin', path: '/feed/', kind: 'quill', where: 'shadow' },
  { site: 'linkedin', path: '/feed/', kind: 'quill', where: 'iframe' },
];

/** Waits long enough for the checks below in a browser that shares two cores with others. */
const SLOW = { timeout: 10_000 };

let driver: Driver;
beforeAll(async () => {
  driver = await launchDriver();
});
afterAll(async () => {
  if (!driver) return;
  try {
    expect(driver.requests()).toEqual([]);
    expect(await driver.errors()).toEqual([]);
  } finally {
    await driver.close();
  }
});

async function open(c: (typeof CASES)[number], refuse = false) {
  const tab = await driver.openSite(c.site, c.path, { refuse });
  const index = (await tab.composers()).findIndex((x) => x.kind === c.kind && x.where === c.where);
  if (index < 0) throw new Error(`${c.site}${c.path}: no ${c.kind} composer in the ${c.where}`);
  return { tab, index };
}

/** Types `text` into composer `index` and waits for the meter to show the engine's reading. */
async function typeAndRead(tab: SiteTab, index: number, text: string): Promise<void> {
  await tab.focus(index);
  await tab.type(text);
  expect(await tab.modelText(index)).toBe(text);
  const report = expected(text);
  await expect
    .poll(async () => (await tab.meters(index)).map((m) => [m.now, m.band, m.visible]), SLOW)
    .toEqual([[shown(report), report.band, true]]);
}

/** The first rewrite of a sales finding that replaces words on one line. */
function singleLineReplacement(text: string): Suggestion {
  const found = expected(text)
    .findings.filter((f) => f.polarity === 'sales')
    .flatMap((f) => f.suggestions)
    .find((s) => s.text !== '' && !s.text.includes('\n'));
  if (!found) throw new Error(`no single-line replacement for ${JSON.stringify(text)}`);
  return found;
}

describe.each(CASES)('$site $kind ($where)', (c) => {
  test('the meter appears, Apply takes a one-line rewrite, one Ctrl+Z restores it, the next key lands once', async () => {
    const { tab, index } = await open(c);
    expect(await tab.meters(index)).toEqual([]);
    await typeAndRead(tab, index, SALESY);
    // Quill merges changes made within a second into one undo step; a person pauses longer.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const rewrite = singleLineReplacement(SALESY);
    const rewritten = splice(SALESY, rewrite.start, rewrite.end, rewrite.text);
    await tab.click(index, 'pill');
    await tab.click(index, `Apply: ${suggestionText(rewrite)}`);
    await expect.poll(() => tab.modelText(index), SLOW).toBe(rewritten);
    await expect.poll(() => tab.status(index), SLOW).toContain('Applied');

    await tab.press('Control+z');
    await expect.poll(() => tab.modelText(index), SLOW).toBe(SALESY);

    await tab.click(index, `Apply: ${suggestionText(rewrite)}`);
    await expect.poll(() => tab.modelText(index), SLOW).toBe(rewritten);
    await tab.type('Z');
    const caret = rewrite.start + rewrite.text.length;
    await expect.poll(() => tab.modelText(index)).toBe(splice(rewritten, caret, caret, 'Z'));
    expect(await tab.domText(index)).toBe(await tab.modelText(index));
    expect(await driver.errors()).toEqual([]);
    await tab.close();
  });

  test('a rewrite that adds a paragraph applies, and one Ctrl+Z takes it back', async () => {
    const { tab, index } = await open(c);
    await typeAndRead(tab, index, PLUG);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const paragraph = expected(PLUG).postSuggestions.find((p) => p.text.includes('\n'));
    if (!paragraph) throw new Error('the engine offers no multi-line rewrite for the plug');
    const want = splice(PLUG, paragraph.start, paragraph.end, paragraph.text);

    await tab.click(index, 'pill');
    await tab.click(index, `Apply: ${paragraph.label}`);
    await expect.poll(() => tab.modelText(index), SLOW).toBe(want);
    expect(await tab.domText(index)).toBe(want);
    await expect.poll(() => tab.status(index), SLOW).toContain('Applied');
    await tab.press('Control+z');
    await expect.poll(() => tab.modelText(index), SLOW).toBe(PLUG);
    expect(await driver.errors()).toEqual([]);
    await tab.close();
  });

  test('a refused edit leaves the draft as it was and puts the rewrite on the clipboard', async () => {
    const { tab, index } = await open(c, true);
    await typeAndRead(tab, index, SALESY);
    const rewrite = singleLineReplacement(SALESY);
    await tab.click(index, 'pill');
    await tab.click(index, `Apply: ${suggestionText(rewrite)}`);
    await expect.poll(() => tab.status(index), SLOW).toContain('did not accept');
    expect(await tab.status(index)).toContain('rewritten post is on your clipboard');
    expect(await tab.clipboard(index)).toBe(
      splice(SALESY, rewrite.start, rewrite.end, rewrite.text),
    );
    expect(await tab.modelText(index)).toBe(SALESY);
    expect(await tab.domText(index)).toBe(SALESY);
    expect(await tab.refusals()).toBeGreaterThan(0);
    await tab.close();
  });
});

describe('popup', () => {
  test('a mission and passions typed in the popup are there after closing and reopening it', async () => {
    const mission = 'I share what I learn teaching kids to code.';
    const chips = '[aria-label="Current passions"] [data-chip]';
    const popup = await driver.openExtensionPage('popup.html');
    await popup.fill('Your passions', 'robotics');
    await popup.press('Enter');
    await popup.fill('Your passions', 'Lisbon, chess');
    await popup.press('Enter');
    await popup.fill('Why are you using social media?', mission);
    await expect.poll(() => popup.texts('[role="status"]'), SLOW).toContain('Saved.');
    expect(await popup.texts(chips)).toEqual(['robotics', 'Lisbon', 'chess']);
    await popup.close();

    const again = await driver.openExtensionPage('popup.html');
    expect(await again.value('Why are you using social media?')).toBe(mission);
    expect(await again.texts(chips)).toEqual(['robotics', 'Lisbon', 'chess']);
    await again.close();
  });
});
