// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Journal } from '../../entrypoints/journal/Journal';
import { loadEntries } from '../../lib/journal/store';
import { makeEntry } from '../../lib/journal/testing';

const DAY = 86_400_000;
const now = new Date(2026, 2, 20, 12).getTime();

const entries = [
  makeEntry({ id: 'a', time: now - 3 * DAY, site: 'x', score: 82, habits: ['asks-question'] }),
  makeEntry({ id: 'b', time: now - 2 * DAY, site: 'linkedin', score: 40, band: 'balanced' }),
  makeEntry({
    id: 'c',
    time: now - DAY,
    site: 'x',
    kind: 'reply',
    score: 91,
    habits: ['shares-why'],
  }),
  makeEntry({ id: 'old', time: now - 200 * DAY, site: 'facebook' }),
];

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await fakeBrowser.storage.local.set({ journal: entries });
});
afterEach(cleanup);

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

test('nothing kept: says what will appear and why', async () => {
  await fakeBrowser.storage.local.set({ journal: [] });
  render(h(Journal, { now }));
  await screen.findByText('Nothing here yet');
  expect(screen.getByText(/Each time you send a post, a reply or a message/)).toBeTruthy();
  expect(screen.queryByRole('table')).toBeNull();
  expect(screen.queryByRole('img')).toBeNull();
});

test('the last 90 days as a sentence, a chart and a table, newest first', async () => {
  render(h(Journal, { now }));
  await screen.findByRole('table');
  expect(
    screen.getByText(
      'Last 90 days: 3 posts, median 82, mostly authentic; you asked a question in 1 of 3 and shared your why in 1.',
    ),
  ).toBeTruthy();
  expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Chart of 3 posts');
  expect(rows().map((r) => within(r).getAllByRole('cell')[3]?.textContent)).toEqual([
    '91',
    '40',
    '82',
  ]);
});

test('filters by site and kind', async () => {
  render(h(Journal, { now }));
  await screen.findByRole('table');
  fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'x' } });
  expect(rows()).toHaveLength(2);
  expect(screen.getByText(/^Last 90 days on X: 2 posts/)).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'reply' } });
  expect(rows()).toHaveLength(1);
  expect(screen.getByText(/^Last 90 days on X: 1 reply, score 91/)).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'facebook' } });
  expect(screen.queryByRole('table')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Show everything kept' }));
  expect(rows()).toHaveLength(4);
});

test('deletes one entry, and all of them only after asking', async () => {
  render(h(Journal, { now }));
  await screen.findByRole('table');
  fireEvent.click(
    screen.getAllByRole('button', { name: /^Delete the reply or comment on X/ })[0] as HTMLElement,
  );
  await waitFor(() => expect(rows()).toHaveLength(2));
  expect((await loadEntries()).map((e) => e.id)).toEqual(['old', 'a', 'b']);
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toMatch(
      /^Deleted the reply or comment on X of /,
    ),
  );

  fireEvent.click(screen.getByRole('button', { name: 'Delete all entries…' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Delete all 3 entries?' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(await loadEntries()).toHaveLength(3);
  fireEvent.click(screen.getByRole('button', { name: 'Delete all entries…' }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete all' }));
  await screen.findByText('Nothing here yet');
  expect(await loadEntries()).toEqual([]);
});

test('exports the entries shown as CSV and JSON files', async () => {
  const files: Array<{ name: string; blob: Blob }> = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:journal';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) files.push({ name: this.download, blob: last });
  });
  render(h(Journal, { now }));
  await screen.findByRole('table');
  fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'linkedin' } });
  fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  expect(files.map((f) => f.name)).toEqual([
    'whyfirst-journal-2026-03-20.csv',
    'whyfirst-journal-2026-03-20.json',
  ]);
  const csv = (await files[0]?.blob.text()) ?? '';
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  expect(csv).toContain(',linkedin,post,40,balanced,');
  const json = JSON.parse((await files[1]?.blob.text()) ?? '{}');
  expect(json.entries.map((e: { id: string }) => e.id)).toEqual(['b']);
});

test('opening the journal deletes entries past the retention', async () => {
  await fakeBrowser.storage.local.set({ journalSettings: { keepText: false, retentionDays: 90 } });
  render(h(Journal, { now: Date.now() }));
  await waitFor(async () => expect((await loadEntries()).map((e) => e.id)).not.toContain('old'));
});
