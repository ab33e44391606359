// Proves the fixture pages and the harness themselves, without WhyFirst: real editors whose model
// follows typing and the execCommand editing path, composers that come and go, themes, refusal,
// and request accounting (a canary extension shows the counter can fail).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  callFixture,
  composers,
  extensionPage,
  fixtureDomText,
  fixtureModelText,
  type Harness,
  launchWithExtension,
  linkedinPreloadFrame,
  openSite,
  repoRoot,
  type SiteName,
  typeInto,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension({ extension: false });
});
afterAll(async () => {
  await h?.close();
});

interface Case {
  /** The fixture's name for the composer (see tests/fixtures/README.md). */
  name: string;
  site: SiteName;
  path?: string;
  /** Clicks a button that opens the composer first. */
  open?: string;
  kind: string;
}

const cases: Case[] = [
  { name: 'x-home', site: 'x', kind: 'draft' },
  { name: 'x-compose-dialog', site: 'x', path: '/compose/post', kind: 'draft' },
  { name: 'x-reply-inline', site: 'x', path: '/sourdough_sam/status/1', kind: 'draft' },
  {
    name: 'x-reply-dialog',
    site: 'x',
    path: '/sourdough_sam/status/1',
    open: 'Reply',
    kind: 'draft',
  },
  { name: 'x-dm-legacy', site: 'x', path: '/messages', kind: 'draft' },
  { name: 'x-dm-chat', site: 'x', path: '/i/chat', kind: 'textarea' },
  { name: 'x-mobile', site: 'x', path: '/compose/post?os=mobile', kind: 'textarea' },
  { name: 'fb-post', site: 'facebook', open: 'Create a post', kind: 'lexical' },
  { name: 'fb-comment', site: 'facebook', kind: 'lexical' },
  { name: 'fb-messenger', site: 'facebook', kind: 'lexical' },
  { name: 'li-share-classic', site: 'linkedin', open: 'Start a post', kind: 'quill' },
  {
    name: 'li-share-sdui',
    site: 'linkedin',
    path: '/feed/?sharebox=sdui',
    open: 'Start a post',
    kind: 'tiptap',
  },
  { name: 'li-comment-feed', site: 'linkedin', kind: 'tiptap' },
  {
    name: 'li-comment-post',
    site: 'linkedin',
    path: '/feed/update/urn:li:activity:7001/',
    kind: 'quill',
  },
  { name: 'li-message', site: 'linkedin', kind: 'plain' },
];

async function openCase(c: Case, extra: { refuse?: boolean } = {}): Promise<[Page, number]> {
  const page = await openSite(h.context, c.site, c.path, extra);
  if (c.open) await page.getByRole('button', { name: c.open, exact: true }).click();
  const list = await composers(page);
  const index = list.findIndex((x) => x.name === c.name);
  expect(list[index]).toMatchObject({ kind: c.kind, hidden: null });
  return [page, index];
}

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

/** Selects [start, end) with a DOM Range, waits a frame, then execCommand('insertText') in the editor's document. */
async function replaceViaExecCommand(
  page: Page,
  i: number,
  start: number,
  end: number,
  text: string,
) {
  expect(await callFixture(page, 'selectText', i, start, end)).toBe(true);
  await nextFrame(page);
  const ok = await page.evaluate(
    ([index, t]) => {
      const el = window.__fixture?.editableOf(index);
      return el ? el.ownerDocument.execCommand('insertText', false, t) : false;
    },
    [i, text] as [number, string],
  );
  await nextFrame(page);
  return ok;
}

/** Waits until the model reads `text` (editors commit on a microtask or a React render). */
async function expectModel(page: Page, i: number, text: string) {
  await expect.poll(() => fixtureModelText(page, i), { timeout: 5_000 }).toBe(text);
  expect(await fixtureDomText(page, i)).toBe(text);
}

const draft = 'Buy now and save big today';

describe.each(cases)('$name ($kind)', (c) => {
  test('typing by keyboard updates the editor model', async () => {
    const [page, i] = await openCase(c);
    await typeInto(page, i, draft);
    await expectModel(page, i, draft);
    await typeInto(page, i, ' ok');
    await expectModel(page, i, `${draft} ok`);
    await page.close();
  });

  test('select + execCommand insertText keeps model == DOM, the next key lands after it, one Ctrl+Z restores', async () => {
    const [page, i] = await openCase(c);
    await typeInto(page, i, draft);
    await expectModel(page, i, draft);
    // People pause before clicking Apply; Quill merges edits within 1 s into one undo step.
    await page.waitForTimeout(c.kind === 'quill' ? 1_100 : 600);
    expect(await replaceViaExecCommand(page, i, 0, 7, 'Have a look')).toBe(true);
    await expectModel(page, i, 'Have a look and save big today');
    await page.keyboard.press('Control+z');
    await expectModel(page, i, draft);
    await page.waitForTimeout(c.kind === 'quill' ? 1_100 : 600);
    expect(await replaceViaExecCommand(page, i, 0, 7, 'Have a look')).toBe(true);
    await page.keyboard.type('!');
    await expectModel(page, i, 'Have a look! and save big today');
    await page.close();
  });

  test('refusing mode reverts a programmatic edit and keeps model == DOM', async () => {
    const [page, i] = await openCase(c, { refuse: true });
    await typeInto(page, i, draft);
    await expectModel(page, i, draft);
    // Past the window in which the page counts an edit as the key's.
    await page.waitForTimeout(100);
    await replaceViaExecCommand(page, i, 0, 7, 'Have a look');
    await expectModel(page, i, draft);
    expect(await callFixture(page, 'refusals')).toBeGreaterThan(0);
    await page.close();
  });
});

describe('composers come and go', () => {
  test.each(['x', 'facebook', 'linkedin'] as const)(
    '%s: addComposer and removeComposer',
    async (site) => {
      const page = await openSite(h.context, site);
      const before = await composers(page);
      const added = await callFixture(page, 'addComposer');
      expect(added).toBe(before.length);
      await typeInto(page, added, 'Later composer');
      await expectModel(page, added, 'Later composer');
      const editables = () => page.locator('[contenteditable="true"], textarea').count();
      const count = await editables();
      await callFixture(page, 'removeComposer', added);
      expect(await composers(page)).toHaveLength(before.length);
      expect(await editables()).toBe(count - 1);
      await page.close();
    },
  );

  test('X single-page navigation swaps composers; the dialog opens and closes', async () => {
    const page = await openSite(h.context, 'x');
    await page.getByRole('link', { name: 'Messages' }).click();
    expect(page.url()).toBe('https://x.com/messages');
    expect((await composers(page)).map((c) => c.name)).toEqual(['x-dm-legacy']);
    await page.getByRole('link', { name: 'Chat' }).click();
    expect((await composers(page)).map((c) => c.name)).toEqual(['x-dm-chat']);
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'Post', exact: true }).click();
    expect(page.url()).toBe('https://x.com/compose/post');
    await expect
      .poll(() =>
        page
          .locator('#layers [role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]')
          .count(),
      )
      .toBe(1);
    expect((await composers(page)).map((c) => c.name)).toEqual(['x-home', 'x-compose-dialog']);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(await composers(page)).toHaveLength(1);
    await page.goBack();
    expect(page.url()).toBe('https://x.com/compose/post');
    expect(await composers(page)).toHaveLength(2);
    await page.close();
  });

  test('X composers carry Draft.js markers, test ids, wrappers and the toolbar as X renders them', async () => {
    const page = await openSite(h.context, 'x', '/home', { host: 'twitter.com' });
    const editor = page.locator(
      'label[data-testid="tweetTextarea_0_label"] [data-testid="tweetTextarea_0RichTextInputContainer"] .DraftEditor-root .public-DraftEditor-content[contenteditable="true"][role="textbox"][data-testid="tweetTextarea_0"]',
    );
    expect(await editor.count()).toBe(1);
    expect(await page.locator('[data-testid="toolBar"]').count()).toBe(1);
    await callFixture(page, 'addComposer');
    expect(
      await page.locator('.public-DraftEditor-content[data-testid="tweetTextarea_1"]').count(),
    ).toBe(1);
    await page.close();
    const mobile = await openSite(h.context, 'x', '/compose/post?os=mobile');
    expect(await mobile.locator('main div[data-testid^="tweetTextarea"] textarea').count()).toBe(1);
    expect(await mobile.locator('[contenteditable="true"]').count()).toBe(0);
    await mobile.close();
  });

  test('X’s Draft.js decorates hashtags, mentions and links, makes emoji entities and styles overflow', async () => {
    const page = await openSite(h.context, 'x');
    const long = `${'a'.repeat(275)} #sale @sam shop.com/x 😀`;
    await callFixture(page, 'setText', 0, long);
    const marks = await callFixture(page, 'marks', 0);
    const at = (type: string) =>
      marks.filter((m) => m.type === type).map((m) => long.slice(m.start, m.end));
    expect(at('hashtag')).toEqual(['#sale']);
    expect(at('mention')).toEqual(['@sam']);
    expect(at('link')).toEqual(['shop.com/x']);
    expect(at('emoji')).toEqual(['😀']);
    // Past 280 weighted characters (here the 281st, inside "#sale") every character is overflow.
    expect(at('overflow').join('')).toBe(long.slice(280));
    expect(await page.locator('[data-fixture-decorated]').count()).toBe(4);
    expect(await fixtureDomText(page, 0)).toBe(long);
    await page.close();
  });

  test('Facebook’s composers carry their markup: aria-placeholder, a sibling placeholder, left-aligned paragraphs', async () => {
    const fb = await openSite(h.context, 'facebook');
    const lexical = fb.locator(
      'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    );
    expect(await lexical.count()).toBe(3);
    expect(await fb.locator('[data-lexical-editor][aria-label="Message"]').count()).toBe(1);
    await fb.getByRole('button', { name: 'Create a post' }).click();
    const post = fb.locator('[role="dialog"] form[method="POST"] [data-lexical-editor="true"]');
    expect(await post.count()).toBe(1);
    expect(await post.getAttribute('aria-label')).toBeNull();
    expect(await post.getAttribute('aria-placeholder')).toBe("What's on your mind, Sam?");
    expect(await post.evaluate((el) => el.nextElementSibling?.getAttribute('aria-hidden'))).toBe(
      'true',
    );
    expect(
      await post.evaluate((el) => [
        el.children.length,
        el.querySelector('p')?.className,
        el.querySelector('p')?.getAttribute('style'),
        el.textContent,
      ]),
    ).toEqual([1, 'xdj266r x14z9mp x1lziwak xzsf02u x1a2a7pz', 'text-align: left;', '']);
    await fb.close();
  });

  test('LinkedIn: Quill 1 in the #interop-outlet shadow root stamps data-gramm; TipTap comments; a /preload/ decoy', async () => {
    const li = await openSite(h.context, 'linkedin');
    expect(
      await li
        .locator(
          '[componentkey^="commentBox-"] [data-testid="ui-core-tiptap-text-editor-wrapper"] .tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
        )
        .count(),
    ).toBe(1);
    await li.getByRole('button', { name: 'Start a post' }).click();
    const quill = await li.evaluate(() => {
      const editor = document
        .querySelector('#interop-outlet')
        ?.shadowRoot?.querySelector('[data-test-modal-id="sharebox"] .ql-editor');
      return [
        editor?.getAttribute('data-gramm'),
        editor?.getAttribute('data-test-ql-editor-contenteditable'),
      ];
    });
    expect(quill).toEqual(['false', 'true']);
    const frame = await linkedinPreloadFrame(li);
    expect(await frame.locator('.ql-editor[data-gramm="false"]').count()).toBe(1);
    expect(
      await li.locator('iframe[src="/preload/"]').evaluate((f) => f.getBoundingClientRect().width),
    ).toBe(0);
    await li.close();
  });

  test('hidden composers: the wrappers hide them, reveal shows them', async () => {
    const page = await openSite(h.context, 'facebook');
    for (const how of ['display-none', 'zero-size', 'aria-hidden'] as const) {
      const i = await callFixture(page, 'addHidden', how, 'Hidden draft');
      expect((await composers(page))[i]).toMatchObject({ hidden: how });
      expect(await fixtureModelText(page, i)).toBe('Hidden draft');
      const visible = () =>
        page.evaluate((n) => {
          const el = window.__fixture?.editableOf(n);
          const box = el?.getBoundingClientRect();
          return (
            !!el?.checkVisibility() &&
            !el.closest('[aria-hidden="true"]') &&
            !!box &&
            box.width > 0 &&
            el.closest('[data-fixture-hidden]')?.getBoundingClientRect().height !== 0
          );
        }, i);
      expect(await visible()).toBe(false);
      await callFixture(page, 'reveal', i);
      expect(await visible()).toBe(true);
    }
    await page.close();
  });
});

describe('themes', () => {
  test.each([
    ['light', '#FFFFFF', 'rgb(255, 255, 255)'],
    ['dim', '#15202B', 'rgb(21, 32, 43)'],
    ['dark', '#000000', 'rgb(0, 0, 0)'],
  ])('X %s: theme-color meta and body background', async (theme, meta, bg) => {
    const page = await openSite(h.context, 'x', '/home', { theme });
    const read = () =>
      page.evaluate(() => [
        document.querySelector('meta[name="theme-color"]')?.getAttribute('content'),
        getComputedStyle(document.body).backgroundColor,
      ]);
    expect(await read()).toEqual([meta, bg]);
    await callFixture(page, 'setTheme', theme === 'light' ? 'dark' : 'light');
    expect(await read()).not.toEqual([meta, bg]);
    await page.close();
  });

  test.each(['facebook', 'linkedin'] as const)('%s dark mode', async (site) => {
    const page = await openSite(h.context, site, undefined, { theme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await callFixture(page, 'setTheme', 'light');
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
    expect(await page.evaluate(() => document.documentElement.className)).toMatch(/light/);
    await page.close();
  });
});

describe('network and errors', () => {
  test('LinkedIn documents enforce Trusted Types with a sanitizing default policy', async () => {
    const page = await openSite(h.context, 'linkedin');
    const html = await page.evaluate(() => {
      const div = document.createElement('div');
      div.innerHTML =
        '<b onclick="alert(1)">x</b><script>alert(2)</script><img src="javascript:alert(3)">';
      return div.innerHTML;
    });
    expect(html).toBe('<b>x</b><img src="">');
    await page.close();
  });

  test('the fixtures themselves made no unrouted request and threw no error', () => {
    expect(h.blocked.map((b) => b.url)).toEqual([]);
    expect(h.escapedExceptBrowser()).toEqual([]);
    expect(h.pageErrors().map((e) => e.message)).toEqual([]);
  });

  test('a canary extension’s requests (start-up ones included) and errors are caught and attributed', async () => {
    const canary = await launchWithExtension({
      extension: `${repoRoot}/tests/fixtures/canary-extension`,
    });
    try {
      const page = await openSite(canary.context, 'x');
      const startup = 'https://canary-startup.invalid/at-start';
      const routed = () => canary.blocked.filter((b) => b.url !== startup);
      await expect.poll(() => routed().length, { timeout: 10_000 }).toBe(2);
      const byUrl = Object.fromEntries(routed().map((b) => [b.url, b.source]));
      expect(byUrl).toEqual({
        'https://canary.invalid/from-content-script': 'content-script',
        'https://canary.invalid/from-worker': 'extension-worker',
      });
      // The start-up request races the routes: the router blocks it, or else the proxy catches it.
      const startupSeen = [
        ...canary
          .extensionRequests()
          .filter((b) => b.url === startup)
          .map((b) => b.source),
        ...canary.escapedExceptBrowser().filter((e) => e === 'CONNECT canary-startup.invalid:443'),
      ];
      expect(startupSeen).toHaveLength(1);
      expect(['extension-worker', 'CONNECT canary-startup.invalid:443']).toContain(startupSeen[0]);
      expect(canary.extensionRequests().length).toBe(canary.blocked.length);
      expect(await fixtureModelText(page, 0)).toBe('');
      // Packaged extension files are not network: extension pages load and nothing is counted.
      const ext = await extensionPage(canary.context, 'page.html');
      await expect.poll(() => ext.title()).toBe('canary page loaded');
      expect(routed()).toHaveLength(2);
      // An uncaught error in the content script's isolated world reaches pageErrors.
      await expect
        .poll(() => canary.extensionErrors().map((e) => e.message.split('\n')[0]))
        .toEqual(['Error: canary content script error']);
    } finally {
      await canary.close();
    }
  });
});
