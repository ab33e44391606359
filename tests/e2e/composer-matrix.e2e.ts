// Every composer kind of the three sites, on the editor it really runs (fixture pages rebuilt from
// public evidence, tests/fixtures/README.md), with the production build: the meter appears and
// follows the draft; Apply (one line and several) keeps the editor's model equal to the screen,
// even right after typing and across X's decorated entities; the next key lands once; one trusted
// Ctrl+Z restores; keys typed while an Apply runs are kept; a refused edit goes to the clipboard
// with the draft unchanged; decoys and hidden editors get no meter; no requests, no page errors.
// Written against the driver interface (driver.ts, through composer-kit.ts), so the same rows run
// in Chromium (`npm run test:e2e`) and in Firefox (`npm run test:firefox`).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { splice } from '../../lib/editors/index';
import type { SiteId } from '../../lib/sites/ids';
import type { ComposerKind, Hidden } from '../fixtures/src/common';
import {
  clickApply,
  clickPageButton,
  clipboardText,
  composerNamed,
  expected,
  meters,
  modelText,
  openPanel,
  openPanelByKeyboard,
  screenText,
  shown,
  statusText,
  visibleMeterCount,
  visibleRewrites,
  waitForMeter,
} from './composer-kit';
import type { SiteTab } from './driver';
import { driverForFile } from './spec-driver';

/** One composer kind: where it lives, how a person opens it, what it is for and what runs it. */
interface Row {
  name: string;
  site: SiteId;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const driver = driverForFile();

/** Opens a row's page as a person would and returns it with the composer's index. */
async function openRow(row: Row, refuse = false): Promise<{ tab: SiteTab; i: number }> {
  const tab = await driver.openSite(row.site, row.path, { refuse });
  if (row.open) await clickPageButton(tab, row.open);
  if (row.thread) await tab.fixture('addComposer');
  const i = await composerNamed(tab, row.name);
  const info = (await tab.fixture('list'))[i];
  expect(info).toMatchObject({ kind: row.editor, composer: row.kind, hidden: null });
  return { tab, i };
}

/** Replaces the draft as a person would (select all, delete, type) and waits for the meter. */
async function startWith(tab: SiteTab, i: number, text: string): Promise<void> {
  await tab.focus(i);
  await tab.press('Control+a');
  await tab.press('Backspace');
  await tab.type(text);
  await expect.poll(() => modelText(tab, i)).toBe(text);
  await waitForMeter(tab, i, shown(expected(text)));
}

/** The model equals the screen and both read `text`. */
async function expectDraft(tab: SiteTab, i: number, text: string): Promise<void> {
  await expect.poll(() => modelText(tab, i), { timeout: 4000 }).toBe(text);
  expect(await screenText(tab, i)).toBe(text);
}

describe.each(ROWS)('$name ($kind, $editor)', (row) => {
  let tab: SiteTab;
  let i: number;
  beforeAll(async () => {
    ({ tab, i } = await openRow(row));
  });
  afterAll(async () => {
    expect(await driver.errors()).toEqual([]);
    await tab?.close();
  });

  test('the meter appears on focus and follows the draft', async () => {
    await tab.focus(i);
    await expect.poll(() => visibleMeterCount(tab, i)).toBe(1);
    await tab.type(SALESY);
    await expect.poll(() => modelText(tab, i)).toBe(SALESY);
    await waitForMeter(tab, i, shown(expected(SALESY)));
    await tab.type(MORE);
    const more = expected(SALESY + MORE);
    expect(shown(more)).not.toBe(shown(expected(SALESY)));
    await waitForMeter(tab, i, shown(more));
    expect(await screenText(tab, i)).toBe(SALESY + MORE);
  });

  test('Apply right after typing: model equals screen, one Ctrl+Z restores, the next key lands once', async () => {
    await startWith(tab, i, SALESY);
    const report = expected(SALESY);
    const first = visibleRewrites(report).findIndex((s) => s.text !== '');
    const rewrite = visibleRewrites(report)[first];
    if (!rewrite) throw new Error('the engine offers no replacement for the salesy draft');
    const rewritten = splice(SALESY, rewrite.start, rewrite.end, rewrite.text);
    await openPanel(tab, i);
    await clickApply(tab, i, first);
    await expectDraft(tab, i, rewritten);
    await expect.poll(() => statusText(tab, i)).toContain('Applied');
    await tab.press('Control+z');
    await expectDraft(tab, i, SALESY);
    await waitForMeter(tab, i, shown(report));
    await openPanel(tab, i);
    await clickApply(tab, i, first);
    await expectDraft(tab, i, rewritten);
    await tab.type('Z');
    const caret = rewrite.start + rewrite.text.length;
    await expectDraft(tab, i, splice(rewritten, caret, caret, 'Z'));
  });

  test('a multi-line Apply (a new paragraph) keeps model and screen equal; Ctrl+Z restores', async () => {
    await startWith(tab, i, HASHTAGS);
    const post = expected(HASHTAGS).postSuggestions.find((p) => p.text.includes('\n'));
    if (!post) throw new Error('no multi-line post suggestion for the hashtag draft');
    await openPanel(tab, i);
    await clickApply(tab, i, post.label);
    await expectDraft(tab, i, splice(HASHTAGS, post.start, post.end, post.text));
    await expect.poll(() => statusText(tab, i)).toContain('Applied');
    await tab.press('Control+z');
    await expectDraft(tab, i, HASHTAGS);
  });

  test('keys typed while an Apply runs are kept, once, and never replace the flagged words', async () => {
    await startWith(tab, i, 'Our oven is finally fixed.');
    await tab.type(' DM me for details');
    const draft = 'Our oven is finally fixed. DM me for details';
    const report = expected(draft);
    await waitForMeter(tab, i, shown(report));
    const rewrite = visibleRewrites(report)[0];
    if (!rewrite) throw new Error('no rewrite for the DM pitch');
    const rewritten = splice(draft, rewrite.start, rewrite.end, rewrite.text);
    // A keyboard person: open the panel, Enter on Apply, type on at once.
    await openPanelByKeyboard(tab, i);
    await tab.press('Enter');
    await tab.type('Q');
    const caret = rewrite.start + rewrite.text.length;
    // Q lands after the rewrite, or (where the editor waited for a pause first) where it was typed.
    const either = [splice(rewritten, caret, caret, 'Q'), `${rewritten}Q`];
    // Quill waits a second after the last key before it edits (its undo grouping).
    await expect
      .poll(() => modelText(tab, i), { timeout: 5000 })
      .toSatisfy((t: string) => either.includes(t));
    expect(await screenText(tab, i)).toBe(await modelText(tab, i));
    await expect.poll(() => statusText(tab, i), { timeout: 5000 }).toContain('Applied');
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
  let tab: SiteTab;
  let i: number;
  beforeAll(async () => {
    tab = await driver.openSite('x', '/home');
    i = await composerNamed(tab, 'x-home');
  });
  afterAll(async () => {
    expect(await driver.errors()).toEqual([]);
    await tab?.close();
  });

  test.each(ENTITIES)('$entity', async ({ entity, draft, style, pick }) => {
    await tab.fixture('setText', i, draft);
    if (style) await tab.fixture('styleRange', i, ...style);
    await tab.focus(i);
    const report = expected(draft);
    await waitForMeter(tab, i, shown(report));
    const rewrites = visibleRewrites(report);
    const n = rewrites.findIndex((s) => pick(s.text));
    const rewrite = rewrites[n];
    if (!rewrite) throw new Error(`no rewrite for the ${entity} draft`);
    // The fixture decorates the span as X does: the rewrite really crosses the entity.
    const marks = await tab.fixture('marks', i);
    expect(
      marks.some((m) => m.type === entity && m.start < rewrite.end && m.end > rewrite.start),
    ).toBe(true);
    await openPanel(tab, i);
    await clickApply(tab, i, n);
    const want = splice(draft, rewrite.start, rewrite.end, rewrite.text);
    await expectDraft(tab, i, want);
    await expect.poll(() => statusText(tab, i)).toContain('Applied');
    await tab.press('Control+z');
    await expectDraft(tab, i, draft);
    expect(await driver.errors()).toEqual([]);
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
    const { tab, i } = await openRow(row, true);
    await tab.focus(i);
    await tab.type(SALESY);
    const report = expected(SALESY);
    await waitForMeter(tab, i, shown(report));
    const rewrites = visibleRewrites(report);
    const n = rewrites.findIndex((r) => r.text !== '');
    const rewrite = rewrites[n];
    if (!rewrite) throw new Error('no replacement');
    await openPanel(tab, i);
    await clickApply(tab, i, n);
    await expect.poll(() => statusText(tab, i)).toContain('did not accept');
    expect(await statusText(tab, i)).toContain('rewritten post is on your clipboard');
    expect(await clipboardText(tab, i)).toBe(
      splice(SALESY, rewrite.start, rewrite.end, rewrite.text),
    );
    await expectDraft(tab, i, SALESY);
    expect(await tab.fixture('refusals')).toBeGreaterThan(0);
    await tab.close();
  });
});

describe('editors nobody can see get no meter while hidden', () => {
  const DRAFT = 'Limited time only! Buy now and DM me for details!!!';

  test.each(['display-none', 'zero-size', 'aria-hidden'] as Hidden[])('%s', async (how) => {
    const tab = await driver.openSite('x', '/home');
    const i = await tab.fixture('addHidden', how, DRAFT);
    expect(await modelText(tab, i)).toBe(DRAFT);
    // Focus and type where that is possible at all; neither may bring a meter.
    await tab.focus(i);
    if (how !== 'display-none') await tab.type(' Now!');
    // A visible composer on the same page gets its meter meanwhile: the content script is running.
    const home = await composerNamed(tab, 'x-home');
    await tab.focus(home);
    await tab.type('Thank you all!');
    await waitForMeter(tab, home, shown(expected('Thank you all!')));
    expect((await meters(tab, home)).length).toBe(1);
    // Shown, it is a composer like any other.
    await tab.fixture('reveal', i);
    await tab.focus(i);
    await expect.poll(async () => (await meters(tab, i)).length).toBe(2);
    await tab.close();
  });

  test('LinkedIn’s /preload/ decoy and a closed SDUI share dialog holding a draft', async () => {
    const tab = await driver.openSite('linkedin', '/feed/?sharebox=sdui');
    const decoy = await composerNamed(tab, 'li-preload-decoy');
    expect(await modelText(tab, decoy)).not.toBe('');
    const sdui = await composerNamed(tab, 'li-share-sdui');
    await tab.fixture('setText', sdui, DRAFT);
    const comment = await composerNamed(tab, 'li-comment-feed');
    await tab.focus(comment);
    await tab.type('Thank you all!');
    await waitForMeter(tab, comment, shown(expected('Thank you all!')));
    // The decoy's frame runs WhyFirst too (all frames), yet shows nothing; the closed dialog neither.
    await tab.focus(decoy);
    await sleep(500);
    expect(await meters(tab, decoy)).toEqual([]);
    expect((await meters(tab, comment)).length).toBe(1);
    await clickPageButton(tab, 'Start a post');
    await waitForMeter(tab, sdui, shown(expected(DRAFT)));
    expect(await meters(tab, decoy)).toEqual([]);
    await tab.close();
  });
});
