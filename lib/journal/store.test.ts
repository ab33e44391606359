import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addEntry,
  DEFAULT_JOURNAL_SETTINGS,
  deleteAllEntries,
  deleteEntry,
  forgetTexts,
  loadEntries,
  loadJournalSettings,
  MAX_ENTRIES,
  pruneEntries,
  pruneJournal,
  recordSend,
  saveJournalSettings,
  watchJournal,
} from './store';
import { makeEntry, makeReport } from './testing';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);
const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const send = (text: string, time = NOW) => ({
  site: 'facebook' as const,
  kind: 'post' as const,
  text,
  report: makeReport(81, 'authentic', ['shares-why'], ['why-statement']),
  time,
});

describe('recordSend', () => {
  test('stores the entry in storage.local only, without the text by default', async () => {
    const entry = await recordSend(send('I started this bakery to feed my street.'));
    expect(entry).toMatchObject({
      site: 'facebook',
      kind: 'post',
      score: 81,
      habits: ['shares-why'],
    });
    expect(entry).not.toHaveProperty('text');
    expect(await loadEntries()).toEqual([entry]);
    expect(await local('journal')).toEqual([entry]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('keeps the text once the user turns that on', async () => {
    await saveJournalSettings({ keepText: true });
    const entry = await recordSend(send('Proud of this one.'));
    expect(entry?.text).toBe('Proud of this one.');
    expect((await loadEntries())[0]?.text).toBe('Proud of this one.');
  });

  test('an empty draft records nothing', async () => {
    expect(await recordSend(send('   '))).toBeNull();
    expect(await loadEntries()).toEqual([]);
  });

  test('applies the retention: entries past it go when a new one is recorded', async () => {
    await fakeBrowser.storage.local.set({
      journal: [
        makeEntry({ id: 'old', time: NOW - 400 * DAY }),
        makeEntry({ id: 'recent', time: NOW - 10 * DAY }),
      ],
    });
    vi.spyOn(Date, 'now').mockReturnValue(NOW);
    await recordSend(send('new'));
    expect((await loadEntries()).map((e) => e.id).slice(0, 1)).toEqual(['recent']);
    expect(await loadEntries()).toHaveLength(2);
  });

  test('never rejects: a storage failure resolves to null', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await expect(recordSend(send('hello'))).resolves.toBeNull();
  });

  test('two sends at once both land', async () => {
    await Promise.all([recordSend(send('one', NOW - 1)), recordSend(send('two', NOW))]);
    expect(await loadEntries()).toHaveLength(2);
  });
});

describe('reading damaged storage', () => {
  test('damaged entries are dropped, the good ones read, nothing throws', async () => {
    const good = makeEntry({ id: 'good' });
    await fakeBrowser.storage.local.set({
      journal: [good, { id: 'bad', score: 'high' }, null, 17],
    });
    expect(await loadEntries()).toEqual([good]);
  });

  test('a journal that is not a list reads as empty', async () => {
    await fakeBrowser.storage.local.set({ journal: { hello: 'world' } });
    expect(await loadEntries()).toEqual([]);
  });

  test('damaged settings fall back field by field', async () => {
    await fakeBrowser.storage.local.set({
      journalSettings: { keepText: 'yes', retentionDays: 90 },
    });
    expect(await loadJournalSettings()).toEqual({ keepText: false, retentionDays: 90 });
    await fakeBrowser.storage.local.set({ journalSettings: { keepText: true, retentionDays: 12 } });
    expect(await loadJournalSettings()).toEqual({ keepText: true, retentionDays: 365 });
  });
});

describe('settings', () => {
  test('start with no text kept and one year of entries', async () => {
    expect(await loadJournalSettings()).toEqual(DEFAULT_JOURNAL_SETTINGS);
    expect(DEFAULT_JOURNAL_SETTINGS).toEqual({ keepText: false, retentionDays: 365 });
  });

  test('are saved in storage.local only, never in sync', async () => {
    await saveJournalSettings({ keepText: true, retentionDays: 90 });
    expect(await local('journalSettings')).toEqual({ keepText: true, retentionDays: 90 });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('a shorter retention deletes the entries now past it', async () => {
    await fakeBrowser.storage.local.set({
      journal: [
        makeEntry({ id: 'a', time: NOW - 100 * DAY }),
        makeEntry({ id: 'b', time: NOW - 20 * DAY }),
      ],
    });
    await saveJournalSettings({ retentionDays: 30 }, NOW);
    expect((await loadEntries()).map((e) => e.id)).toEqual(['b']);
  });
});

describe('deleting', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({
      journal: [
        makeEntry({ id: 'a', text: 'first' }),
        makeEntry({ id: 'b', time: NOW, text: 'second' }),
      ],
    });
  });

  test('one entry by id', async () => {
    await deleteEntry('a');
    expect((await loadEntries()).map((e) => e.id)).toEqual(['b']);
  });

  test('all entries', async () => {
    await deleteAllEntries();
    expect(await loadEntries()).toEqual([]);
    expect(await local('journal')).toEqual([]);
  });

  test('the kept texts only', async () => {
    await forgetTexts();
    const entries = await loadEntries();
    expect(entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(entries.some((e) => 'text' in e)).toBe(false);
  });
});

describe('retention', () => {
  test('pruneEntries keeps what is within the days, and at most MAX_ENTRIES newest', () => {
    const old = makeEntry({ time: NOW - 31 * DAY });
    const edge = makeEntry({ time: NOW - 30 * DAY });
    expect(pruneEntries([old, edge], 30, NOW)).toEqual([edge]);
    const many = Array.from({ length: MAX_ENTRIES + 3 }, (_, i) =>
      makeEntry({ time: NOW - i }),
    ).reverse();
    const kept = pruneEntries(many, 365, NOW);
    expect(kept).toHaveLength(MAX_ENTRIES);
    expect(kept[kept.length - 1]?.time).toBe(NOW);
  });

  test('pruneJournal applies the saved retention', async () => {
    await fakeBrowser.storage.local.set({
      journal: [
        makeEntry({ id: 'old', time: NOW - 366 * DAY }),
        makeEntry({ id: 'new', time: NOW }),
      ],
    });
    await pruneJournal(NOW);
    expect((await loadEntries()).map((e) => e.id)).toEqual(['new']);
  });

  test('addEntry keeps entries in time order', async () => {
    await addEntry(makeEntry({ id: 'later', time: NOW }), NOW);
    await addEntry(makeEntry({ id: 'earlier', time: NOW - DAY }), NOW);
    expect((await loadEntries()).map((e) => e.id)).toEqual(['earlier', 'later']);
  });
});

test('watchJournal reports checked entries and settings as they change', async () => {
  const seen: unknown[] = [];
  const stop = watchJournal(
    (entries) => seen.push(entries.map((e) => e.id)),
    (settings) => seen.push(settings),
  );
  await fakeBrowser.storage.local.set({ journal: [makeEntry({ id: 'w' }), { broken: true }] });
  await saveJournalSettings({ keepText: true });
  await vi.waitFor(() => expect(seen).toContainEqual(['w']));
  expect(seen).toContainEqual({ keepText: true, retentionDays: 365 });
  stop();
});

test('opening the journal with nothing to prune writes nothing', async () => {
  await fakeBrowser.storage.local.set({ journal: [makeEntry({ time: NOW })] });
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  await pruneJournal(NOW);
  expect(set).not.toHaveBeenCalled();
});
