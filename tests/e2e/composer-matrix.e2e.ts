// Every composer kind of the three sites, on the editor it really runs (fixture pages rebuilt from
// public evidence, tests/fixtures/README.md), with the production build in Chromium: the meter
// appears and follows the draft; Apply (one line and several) keeps the editor's model equal to
// the screen, even right after typing and across X's decorated entities; the next key lands once;
// one trusted Ctrl+Z restores; keys typed while an Apply runs are kept; decoys and hidden editors
// get no meter; no requests, no page errors. Page driving goes through composer-kit.ts only.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { splice } from '../../lib/editors/index';
import type { ComposerKind, Hidden } from '../fixtures/src/common';
import { type ComposerEnv, openComposerEnv } from './composer-env';
import {
  clickApply,
  composerNamed,
  expected,
  fixture,
  focusComposer,
  frameOf,
  meters,
  modelText,
  openPanel,
  openPanelByKeyboard,
  press,
  screenText,
  shown,
  statusText,
  typeKeys,
  visibleMeterCount,
  visibleRewrites,
  waitForMeter,
} from './composer-kit';
import type { SiteName } from './harness';

/** One composer kind: where it lives, how a person opens it, what it is for and what runs it. */
interface Row {
  name: string;
  site: SiteName;
  path: string;
  /** A button to click (by accessible name) before the composer exists or shows. */
  open?: string;
  /** Adds a thread post first (X's "Add another post"). */
  thread?: boolean;
  kind: ComposerKind;
  editor: string;
}

const ROWS: Row[] = [
  { name: 'x-home', site: 'x', path: '/home', kind: 'post', editor: 'draft' },
  { name: 'x-thread', site: 'x', path: '/home', thread: true, kind: 'post', editor: 'draft' },
  { name: 'x-compose-dialog', site: 'x', path: '/compose/post', kind: 'post', editor: 'draft' },
  {
    name: 'x-reply-inline',
    site: 'x',
    path: '/sourdough_sam/status/1',
    kind: 'reply',
    editor: 'draft',
  },
  {
    name: 'x-reply-dialog',
    site: 'x',
    path: '/sourdough_sam/status/1',
    open: 'Reply',
    kind: 'reply',
    editor: 'draft',
  },
  { name: 'x-dm-legacy', site: 'x', path: '/messages', kind: 'message', editor: 'draft' },
  { name: 'x-dm-chat', site: 'x', path: '/i/chat', kind: 'message', editor: 'textarea' },
  {
    name: 'x-mobile',
    site: 'x',
    path: '/compose/post?os=mobile',
    kind: 'post',
    editor: 'textarea',
  },
  {
    name: 'fb-post',
    site: 'facebook',
    path: '/',
    open: 'Create a post',
    kind: 'post',
    editor: 'lexical',
  },
  { name: 'fb-comment', site: 'facebook', path: '/', kind: 'reply', editor: 'lexical' },
  { name: 'fb-messenger', site: 'facebook', path: '/', kind: 'message', editor: 'lexical' },
  {
    name: 'li-share-classic',
    site: 'linkedin',
    path: '/feed/',
    open: 'Start a post',
    kind: 'post',
    editor: 'quill',
  },
  {
    name: 'li-share-sdui',
    site: 'linkedin',
    path: '/feed/?sharebox=sdui',
    open: 'Start a post',
    kind: 'post',
    editor: 'tiptap',
  },
  { name: 'li-comment-feed', site: 'linkedin', path: '/feed/', kind: 'reply', editor: 'tiptap' },
  {
    name: 'li-comment-post',
    site: 'linkedin',
    path: '/feed/update/urn:li:activity:7001/',
    kind: 'reply',
    editor: 'quill',
  },
  { name: 'li-message', site: 'linkedin', path: '/feed/', kind: 'message', editor: 'plain' },
];

const SALESY = 'Buy now!!! Limited time only, DM me for details';
/** Typed after SALESY: moves the score, so the meter must follow. */
const MORE = ' Last week I learned a lot from my first customers. What would you try first?';
/** Ends in hashtags, so "End with a question" adds a new paragraph. */
const HASHTAGS = 'Fresh loaves today #sourdough #sale #deal #shop #buy #bread #promo';

let env: ComposerEnv;
beforeAll(async () => {
  env = await openComposerEnv();
});
afterAll(async () => {
  expect(env.extensionRequests()).toEqual([]);
  expect(env.harness.escapedExceptBrowser()).toEqual([]);
  await env?.close();
});

/** Opens a row's page as a person would and returns it with the composer's index. */
async function openRow(row: Row, query = ''): Promise<{ page: Page; i: number }> {
  const [path = '', search] = row.path.split('?');
  const params = [search, query].filter(Boolean).join('&');
  const page = await env.openSite(row.site, params ? `${path}?${params}` : path);
  if (row.open) await page.getByRole('button', { name: row.open, exact: true }).click();
  if (row.thread) await fixture(page, 'addComposer');
  const i = await composerNamed(page, row.name);
  const info = (await fixture(page, 'list'))[i];
  expect(info).toMatchObject({ kind: row.editor, composer: row.kind, hidden: null });
  return { page, i };
}

/** Replaces the draft as a person would (select all, delete, type) and waits for the meter. */
async function startWith(page: Page, i: number, text: string): Promise<void> {
  await focusComposer(page, i);
  await press(page, 'Control+a');
  await press(page, 'Backspace');
  await typeKeys(page, text);
  await expect.poll(() => modelText(page, i)).toBe(text);
  await waitForMeter(page, shown(expected(text)));
}

/** The model equals the screen and both read `text`. */
async function expectDraft(page: Page, i: number, text: string): Promise<void> {
  await expect.poll(() => modelText(page, i), { timeout: 4000 }).toBe(text);
  expect(await screenText(page, i)).toBe(text);
}

describe.each(ROWS)('$name ($kind, $editor)', (row) => {
  let page: Page;
  let i: number;
  beforeAll(async () => {
    ({ page, i } = await openRow(row));
  });
  afterAll(async () => {
    expect(env.pageErrors()).toEqual([]);
    await page?.close();
  });

  test('the meter appears on focus and follows the draft', async () => {
    await focusComposer(page, i);
    await expect.poll(() => visibleMeterCount(page)).toBe(1);
    await typeKeys(page, SALESY);
    await expect.poll(() => modelText(page, i)).toBe(SALESY);
    await waitForMeter(page, shown(expected(SALESY)));
    await typeKeys(page, MORE);
    const more = expected(SALESY + MORE);
    expect(shown(more)).not.toBe(shown(expected(SALESY)));
    await waitForMeter(page, shown(more));
    expect(await screenText(page, i)).toBe(SALESY + MORE);
  });

  test('Apply right after typing: model equals screen, one Ctrl+Z restores, the next key lands once', async () => {
    await startWith(page, i, SALESY);
    const report = expected(SALESY);
    const first = visibleRewrites(report).findIndex((s) => s.text !== '');
    const rewrite = visibleRewrites(report)[first];
    if (!rewrite) throw new Error('the engine offers no replacement for the salesy draft');
    const rewritten = splice(SALESY, rewrite.start, rewrite.end, rewrite.text);
    await openPanel(page);
    await clickApply(page, first);
    await expectDraft(page, i, rewritten);
    await expect.poll(() => statusText(page)).toContain('Applied');
    await press(page, 'Control+z');
    await expectDraft(page, i, SALESY);
    await waitForMeter(page, shown(report));
    await openPanel(page);
    await clickApply(page, first);
    await expectDraft(page, i, rewritten);
    await typeKeys(page, 'Z');
    const caret = rewrite.start + rewrite.text.length;
    await expectDraft(page, i, splice(rewritten, caret, caret, 'Z'));
  });

  test('a multi-line Apply (a new paragraph) keeps model and screen equal; Ctrl+Z restores', async () => {
    await startWith(page, i, HASHTAGS);
    const post = expected(HASHTAGS).postSuggestions.find((p) => p.text.includes('\n'));
    if (!post) throw new Error('no multi-line post suggestion for the hashtag draft');
    await openPanel(page);
    await clickApply(page, post.label);
    await expectDraft(page, i, splice(HASHTAGS, post.start, post.end, post.text));
    await press(page, 'Control+z');
    await expectDraft(page, i, HASHTAGS);
  });

  test('keys typed while an Apply runs are kept, once, and never replace the flagged words', async () => {
    await startWith(page, i, 'Our oven is finally fixed.');
    await typeKeys(page, ' DM me for details');
    const draft = 'Our oven is finally fixed. DM me for details';
    const report = expected(draft);
    await waitForMeter(page, shown(report));
    const rewrite = visibleRewrites(report)[0];
    if (!rewrite) throw new Error('no rewrite for the DM pitch');
    const rewritten = splice(draft, rewrite.start, rewrite.end, rewrite.text);
    // A keyboard person: open the panel, Enter on Apply, type on at once.
    await openPanelByKeyboard(page, i);
    await press(page, 'Enter');
    await typeKeys(page, 'Q');
    const caret = rewrite.start + rewrite.text.length;
    // Q lands after the rewrite, or (where the editor waited for a pause first) where it was typed.
    const either = [splice(rewritten, caret, caret, 'Q'), `${rewritten}Q`];
    // Quill waits a second after the last key before it edits (its undo grouping).
    await expect
      .poll(() => modelText(page, i), { timeout: 5000 })
      .toSatisfy((t: string) => either.includes(t));
    expect(await screenText(page, i)).toBe(await modelText(page, i));
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Applied');
  });
});

/** A draft whose flagged span crosses an entity X's Draft.js decorates, and the rewrite to take. */
const ENTITIES: Array<{
  entity: string;
  draft: string;
  style?: [number, number, string];
  pick: (t: string) => boolean;
}> = [
  { entity: 'hashtag', draft: HASHTAGS, pick: (t) => t === '#sourdough #sale' },
  {
    entity: 'mention',
    draft: 'Thanks for coming, everyone. I baked all night for this. Tag a friend @sam',
    pick: (t) => t === '',
  },
  {
    entity: 'link',
    draft: 'Buy now at shop.com/deal today. I baked all night for this.',
    pick: (t) => t === '',
  },
  { entity: 'emoji', draft: 'Fresh bread 🔥🔥🔥 from our oven', pick: (t) => t === '🔥' },
  {
    entity: 'overflow',
    draft: `${'I baked bread with my neighbours every Sunday this winter and learned patience. '.repeat(3)}Our oven is finally fixed. DM me for details`,
    pick: (t) => t !== '',
  },
  {
    entity: 'bold',
    draft: 'Our oven is finally fixed. DM me for details',
    style: [27, 44, 'BOLD'],
    pick: (t) => t !== '',
  },
  {
    entity: 'italic',
    draft: 'Our oven is finally fixed. DM me for details',
    style: [20, 33, 'ITALIC'],
    pick: (t) => t !== '',
  },
];

describe('X: Apply across what Draft.js decorates', () => {
  let page: Page;
  let i: number;
  beforeAll(async () => {
    page = await env.openSite('x', '/home');
    i = await composerNamed(page, 'x-home');
  });
  afterAll(async () => {
    expect(env.pageErrors()).toEqual([]);
    await page?.close();
  });

  test.each(ENTITIES)('$entity', async ({ entity, draft, style, pick }) => {
    await fixture(page, 'setText', i, draft);
    if (style) await fixture(page, 'styleRange', i, ...style);
    await focusComposer(page, i);
    const report = expected(draft);
    await waitForMeter(page, shown(report));
    const rewrites = visibleRewrites(report);
    const n = rewrites.findIndex((s) => pick(s.text));
    const rewrite = rewrites[n];
    if (!rewrite) throw new Error(`no rewrite for the ${entity} draft`);
    // The fixture decorates the span as X does: the rewrite really crosses the entity.
    const marks = await fixture(page, 'marks', i);
    expect(
      marks.some((m) => m.type === entity && m.start < rewrite.end && m.end > rewrite.start),
    ).toBe(true);
    await openPanel(page);
    await clickApply(page, n);
    const want = splice(draft, rewrite.start, rewrite.end, rewrite.text);
    await expectDraft(page, i, want);
    await expect.poll(() => statusText(page)).toContain('Applied');
    await press(page, 'Control+z');
    await expectDraft(page, i, draft);
    expect(env.pageErrors()).toEqual([]);
  });
});

describe('editors that refuse programmatic edits', () => {
  test.each([
    'x-home',
    'x-dm-chat',
    'fb-comment',
    'li-share-classic',
    'li-comment-feed',
    'li-message',
  ])('%s: the refusal is reported, the rewrite copied, nothing lost', async (name) => {
    const row = ROWS.find((r) => r.name === name) as Row;
    const { page, i } = await openRow(row, 'refuse=1');
    await focusComposer(page, i);
    await typeKeys(page, SALESY);
    const report = expected(SALESY);
    await waitForMeter(page, shown(report));
    const rewrites = visibleRewrites(report);
    const n = rewrites.findIndex((r) => r.text !== '');
    const rewrite = rewrites[n];
    if (!rewrite) throw new Error('no replacement');
    await openPanel(page);
    await clickApply(page, n);
    await expect.poll(() => statusText(page)).toContain('did not accept');
    expect(await statusText(page)).toContain('rewritten post is on your clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      splice(SALESY, rewrite.start, rewrite.end, rewrite.text),
    );
    await expectDraft(page, i, SALESY);
    expect(await fixture(page, 'refusals')).toBeGreaterThan(0);
    await page.close();
  });
});

describe('editors nobody can see get no meter while hidden', () => {
  const DRAFT = 'Limited time only! Buy now and DM me for details!!!';

  test.each(['display-none', 'zero-size', 'aria-hidden'] as Hidden[])('%s', async (how) => {
    const page = await env.openSite('x', '/home');
    const i = await fixture(page, 'addHidden', how, DRAFT);
    expect(await modelText(page, i)).toBe(DRAFT);
    // Focus and type where that is possible at all; neither may bring a meter.
    await focusComposer(page, i);
    if (how !== 'display-none') await typeKeys(page, ' Now!');
    // A visible composer on the same page gets its meter meanwhile: the content script is running.
    const home = await composerNamed(page, 'x-home');
    await focusComposer(page, home);
    await typeKeys(page, 'Thank you all!');
    await waitForMeter(page, shown(expected('Thank you all!')));
    expect((await meters(page)).length).toBe(1);
    // Shown, it is a composer like any other.
    await fixture(page, 'reveal', i);
    await focusComposer(page, i);
    await expect.poll(async () => (await meters(page)).length).toBe(2);
    await page.close();
  });

  test('LinkedIn’s /preload/ decoy and a closed SDUI share dialog holding a draft', async () => {
    const page = await env.openSite('linkedin', '/feed/?sharebox=sdui');
    const decoy = await composerNamed(page, 'li-preload-decoy');
    const frame = await frameOf(page, decoy);
    expect(await modelText(page, decoy)).not.toBe('');
    const sdui = await composerNamed(page, 'li-share-sdui');
    await fixture(page, 'setText', sdui, DRAFT);
    const comment = await composerNamed(page, 'li-comment-feed');
    await focusComposer(page, comment);
    await typeKeys(page, 'Thank you all!');
    await waitForMeter(page, shown(expected('Thank you all!')));
    // The decoy's frame runs WhyFirst too (all frames), yet shows nothing; the closed dialog neither.
    await frame.evaluate(() => window.__fixtureFrame?.composers()[0]?.focusEnd());
    await page.waitForTimeout(500);
    expect(await meters(frame)).toEqual([]);
    expect((await meters(page)).length).toBe(1);
    await page.getByRole('button', { name: 'Start a post', exact: true }).click();
    await waitForMeter(page, shown(expected(DRAFT)));
    expect(await meters(frame)).toEqual([]);
    await page.close();
  });
});
