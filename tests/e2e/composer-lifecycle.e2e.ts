// Meters come and go with their composers, follow the theme and settings, stay out of the way of
// the keyboard, survive a 50,000-character paste, and the extension never touches the network.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumTab } from './chromium-driver';
import { type ComposerEnv, openComposerEnv } from './composer-env';
import { expected, meters, salesTexts, shown, underlined, waitForMeter } from './composer-kit';
import { callFixture, fixtureModelText } from './harness';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

let env: ComposerEnv;
beforeAll(async () => {
  env = await openComposerEnv();
});
afterAll(async () => {
  expect(env.pageErrors()).toEqual([]);
  expect(env.extensionRequests()).toEqual([]);
  await env?.close();
});

const count = async (page: Page) => (await meters(chromiumTab(page))).length;

describe('composers that come and go', () => {
  test('each composer gets its own meter; later ones too; removed ones lose theirs', async () => {
    const page = await env.openSite('facebook', '/');
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('Buy now!!!');
    await expect.poll(() => count(page)).toBe(1);
    await callFixture(page, 'focus', 1);
    await chromiumTab(page).type('Thank you all for the kind words.');
    await expect.poll(() => count(page)).toBe(2);
    const texts = [await fixtureModelText(page, 0), await fixtureModelText(page, 1)];
    const want = texts.map((t) => shown(expected(t))).sort((a, b) => a - b);
    await expect
      .poll(async () => (await meters(chromiumTab(page))).map((m) => m.now).sort((a, b) => a - b))
      .toEqual(want);

    const added = await page.evaluate(() => window.__fixture?.addComposer() ?? -1);
    await callFixture(page, 'focus', added);
    await chromiumTab(page).type('DM me for details');
    await expect.poll(() => count(page)).toBe(3);

    await page.evaluate((i) => window.__fixture?.removeComposer(i), added);
    await expect.poll(() => count(page)).toBe(2);
    await page.evaluate(() => window.__fixture?.removeComposer(0));
    await expect.poll(() => count(page)).toBe(1);
    await page.close();
  });

  test('single-page navigation takes old meters away and new composers get theirs', async () => {
    const page = await env.openSite('x', '/home');
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('Limited time only!');
    await expect.poll(() => count(page)).toBe(1);
    const old = await page.locator('whyfirst-meter').elementHandle();
    await page.evaluate(() => window.__fixture?.navigate('/messages'));
    await expect.poll(() => old?.evaluate((el) => el.isConnected)).toBe(false);
    const list = await page.evaluate(() => window.__fixture?.list() ?? []);
    expect(list.length).toBeGreaterThan(0);
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('What would you do?');
    await waitForMeter(chromiumTab(page), 0, shown(expected(await fixtureModelText(page, 0))));
    await page.close();
  });
});

describe('every host of each site', () => {
  test.each([
    ['x', 'twitter.com', '/home'],
    ['facebook', 'web.facebook.com', '/'],
  ] as const)('%s at %s', async (site, host, path) => {
    const page = await env.openSite(site, path, { host });
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('Only 3 left, order now!');
    await waitForMeter(chromiumTab(page), 0, shown(expected(await fixtureModelText(page, 0))));
    await page.close();
  });
});

describe('placement', () => {
  /** The pill's bottom-right corner and the composer box's, in viewport pixels. */
  const corners = (page: Page) =>
    page.evaluate(() => {
      const host = Array.from(document.querySelectorAll('whyfirst-meter')).find(
        (h) => !(h.shadowRoot?.querySelector('.root') as HTMLElement | null)?.hidden,
      );
      const pill = host?.shadowRoot?.querySelector('.pill')?.getBoundingClientRect();
      const box = document
        .querySelector('[data-testid="tweetTextarea_0"]')
        ?.closest('.DraftEditor-root')
        ?.getBoundingClientRect();
      return pill && box
        ? {
            dx: Math.round(box.right - pill.right),
            dy: Math.round(box.bottom - pill.bottom),
            top: box.top,
          }
        : null;
    });

  test('the meter stays at its composer corner through scrolling and resizing', async () => {
    const page = await env.openSite('x', '/home');
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px';
      document.body.style.paddingTop = '300px';
    });
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('Limited time only!');
    await expect.poll(() => count(page)).toBe(1);
    await expect.poll(() => corners(page)).not.toBeNull();
    const start = await corners(page);
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(async () => (await corners(page))?.top).toBeLessThan((start?.top ?? 0) - 100);
    await expect.poll(async () => (await corners(page))?.dy).toBe(start?.dy);
    expect((await corners(page))?.dx).toBe(start?.dx);
    await page.setViewportSize({ width: 900, height: 700 });
    // Narrower, the pill may move from beside the box into its corner; it stays with the box.
    await expect
      .poll(() => corners(page))
      .toSatisfy(
        (c: Awaited<ReturnType<typeof corners>>) =>
          !!c && Math.abs(c.dx) <= 80 && Math.abs(c.dy) <= 40,
      );
    await page.close();
  });
});

describe('dialogs', () => {
  test('the compose dialog and a thread post get meters; closing the dialog takes them away', async () => {
    const page = await env.openSite('x', '/compose/post');
    const list = await page.evaluate(() => window.__fixture?.list() ?? []);
    const modal = list.length - 1;
    await callFixture(page, 'focus', modal);
    await chromiumTab(page).type('Giveaway! Tag a friend to win');
    const thread = await page.evaluate(() => window.__fixture?.addComposer() ?? -1);
    await callFixture(page, 'focus', thread);
    await chromiumTab(page).type('Part two: why we started');
    await expect.poll(() => count(page)).toBe(2);
    const inDialog = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('[role="dialog"] .public-DraftEditor-content[data-testid]'),
      ).map((e) => e.getAttribute('data-testid')),
    );
    expect(inDialog).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
    await page.locator('[data-testid="app-bar-close"]').click();
    await expect.poll(() => count(page)).toBe(0);
    await page.close();
  });
});

describe('looks', () => {
  test.each([
    ['light', 'dim'],
    ['dim', 'dark'],
    ['dark', 'light'],
  ])('X theme %s, then switched to %s', async (first, then) => {
    const page = await env.openSite('x', `/home?theme=${first}`);
    await callFixture(page, 'focus', 0);
    await expect.poll(async () => (await meters(chromiumTab(page)))[0]?.theme).toBe(first);
    await page.evaluate((t) => window.__fixture?.setTheme(t), then);
    await expect.poll(async () => (await meters(chromiumTab(page)))[0]?.theme).toBe(then);
    await page.close();
  });

  test.each(['facebook', 'linkedin'] as const)('%s dark mode', async (site) => {
    const page = await env.openSite(
      site,
      site === 'facebook' ? '/?theme=dark' : '/feed/?theme=dark',
    );
    await callFixture(page, 'focus', 0);
    await expect.poll(async () => (await meters(chromiumTab(page)))[0]?.theme).toBe('dark');
    await page.evaluate(() => window.__fixture?.setTheme('light'));
    await expect.poll(async () => (await meters(chromiumTab(page)))[0]?.theme).toBe('light');
    await page.close();
  });
});

describe('keyboard', () => {
  test('Alt+Shift+W opens the panel with focus inside; Escape closes it and returns to the editor', async () => {
    const page = await env.openSite('x', '/home');
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('Buy now!!! DM me for details');
    await waitForMeter(chromiumTab(page), 0, shown(expected('Buy now!!! DM me for details')));
    await page.keyboard.press('Alt+Shift+W');
    const panel = page.getByRole('dialog', { name: 'WhyFirst details' });
    await panel.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? ''))
      .toBe('whyfirst-meter');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''))
      .toBe('tweetTextarea_0');
    // Typing goes on in the editor.
    await chromiumTab(page).type('!');
    expect(await fixtureModelText(page, 0)).toBe('Buy now!!! DM me for details!');
    await page.close();
  });

  test('the meter is in the Tab order and announces score and band', async () => {
    const page = await env.openSite('x', '/home');
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('I learned so much this year. Thank you!');
    const report = expected(await fixtureModelText(page, 0));
    await waitForMeter(chromiumTab(page), 0, shown(report));
    const button = page.getByRole('button', { name: /WhyFirst details/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'WhyFirst details' }).waitFor();
    const meter = page.getByRole('meter');
    expect(await meter.getAttribute('aria-valuetext')).toBe(report.band);
    await page.close();
  });
});

describe('IME composition', () => {
  test.each([
    ['x', '/i/chat'],
    ['linkedin', '/feed/'],
  ] as const)('%s: the meter waits for composition to end', async (site, path) => {
    const page = await env.openSite(site, path);
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('Thank you all. ');
    const before = shown(expected(await fixtureModelText(page, 0)));
    await waitForMeter(chromiumTab(page), 0, before);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', {
      text: 'BUY NOW!!! ONLY 2 LEFT',
      selectionStart: 22,
      selectionEnd: 22,
    });
    // Mid-composition the draft reads differently, but the meter must not move.
    await page.waitForTimeout(600);
    expect((await meters(chromiumTab(page))).map((m) => m.now)).toEqual([before]);
    await cdp.send('Input.insertText', { text: 'BUY NOW!!! ONLY 2 LEFT' });
    const after = shown(expected(await fixtureModelText(page, 0)));
    expect(after).not.toBe(before);
    await waitForMeter(chromiumTab(page), 0, after);
    await cdp.detach();
    await page.close();
  });
});

describe('ignoring and accessibility', () => {
  test('Ignore hides a finding and its underline for the rest of this draft', async () => {
    const page = await env.openSite('x', '/home');
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('Buy now!!! DM me for details');
    const report = expected(await fixtureModelText(page, 0));
    await waitForMeter(chromiumTab(page), 0, shown(report));
    const first = salesTexts(report)[0] ?? '';
    await expect.poll(() => underlined(chromiumTab(page))).toContain(first);
    await page.locator('whyfirst-meter .pill').click();
    await page.getByRole('button', { name: `Ignore “${first}”` }).click();
    await expect.poll(() => underlined(chromiumTab(page))).not.toContain(first);
    await chromiumTab(page).type(' today');
    const later = expected(await fixtureModelText(page, 0));
    await waitForMeter(chromiumTab(page), 0, shown(later));
    expect(await underlined(chromiumTab(page))).not.toContain(first);
    expect(await page.getByRole('button', { name: `Ignore “${first}”` }).count()).toBe(0);
    await page.close();
  });

  test.each(['light', 'dim', 'dark'])(
    'axe finds no serious problems in the meter and panel (%s)',
    async (theme) => {
      const page = await env.openSite('x', `/home?theme=${theme}`);
      await callFixture(page, 'focus', 0);
      await chromiumTab(page).type('Buy now!!! Limited time only, DM me for details');
      await waitForMeter(chromiumTab(page), 0, shown(expected(await fixtureModelText(page, 0))));
      await page.locator('whyfirst-meter .pill').click();
      await page.getByRole('dialog', { name: 'WhyFirst details' }).waitFor();
      await page.evaluate(AXE);
      const problems = await page.evaluate(async () => {
        type Axe = {
          run(
            context: unknown,
          ): Promise<{ violations: { id: string; impact?: string | null; help: string }[] }>;
        };
        const axe = (globalThis as unknown as { axe: Axe }).axe;
        const { violations } = await axe.run({ include: [['whyfirst-meter']] });
        return violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help}`);
      });
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe('the popup asks for the draft', () => {
  test.each([
    ['x', '/home', 'document'],
    ['linkedin', '/feed/', 'shadow'],
  ] as const)(
    '%s %s: one answer, from the frame holding the focused composer (%s)',
    async (site, path, where) => {
      const page = await env.openSite(site, path);
      await page.bringToFront();
      const list = await page.evaluate(() => window.__fixture?.list() ?? []);
      const index = list.findIndex((c) => c.where === where);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(await env.askActiveTab({ kind: 'draft/get' })).toEqual({ kind: 'no-draft', site });
      await callFixture(page, 'focus', index);
      await chromiumTab(page).type('Thanks to everyone who came out last night!');
      const text = await fixtureModelText(page, index);
      await waitForMeter(chromiumTab(page), index, shown(expected(text)));
      const answer = (await env.askActiveTab({ kind: 'draft/get' })) as {
        kind: string;
        text: string;
        report: { score: number };
      };
      expect(answer).toMatchObject({ kind: 'draft', site, text });
      expect(answer.report.score).toBe(expected(text).score);
      await page.close();
    },
  );
});

describe('load and settings', () => {
  test('a 50,000-character paste is read and scored without errors', async () => {
    const page = await env.openSite('x', '/home');
    await callFixture(page, 'focus', 0);
    const unit =
      'I started baking bread last winter and learned a lot. Buy now!!! What would you bake? ';
    const big = unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, big);
    await expect.poll(() => fixtureModelText(page, 0), { timeout: 10_000 }).toHaveLength(50_000);
    await waitForMeter(
      chromiumTab(page),
      0,
      shown(expected(await fixtureModelText(page, 0))),
      15_000,
    );
    await page.close();
  });

  test('pausing WhyFirst takes every meter away at once; resuming brings them back', async () => {
    const page = await env.openSite('linkedin', '/feed/');
    await callFixture(page, 'focus', 0);
    await chromiumTab(page).type('Use code SAVE20 today');
    await expect.poll(() => count(page)).toBe(1);
    await env.setStorage('local', { pausedUntil: Date.now() + 3_600_000 });
    await expect.poll(() => count(page)).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.get('whyfirst-sales')?.size ?? 0)).toBe(0);
    await env.setStorage('local', { pausedUntil: 0 });
    await expect.poll(() => count(page)).toBe(1);
    await page.close();
  });
});
