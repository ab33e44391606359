// The live meter in each site's composers, driven in Chromium on the production build: it appears
// and tracks typing, underlines the flagged words, and Apply edits the editor's own model.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { splice } from '../../lib/editors/index';
import type { Report, Suggestion } from '../../lib/engine/index';
import { type ComposerEnv, openComposerEnv } from './composer-env';
import {
  expected,
  focusComposer,
  frameOf,
  meters,
  modelText,
  salesTexts,
  shown,
  underlined,
  waitForMeter,
} from './composer-kit';

const SALESY = 'Buy now!!! Limited time only, DM me for details';
/** Continuations typed after SALESY; the first that moves the score is used, so the meter must move. */
const MORE = [
  ' Use code SAVE20 for 50% off, link in bio! #sale #deal #shop #buy',
  ' Last week I learned a lot from my first customers. Thank you all! What would you try first?',
];

/** One composer of each kind and place, per site: [site, path, composer label pattern]. */
const CASES: Array<{
  site: 'x' | 'facebook' | 'linkedin';
  path: string;
  pick: { kind: string; where?: string };
}> = [
  { site: 'x', path: '/home', pick: { kind: 'draft' } },
  { site: 'x', path: '/messages', pick: { kind: 'textarea' } },
  { site: 'facebook', path: '/', pick: { kind: 'lexical' } },
  { site: 'linkedin', path: '/feed/', pick: { kind: 'quill', where: 'document' } },
  { site: 'linkedin', path: '/feed/', pick: { kind: 'quill', where: 'shadow' } },
  { site: 'linkedin', path: '/feed/', pick: { kind: 'quill', where: 'iframe' } },
];

/** The rewrites in the order the panel lists their Apply buttons (findings in text order). */
function visibleRewrites(report: Report): Suggestion[] {
  return report.findings
    .filter((f) => f.polarity === 'sales')
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .flatMap((f) => f.suggestions);
}

let env: ComposerEnv;
beforeAll(async () => {
  env = await openComposerEnv();
});
afterAll(async () => {
  expect(env.extensionRequests()).toEqual([]);
  await env?.close();
});

async function open(c: (typeof CASES)[number], query = ''): Promise<{ page: Page; index: number }> {
  const page = await env.openSite(c.site, c.path + query);
  const list = await page.evaluate(() => window.__fixture?.list() ?? []);
  const index = list.findIndex(
    (x) => x.kind === c.pick.kind && (c.pick.where === undefined || x.where === c.pick.where),
  );
  if (index < 0)
    throw new Error(
      `${c.site}${c.path}: no ${JSON.stringify(c.pick)} composer in ${JSON.stringify(list)}`,
    );
  return { page, index };
}

describe.each(CASES)('$site $pick.kind ($pick.where)', (c) => {
  test('the meter appears on focus, tracks typing and underlines the flagged words', async () => {
    const { page, index } = await open(c);
    const frame = await frameOf(page, index);
    expect(await meters(frame)).toHaveLength(0);
    await focusComposer(page, index);
    await expect.poll(async () => (await meters(frame)).length).toBe(1);

    await page.keyboard.type(SALESY);
    const text = await modelText(page, index);
    expect(text).toBe(SALESY);
    const report = expected(text);
    const reading = await waitForMeter(frame, shown(report));
    expect(reading.band).toBe(report.band);
    expect(reading.visible).toBe(true);
    await expect.poll(() => underlined(frame)).toEqual(salesTexts(report));

    const extra = MORE.find((m) => shown(expected(SALESY + m)) !== shown(report));
    if (!extra) throw new Error('no continuation moves the score; pick other drafts');
    await page.keyboard.type(extra);
    const more = expected(await modelText(page, index));
    expect(shown(more)).not.toBe(shown(report));
    await waitForMeter(frame, shown(more));
    await expect.poll(() => underlined(frame)).toEqual(salesTexts(more));
    expect(env.pageErrors()).toEqual([]);
    await page.close();
  });

  test('Apply changes the editor model, one Ctrl+Z restores, the next keystroke keeps it', async () => {
    const { page, index } = await open(c);
    const frame = await frameOf(page, index);
    await focusComposer(page, index);
    await page.keyboard.type(SALESY);
    const report = expected(SALESY);
    await waitForMeter(frame, shown(report));
    // Quill merges changes made within a second into one undo step; a person pauses longer.
    await page.waitForTimeout(1100);

    const first = visibleRewrites(report)[0];
    if (!first) throw new Error('the engine offers no rewrite for the salesy draft');
    const rewritten = splice(SALESY, first.start, first.end, first.text);

    await frame.locator('whyfirst-meter .pill').click();
    const apply = frame.getByRole('button', { name: /^Apply/ }).first();
    await apply.click();
    await expect.poll(() => modelText(page, index)).toBe(rewritten);
    await expect
      .poll(() => frame.locator('whyfirst-meter [role="status"]').first().textContent())
      .toContain('Applied');
    await waitForMeter(frame, shown(expected(rewritten)));

    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, index)).toBe(SALESY);
    await waitForMeter(frame, shown(report));

    await frame
      .getByRole('button', { name: /^Apply/ })
      .first()
      .click();
    await expect.poll(() => modelText(page, index)).toBe(rewritten);
    await page.keyboard.type('Z');
    const caret = first.start + first.text.length;
    await expect.poll(() => modelText(page, index)).toBe(splice(rewritten, caret, caret, 'Z'));
    expect(await page.evaluate((n) => window.__fixture?.getDomText(n), index)).toBe(
      await modelText(page, index),
    );
    expect(env.pageErrors()).toEqual([]);
    await page.close();
  });
});

const PLUG =
  'We just launched our new course on baking bread.\n\nSign up today #baking #bread #food #cooking #yum #chef #kitchen';

describe.each(CASES)('$site $pick.kind ($pick.where) whole-post suggestions', (c) => {
  test('each post suggestion applies (a new paragraph included) and one Ctrl+Z takes it back', async () => {
    const { page, index } = await open(c);
    const frame = await frameOf(page, index);
    await focusComposer(page, index);
    await page.keyboard.type(PLUG);
    const text = await modelText(page, index);
    expect(text).toBe(PLUG);
    const report = expected(text);
    await waitForMeter(frame, shown(report));
    expect(report.postSuggestions.length).toBeGreaterThan(0);
    await page.waitForTimeout(1100);
    await frame.locator('whyfirst-meter .pill').click();
    for (const suggestion of report.postSuggestions) {
      const button = frame.getByRole('button', { name: `Apply: ${suggestion.label}` });
      await button.click();
      const want = splice(text, suggestion.start, suggestion.end, suggestion.text);
      await expect.poll(() => modelText(page, index)).toBe(want);
      expect(await page.evaluate((n) => window.__fixture?.getDomText(n), index)).toBe(want);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page, index)).toBe(text);
      await waitForMeter(frame, shown(report));
    }
    expect(env.pageErrors()).toEqual([]);
    await page.close();
  });
});

describe.each(CASES)('$site $pick.kind ($pick.where) refusing edits', (c) => {
  test('a refused edit is reported, copied, and nothing is lost', async () => {
    const { page, index } = await open(c, '?refuse=1');
    const frame = await frameOf(page, index);
    await focusComposer(page, index);
    await page.keyboard.type(SALESY);
    await waitForMeter(frame, shown(expected(SALESY)));
    await frame.locator('whyfirst-meter .pill').click();
    // A replacement (not a deletion): the fixtures refuse typed-in text most reliably.
    const rewrites = visibleRewrites(expected(SALESY));
    const nth = rewrites.findIndex((r) => r.text !== '');
    expect(nth).toBeGreaterThanOrEqual(0);
    await frame
      .getByRole('button', { name: /^Apply/ })
      .nth(nth)
      .click();
    const status = frame.locator('whyfirst-meter [role="status"]').first();
    await expect.poll(() => status.textContent()).toContain('did not accept');
    expect(await status.textContent()).toContain('rewritten post is on your clipboard');
    const rewrite = rewrites[nth];
    if (!rewrite) throw new Error('no rewrite');
    expect(await frame.evaluate(() => navigator.clipboard.readText())).toBe(
      splice(SALESY, rewrite.start, rewrite.end, rewrite.text),
    );
    expect(await modelText(page, index)).toBe(SALESY);
    expect(await page.evaluate((n) => window.__fixture?.getDomText(n), index)).toBe(SALESY);
    expect(await page.evaluate(() => window.__fixture?.refusals() ?? 0)).toBeGreaterThan(0);
    await page.close();
  });
});
