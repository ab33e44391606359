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
  name: string;
  site: SiteName;
  path?: string;
  /** Clicks a button that opens a dialog composer first. */
  open?: string;
  kind: string;
  where?: string;
  /** Which composer: counted from the end of the list when negative. */
  index: number;
}

const cases: Case[] = [
  { name: 'X home composer', site: 'x', kind: 'draft', index: 0 },
  { name: 'X reply box', site: 'x', kind: 'draft', index: 1 },
  { name: 'X /compose/post dialog', site: 'x', path: '/compose/post', kind: 'draft', index: -1 },
  { name: 'X DM textarea (React)', site: 'x', path: '/messages', kind: 'textarea', index: 0 },
  { name: 'Facebook comment box', site: 'facebook', kind: 'lexical', index: 0 },
  {
    name: 'Facebook Create post dialog',
    site: 'facebook',
    open: 'Create a post',
    kind: 'lexical',
    index: -1,
  },
  { name: 'LinkedIn comment box', site: 'linkedin', kind: 'quill', index: 0 },
  {
    name: 'LinkedIn #interop-outlet shadow root',
    site: 'linkedin',
    kind: 'quill',
    where: 'shadow',
    index: 1,
  },
  { name: 'LinkedIn iframe', site: 'linkedin', kind: 'quill', where: 'iframe', index: 2 },
  {
    name: 'LinkedIn share dialog',
    site: 'linkedin',
    open: 'Start a post',
    kind: 'quill',
    index: -1,
  },
];

async function openCase(c: Case, extra: { refuse?: boolean } = {}): Promise<[Page, number]> {
  const page = await openSite(h.context, c.site, c.path, extra);
  if (c.open) await page.getByRole('button', { name: c.open }).click();
  const list = await composers(page);
  const index = c.index < 0 ? list.length + c.index : c.index;
  const info = list[index];
  expect(info?.kind).toBe(c.kind);
  if (c.where) expect(info?.where).toBe(c.where);
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

describe.each(cases)('$name', (c) => {
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
    await page.waitForTimeout(c.kind === 'quill' ? 1_100 : 350);
    expect(await replaceViaExecCommand(page, i, 0, 7, 'Have a look')).toBe(true);
    await expectModel(page, i, 'Have a look and save big today');
    await page.keyboard.press('Control+z');
    await expectModel(page, i, draft);
    await page.waitForTimeout(c.kind === 'quill' ? 1_100 : 350);
    expect(await replaceViaExecCommand(page, i, 0, 7, 'Have a look')).toBe(true);
    await page.keyboard.type('!');
    await expectModel(page, i, 'Have a look! and save big today');
    await page.close();
  });

  test('refusing mode reverts a programmatic edit and keeps model == DOM', async () => {
    const [page, i] = await openCase(c, { refuse: true });
    await typeInto(page, i, draft);
    await expectModel(page, i, draft);
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
    expect((await composers(page)).map((c) => c.kind)).toEqual(['textarea']);
    await expect.poll(() => page.locator('[data-testid="dmComposerTextInput"]').count()).toBe(1);
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'Post', exact: true }).click();
    expect(page.url()).toBe('https://x.com/compose/post');
    await expect
      .poll(() =>
        page.locator('[role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]').count(),
      )
      .toBe(1);
    expect(await composers(page)).toHaveLength(3);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(await composers(page)).toHaveLength(2);
    await page.goBack();
    expect(page.url()).toBe('https://x.com/compose/post');
    expect(await composers(page)).toHaveLength(3);
    await page.close();
  });

  test('X composers carry Draft.js markers, test ids and the toolbar', async () => {
    const page = await openSite(h.context, 'x', '/home', { host: 'twitter.com' });
    const editor = page.locator(
      '.public-DraftEditor-content[contenteditable="true"][role="textbox"][data-testid="tweetTextarea_0"]',
    );
    expect(await editor.count()).toBe(2);
    expect(await page.locator('[data-testid="toolBar"]').count()).toBe(2);
    await callFixture(page, 'addComposer');
    expect(await page.locator('[data-testid="tweetTextarea_1"]').count()).toBe(1);
    await page.close();
  });

  test('Facebook and LinkedIn editors carry their markers', async () => {
    const fb = await openSite(h.context, 'facebook');
    expect(
      await fb
        .locator('div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]')
        .count(),
    ).toBe(2);
    await fb.getByRole('button', { name: 'Create a post' }).click();
    expect(
      await fb
        .locator('[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]')
        .count(),
    ).toBe(1);
    await fb.close();
    const li = await openSite(h.context, 'linkedin');
    expect(
      await li.locator('.comments-comment-box .ql-editor[contenteditable="true"]').count(),
    ).toBe(1);
    expect(
      await li.evaluate(
        () =>
          document.querySelector('#interop-outlet')?.shadowRoot?.querySelectorAll('.ql-editor')
            .length,
      ),
    ).toBe(1);
    const frame = li.frameLocator('iframe.embedded-frame');
    expect(await frame.locator('.share-box .ql-editor').count()).toBe(1);
    await li.getByRole('button', { name: 'Start a post' }).click();
    expect(await li.locator('.share-creation-state .ql-editor').count()).toBe(1);
    await li.close();
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
  test('LinkedIn documents enforce Trusted Types', async () => {
    const page = await openSite(h.context, 'linkedin');
    const blocked = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
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
