// Posts sent in each site's fixture reach the Journal, end to end, with the production build in
// Chromium: a draft typed into a real editor and sent with the site's own control or key (the page
// then clears the editor through its API or closes its dialog, as the sites do) becomes one entry in
// storage.local with the engine's score and band for that text; the Journal lists it in its table,
// draws it in its chart and exports it as CSV. Drafts cleared by hand, abandoned in a dialog closed
// without posting, or given an Enter that only adds a line leave nothing. No requests, no errors.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KIND_LABEL } from '../../components/Journal/format';
import { bandLabel } from '../../lib/journal/bands';
import type { JournalEntry } from '../../lib/journal/entry';
import { toCsv } from '../../lib/journal/export';
import type { SiteId } from '../../lib/sites/ids';
import type { ComposerKind } from '../../lib/sites/index';
import { siteName } from '../../lib/validate';
import { chromiumTab } from './chromium-driver';
import { type ComposerEnv, openComposerEnv } from './composer-env';
import { composerNamed, expected, modelText, shown, waitForMeter } from './composer-kit';
import { extensionPage } from './harness';

/** A post this spec sent, as the Journal must show it. */
interface Sent {
  site: SiteId;
  kind: ComposerKind;
  text: string;
}

let env: ComposerEnv;
const sent: Sent[] = [];
/** Drafts that must never become entries. */
const unsent: string[] = [];
/** Milliseconds from the send (click or key) to its entry in storage, per post. */
const latencies: number[] = [];

beforeAll(async () => {
  env = await openComposerEnv();
  // Entries keep their words here, so each can be told from the others by its text.
  await env.setStorage('local', { journalSettings: { keepText: true, retentionDays: 365 } });
});
afterAll(async () => {
  const sorted = [...latencies].sort((a, b) => a - b);
  if (sorted.length)
    console.info(
      `send -> journal entry: median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms over ${sorted.length} posts (the fixtures answer a send after 400 ms)`,
    );
  await env?.close();
});

/** The journal as stored, read from the extension's service worker. */
async function journal(): Promise<JournalEntry[]> {
  const worker = env.harness.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${env.harness.extensionId}/`));
  if (!worker) throw new Error('the extension has no running service worker');
  return worker.evaluate(async () => {
    type Local = { get(key: string): Promise<Record<string, unknown>> };
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
    return ((await chrome.storage.local.get('journal')).journal ?? []) as JournalEntry[];
  });
}

/** Types a draft into a composer as a person would and waits for its meter (its session is on). */
async function draft(page: Page, name: string, text: string): Promise<number> {
  const tab = chromiumTab(page);
  const i = await composerNamed(tab, name);
  await tab.focus(i);
  await tab.type(text);
  await expect.poll(() => modelText(tab, i)).toBe(text);
  await waitForMeter(tab, i, shown(expected(text)));
  return i;
}

/** Writes a draft, sends it with `send`, and waits for its journal entry. */
async function post(
  page: Page,
  name: string,
  site: SiteId,
  kind: ComposerKind,
  text: string,
  send: () => Promise<void>,
): Promise<void> {
  await draft(page, name, text);
  const start = Date.now();
  await send();
  const entryOf = async () => (await journal()).find((e) => e.text === text);
  await expect.poll(entryOf, { interval: 20, timeout: 10_000 }).toBeDefined();
  latencies.push(Date.now() - start);
  const entry = await entryOf();
  // The page really sent it (its own log), and the entry holds the engine's reading of it.
  expect((await chromiumTab(page).fixture('sent')).at(-1)).toEqual(
    expect.objectContaining({ name, text }),
  );
  const report = expected(text);
  expect(entry).toMatchObject({ site, kind, score: shown(report), band: report.band });
  sent.push({ site, kind, text });
}

/** Writes a draft that must not be recorded, then lets `leave` get rid of it. */
async function abandon(page: Page, name: string, text: string, leave: () => Promise<void>) {
  await draft(page, name, text);
  unsent.push(text);
  await leave();
}

/** Selects the whole draft and deletes it, as a person clearing the box. */
async function clearByHand(page: Page): Promise<void> {
  await chromiumTab(page).press('Control+a');
  await chromiumTab(page).press('Backspace');
}

describe('sending records one entry per post, with the engine’s score and band', () => {
  afterAll(() => {
    expect(env.pageErrors()).toEqual([]);
  });

  test('X: Post, Ctrl+Enter, the compose dialog, replies (Cmd+Enter in the dialog), both DM boxes', async () => {
    const home = await env.openSite('x', '/home');
    const homeDraft = async () =>
      (await chromiumTab(home).fixture('list')).findIndex((c) => c.name === 'x-home');
    await abandon(home, 'x-home', 'Half a thought about the weekend', async () => {
      await clearByHand(home);
      await expect.poll(async () => modelText(chromiumTab(home), await homeDraft())).toBe('');
      // Post on an empty box does nothing.
      await home.locator('[data-testid="tweetButtonInline"]').first().click();
    });
    await post(
      home,
      'x-home',
      'x',
      'post',
      'Finally fixed the squeaky gate at the allotment. Small wins, Tuesday edition.',
      () => home.locator('[data-testid="tweetButtonInline"]').first().click(),
    );
    await post(
      home,
      'x-home',
      'x',
      'post',
      'Flash sale!!! 50% off every mug, today only. Buy now, link in bio!',
      () => chromiumTab(home).press('Control+Enter'),
    );
    expect(await modelText(chromiumTab(home), await homeDraft())).toBe('');
    await home.close();

    const compose = await env.openSite('x', '/compose/post');
    await abandon(compose, 'x-compose-dialog', 'Maybe I should not post this one after all.', () =>
      compose.locator('[data-testid="app-bar-close"]').click(),
    );
    await compose.getByRole('link', { name: 'Post', exact: true }).click();
    await post(
      compose,
      'x-compose-dialog',
      'x',
      'post',
      'Three things a year of running a repair café taught me: patience, screws and tea.',
      () => compose.locator('[role="dialog"] [data-testid="tweetButton"]').click(),
    );
    await compose.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await compose.close();

    const status = await env.openSite('x', '/sourdough_sam/status/1');
    await status.getByRole('button', { name: 'Reply', exact: true }).click();
    await post(
      status,
      'x-reply-dialog',
      'x',
      'reply',
      'Congratulations on the release! What was the hardest bug to chase down?',
      () => chromiumTab(status).press('Meta+Enter'),
    );
    await status.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await post(
      status,
      'x-reply-inline',
      'x',
      'reply',
      'Thank you for sharing this, it helped our team a lot.',
      () =>
        status
          .locator('[data-testid="inline_reply_offscreen"] [data-testid="tweetButtonInline"]')
          .click(),
    );
    await status.close();

    const dms = await env.openSite('x', '/messages');
    await post(
      dms,
      'x-dm-legacy',
      'x',
      'message',
      'Hi! Loved your talk last week. Could I ask you one question about it?',
      () => chromiumTab(dms).press('Enter'),
    );
    await dms.close();
    const chat = await env.openSite('x', '/i/chat');
    await post(
      chat,
      'x-dm-chat',
      'x',
      'message',
      'DM me for details about our limited offer, only 3 spots left!',
      () => chat.locator('[data-testid="dm-composer-send-button"]').click(),
    );
    await chat.close();
  });

  test('Facebook: the Create post dialog’s Post, Enter in a comment and in Messenger', async () => {
    const page = await env.openSite('facebook', '/');
    const open = () => page.getByRole('button', { name: 'Create a post', exact: true }).click();
    await open();
    await abandon(page, 'fb-post', 'First line of a post I will not send', async () => {
      // Enter in the Create post editor starts a new line; it does not post.
      await chromiumTab(page).press('Enter');
      await chromiumTab(page).type('and its second line');
      await page.locator('[role="dialog"] [aria-label="Close"]').click();
    });
    await open();
    await post(
      page,
      'fb-post',
      'facebook',
      'post',
      'Our choir sang at the care home today and I cried a little. Who else sings with friends?',
      () => page.locator('[role="dialog"] [aria-label="Post"]').click(),
    );
    await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await post(
      page,
      'fb-comment',
      'facebook',
      'reply',
      'What a lovely bakery! We visited in May and the rye was perfect.',
      () => chromiumTab(page).press('Enter'),
    );
    await post(
      page,
      'fb-messenger',
      'facebook',
      'message',
      'Running ten minutes late, save me a seat please.',
      () => chromiumTab(page).press('Enter'),
    );
    await page.close();
  });

  test('LinkedIn: both share boxes, both comment boxes, the message Send button', async () => {
    const feed = await env.openSite('linkedin', '/feed/');
    const start = () => feed.getByRole('button', { name: 'Start a post', exact: true }).click();
    await start();
    await abandon(feed, 'li-share-classic', 'A draft for another day', () =>
      feed.locator('[aria-label="Dismiss"]').click(),
    );
    await start();
    await post(
      feed,
      'li-share-classic',
      'linkedin',
      'post',
      "I was let go in March. Here's what I learned about asking for help, and who showed up.",
      () => feed.locator('.share-actions__primary-action').click(),
    );
    await feed.locator('[data-test-modal-id="sharebox"]').waitFor({ state: 'detached' });
    await post(
      feed,
      'li-comment-feed',
      'linkedin',
      'reply',
      'Great point about async standups. How do you keep them from becoming status reports?',
      () =>
        feed
          .locator('[componentkey^="commentBox-"]')
          .getByRole('button', { name: 'Comment' })
          .click(),
    );
    await abandon(feed, 'li-message', 'See you', async () => {
      // "Press Enter to send" is off: Enter adds a line and the draft stays; then it is deleted.
      await chromiumTab(feed).press('Enter');
      await clearByHand(feed);
    });
    await post(
      feed,
      'li-message',
      'linkedin',
      'message',
      "Thanks for the intro to Priya, I'll reach out this week.",
      () => feed.locator('.msg-form__send-button').click(),
    );
    await feed.close();

    const sdui = await env.openSite('linkedin', '/feed/?sharebox=sdui');
    await sdui.getByRole('button', { name: 'Start a post', exact: true }).click();
    await post(
      sdui,
      'li-share-sdui',
      'linkedin',
      'post',
      "Register now for our masterclass! Early bird price ends tonight. Don't miss out!",
      () => sdui.locator('dialog').getByRole('button', { name: 'Post', exact: true }).click(),
    );
    await sdui.close();

    const postPage = await env.openSite('linkedin', '/feed/update/urn:li:activity:7001/');
    await post(
      postPage,
      'li-comment-post',
      'linkedin',
      'reply',
      'Congrats to the whole team, well deserved.',
      () => postPage.locator('.comments-comment-box__submit-button--cr').click(),
    );
    await postPage.close();
  });
});

describe('the Journal shows what was sent, and nothing else', () => {
  let page: Page;
  let entries: JournalEntry[];
  beforeAll(async () => {
    entries = await journal();
    page = await extensionPage(env.harness.context, 'journal.html');
    await page.waitForSelector('main:not([aria-busy])');
  });
  afterAll(async () => {
    await page?.close();
  });

  test('one entry per post sent; cleared, abandoned and new-line drafts left none', () => {
    expect(entries.map((e) => e.text).sort()).toEqual(sent.map((s) => s.text).sort());
    expect(sent.length).toBe(15);
    for (const text of unsent) expect(entries.some((e) => e.text?.includes(text))).toBe(false);
  });

  test('each post is a row of the table with its site, kind, score and band', async () => {
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(sent.length);
    for (const { site, kind, text } of sent) {
      const cells = rows.filter({ hasText: text }).locator('td');
      const report = expected(text);
      expect(await cells.nth(1).textContent()).toBe(siteName(site));
      expect(await cells.nth(2).textContent()).toBe(KIND_LABEL[kind]);
      expect(await cells.nth(3).textContent()).toBe(String(shown(report)));
      expect(await cells.nth(4).textContent()).toBe(bandLabel(report.band));
    }
  });

  test('the chart draws every post and says what it shows', async () => {
    const chart = page.locator('svg[role="img"]');
    expect(await chart.locator('.pt').count()).toBe(sent.length);
    const label = (await chart.getAttribute('aria-label')) ?? '';
    expect(label).toContain(`Chart of ${sent.length} posts`);
    const bands = new Map<string, number>();
    for (const { text } of sent) {
      const band = expected(text).band;
      bands.set(band, (bands.get(band) ?? 0) + 1);
    }
    for (const [band, n] of bands) expect(label).toContain(`${n} ${bandLabel(band).toLowerCase()}`);
  });

  test('the CSV export holds every entry’s row', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(sent.length + 1);
    for (const entry of entries) {
      const row = toCsv([entry]).split('\r\n')[1] as string;
      expect(csv).toContain(row);
    }
  });

  test('nothing left the device, no page errors', () => {
    expect(env.extensionRequests()).toEqual([]);
    expect(env.harness.escapedExceptBrowser()).toEqual([]);
    expect(env.pageErrors()).toEqual([]);
  });
});
