import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { JournalEntry } from '../../lib/journal/entry';
import { weekStart } from '../../lib/journal/views';
import {
  type ExtensionSession,
  openExtension,
  readStorage,
  seriousA11yViolations,
  tabStops,
} from './extension-pages';
import { seedEntries, storeJournal } from './journal-seed';

const DAY = 86_400_000;
let session: ExtensionSession;
let entries: JournalEntry[];
/** The entries the Journal shows at first (its default period is the last 90 days). */
let recent: JournalEntry[];

beforeAll(async () => {
  session = await openExtension();
  const now = Date.now();
  entries = [
    ...seedEntries(30, now, { days: 60 }),
    { ...seedEntries(1, now - 200 * DAY)[0], id: 'long-ago' } as JournalEntry,
  ];
  recent = entries.filter((e) => e.time >= now - 90 * DAY);
});
afterAll(async () => {
  expect(session.errors).toEqual([]);
  await session?.close();
});

/** Opens the Journal after storing `list` (from an extension page: storage is the extension's). */
async function journalWith(
  list: unknown[],
  scheme: 'light' | 'dark' = 'light',
  settings = { keepText: false, retentionDays: 365 },
): Promise<Page> {
  const page = await session.open('journal.html', { colorScheme: scheme });
  await storeJournal(page, list, settings);
  await page.reload();
  await page.waitForSelector('main:not([aria-busy])');
  return page;
}

const rows = (page: Page) => page.locator('table tbody tr');

describe('Journal page', () => {
  test('empty: says what will appear and why, and passes axe in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await journalWith([], scheme);
      await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
      expect(await page.locator('table').count()).toBe(0);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.close();
    }
  });

  test('the entries are rows of the table and the chart is drawn with its summary', async () => {
    const page = await journalWith(entries);
    expect(await rows(page).count()).toBe(recent.length);
    const chart = page.locator('svg[role="img"]');
    expect(await chart.count()).toBe(1);
    expect(await chart.getAttribute('aria-label')).toContain(`Chart of ${recent.length} posts`);
    expect(await chart.locator('.pt').count()).toBe(recent.length);
    expect(await chart.locator('path.trend').count()).toBe(1);
    const newest = [...recent].sort((a, b) => b.time - a.time)[0] as JournalEntry;
    const first = rows(page).first().locator('td');
    expect(await first.nth(3).textContent()).toBe(String(newest.score));
    await expect
      .poll(() => page.locator('.summary').textContent())
      .toMatch(new RegExp(`^Last 90 days: ${recent.length} posts, median \\d+, `));
    await page.close();
  });

  test('filters by site, kind and date range', async () => {
    const page = await journalWith(entries);
    await page.getByLabel('Site', { exact: true }).selectOption('linkedin');
    const linkedin = recent.filter((e) => e.site === 'linkedin');
    expect(await rows(page).count()).toBe(linkedin.length);
    expect(await rows(page).locator('td:nth-child(2)').allInnerTexts()).toEqual(
      linkedin.map(() => 'LinkedIn'),
    );
    await page.getByLabel('Kind', { exact: true }).selectOption('message');
    expect(await rows(page).count()).toBe(linkedin.filter((e) => e.kind === 'message').length);

    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByLabel('Period', { exact: true }).selectOption('custom');
    const day = (t: number) => {
      const d = new Date(t);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const from = new Date(Date.now() - 20 * DAY).setHours(0, 0, 0, 0);
    await page.getByLabel('From', { exact: true }).fill(day(from));
    expect(await rows(page).count()).toBe(entries.filter((e) => e.time >= from).length);
    await page.getByLabel('Period', { exact: true }).selectOption('all');
    expect(await rows(page).count()).toBe(entries.length);
    await page.close();
  });

  test('CSV export downloads the rows shown, each entry a line', async () => {
    const page = await journalWith(entries);
    await page.getByLabel('Site', { exact: true }).selectOption('facebook');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^whyfirst-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    const facebook = recent.filter((e) => e.site === 'facebook');
    expect(lines[0]).toBe(
      'time,site,kind,score,band,salesiness,authenticity,habits,words,rules,text',
    );
    expect(lines).toHaveLength(facebook.length + 1);
    const one = facebook[0] as JournalEntry;
    expect(csv).toContain(
      `${new Date(one.time).toISOString()},facebook,${one.kind},${one.score},${one.band},`,
    );

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const doc = JSON.parse(readFileSync(await json.path(), 'utf8'));
    expect(doc.entries).toHaveLength(facebook.length);
    await page.close();
  });

  test('deletes one entry, and all of them after asking', async () => {
    const page = await journalWith(entries);
    const before = await rows(page).count();
    const target = rows(page).nth(1);
    const id = await target.getAttribute('data-entry-id');
    await target.getByRole('button', { name: /^Delete the / }).click();
    await expect.poll(() => rows(page).count()).toBe(before - 1);
    expect(await page.locator(`tr[data-entry-id="${id}"]`).count()).toBe(0);
    const stored = (await readStorage(page, 'local', 'journal')) as JournalEntry[];
    expect(stored.map((e) => e.id)).not.toContain(id);
    expect(stored).toHaveLength(entries.length - 1);
    // The keyboard stays in the table, on the next Delete.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete');

    await page.getByRole('button', { name: 'Delete all entries…' }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain(`Delete all ${entries.length - 1} entries?`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await rows(page).count()).toBe(before - 1);
    await page.getByRole('button', { name: 'Delete all entries…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete all' }).click();
    await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
    expect(await readStorage(page, 'local', 'journal')).toEqual([]);
    await page.close();
  });

  test('kept texts show as text, and axe passes with entries in light and dark', async () => {
    const withText = seedEntries(12, Date.now(), { days: 20, withText: true });
    withText[0] = { ...(withText[0] as JournalEntry), text: '<img src=x onerror=alert(1)> hello' };
    for (const scheme of ['light', 'dark'] as const) {
      const page = await journalWith(withText, scheme, { keepText: true, retentionDays: 365 });
      await page.getByRole('columnheader', { name: 'What you wrote' }).waitFor();
      expect(await page.locator('table img').count()).toBe(0);
      await page.getByText('<img src=x onerror=alert(1)> hello').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.close();
    }
  });

  test('keyboard alone reaches the filters, exports and deletes, each with a focus ring', async () => {
    const page = await journalWith(entries.slice(0, 3));
    const stops = await tabStops(page, 12);
    const names = stops.map((s) => s.name);
    for (const expected of ['select Site', 'select Kind', 'select Period'])
      expect(names).toContain(expected);
    expect(names.some((n) => n.startsWith('button Delete the '))).toBe(true);
    expect(stops.filter((s) => !s.ring)).toEqual([]);
    await page.close();
  });

  test('the retention setting deletes older entries only after asking', async () => {
    const page = await journalWith(entries);
    await page.getByLabel('Keep entries for').selectOption('90');
    await page
      .getByRole('alertdialog')
      .getByText(/deletes 1 older entry now/)
      .waitFor();
    await page.getByRole('button', { name: 'Delete them and keep 3 months' }).click();
    await expect
      .poll(async () => ((await readStorage(page, 'local', 'journal')) as JournalEntry[]).length)
      .toBe(entries.length - 1);
    expect(await readStorage(page, 'local', 'journalSettings')).toEqual({
      keepText: false,
      retentionDays: 90,
    });
    await page.close();
  });
});

describe('links to the Journal', () => {
  test('options: keep-text switch and retention in storage.local only, and a link', async () => {
    const options = await session.open('options.html');
    const section = options.getByRole('region', { name: 'Journal' });
    await section.getByRole('switch', { name: 'Keep the text of what I post' }).check();
    await expect
      .poll(() => readStorage(options, 'local', 'journalSettings'))
      .toMatchObject({ keepText: true });
    expect(await readStorage(options, 'sync', 'journalSettings')).toBeUndefined();
    await section.getByRole('link', { name: 'Open your journal' }).click();
    await options.waitForURL(/\/journal\.html$/);
    await options.waitForSelector('main:not([aria-busy])');
    expect(await options.getByRole('heading', { level: 1 }).textContent()).toBe('Your journal');
    await options.close();
  });

  test("popup: this week's line with a sparkline opens the Journal", async () => {
    const now = Date.now();
    const monday = weekStart(now);
    const [a, b, c, d] = seedEntries(4, now);
    const popup = await session.open('popup.html');
    await storeJournal(popup, [
      ...[a, b, c].map((e, i) => ({ ...e, time: monday + ((now - monday) * i) / 3 })),
      { ...d, time: monday - DAY },
    ]);
    await popup.reload();
    const line = popup.locator('.week-line');
    await line.getByText(/^This week: 3 posts, median \d+ · last week: 1, median \d+$/).waitFor();
    expect(await line.locator('svg.spark path').getAttribute('d')).toMatch(/^M/);
    const [tab] = await Promise.all([
      session.context.waitForEvent('page'),
      line.getByRole('link', { name: 'Journal' }).click(),
    ]);
    await tab.waitForURL(/\/journal\.html$/);
    await tab.close();
  });
});

test('nothing left the device', () => {
  expect(session.harness.extensionRequests()).toEqual([]);
  expect(session.harness.escapedExceptBrowser()).toEqual([]);
});
