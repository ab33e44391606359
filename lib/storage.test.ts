import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_PREFS,
  dismissRecovered,
  exportBackup,
  flushPending,
  importBackup,
  isActiveOn,
  loadPrefs,
  loadStatus,
  MAX_RECOVERED_CHARS,
  mirrorSyncToDevice,
  resetAll,
  saveMission,
  saveSetting,
  setPausedUntil,
  watchPrefs,
} from './storage';

const raw = {
  getSync: async (key: string) => (await fakeBrowser.storage.sync.get(key))[key],
  getLocal: async (key: string) => (await fakeBrowser.storage.local.get(key))[key],
};

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('reading and saving', () => {
  test('nothing stored gives the defaults', async () => {
    expect(await loadPrefs()).toEqual(DEFAULT_PREFS);
  });

  test('a saved profile goes to sync and to the device copy, and reads back', async () => {
    const profile = { mission: 'Celebrate local makers', passions: ['pottery'] };
    expect(await saveSetting('profile', profile)).toEqual({ synced: true, note: null });
    expect(await raw.getSync('profile')).toEqual(profile);
    expect(await raw.getLocal('profile')).toEqual(profile);
    expect((await loadPrefs()).profile).toEqual(profile);
    expect((await loadStatus()).syncNote).toBeNull();
  });

  test('a change made in another browser (sync) wins and refreshes the device copy', async () => {
    await saveSetting('profile', { mission: 'old', passions: [] });
    await fakeBrowser.storage.sync.set({ profile: { mission: 'new', passions: ['chess'] } });
    expect((await loadPrefs()).profile.mission).toBe('new');
    await mirrorSyncToDevice('profile', { mission: 'new', passions: ['chess'] });
    expect(await raw.getLocal('profile')).toEqual({ mission: 'new', passions: ['chess'] });
  });

  test('the device copy is not overwritten by sync while it holds a newer value', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await saveSetting('profile', { mission: 'newer here', passions: [] });
    await mirrorSyncToDevice('profile', { mission: 'older in sync', passions: [] });
    expect(await raw.getLocal('profile')).toEqual({ mission: 'newer here', passions: [] });
  });

  test('an invalid value from sync is never mirrored', async () => {
    await saveSetting('profile', { mission: 'good', passions: [] });
    await mirrorSyncToDevice('profile', { mission: 5 });
    expect(await raw.getLocal('profile')).toEqual({ mission: 'good', passions: [] });
  });

  test('saveMission keeps the newest passions', async () => {
    await saveSetting('profile', { mission: 'a', passions: ['tea'] });
    await saveMission('b');
    expect((await loadPrefs()).profile).toEqual({ mission: 'b', passions: ['tea'] });
  });
});

describe('sync falls back to the device', () => {
  test('over quota: saved locally, a visible note, and the local value is read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const result = await saveSetting('settings', {
      ...DEFAULT_PREFS.settings,
      sensitivity: 'strict',
    });
    expect(result.synced).toBe(false);
    expect(result.note).toContain('over its limit');
    expect((await loadStatus()).syncNote).toContain('saved on this device only');
    expect((await loadPrefs()).settings.sensitivity).toBe('strict');
  });

  test('an item too big for sync never tries sync and says so', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const passions = Array.from({ length: 20 }, (_, i) => `${'é'.repeat(55)}${i}`);
    const mission = '漢'.repeat(2000);
    const result = await saveSetting('profile', { mission, passions });
    expect(set).not.toHaveBeenCalled();
    expect(result.note).toContain('8 KB');
    expect((await loadPrefs()).profile.mission).toBe(mission);
  });

  test('sync unreadable: the device copy is used and the user is told', async () => {
    await saveSetting('profile', { mission: 'kept', passions: [] });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    expect((await loadPrefs()).profile.mission).toBe('kept');
    expect((await loadStatus()).syncNote).toContain('not available');
  });

  test('the note goes away once sync answers again', async () => {
    await saveSetting('profile', { mission: 'kept', passions: [] });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('off'));
    await loadPrefs();
    expect((await loadStatus()).syncNote).not.toBeNull();
    get.mockRestore();
    await loadPrefs();
    expect((await loadStatus()).syncNote).toBeNull();
  });

  test('a pending device copy is pushed to sync later and the note goes away', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await saveSetting('profile', { mission: 'later', passions: [] });
    expect(await raw.getSync('profile')).toBeUndefined();
    set.mockRestore();
    await flushPending();
    expect(await raw.getSync('profile')).toEqual({ mission: 'later', passions: [] });
    expect((await loadStatus()).syncNote).toBeNull();
  });

  test('the device copy stays in charge while sync is behind', async () => {
    await fakeBrowser.storage.sync.set({ profile: { mission: 'stale', passions: [] } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await saveSetting('profile', { mission: 'fresh', passions: [] });
    expect((await loadPrefs()).profile.mission).toBe('fresh');
  });
});

describe('damaged data is never trusted and never lost', () => {
  test('a hand-edited sync value: good fields stay, bad ones revert, a copy is kept', async () => {
    await saveSetting('settings', { ...DEFAULT_PREFS.settings, sensitivity: 'gentle' });
    const bad = { sensitivity: 'turbo', extraSalesyWords: ['synergy', 7] };
    await fakeBrowser.storage.sync.set({ settings: bad });
    const prefs = await loadPrefs();
    expect(prefs.settings.sensitivity).toBe('gentle');
    expect(prefs.settings.extraSalesyWords).toEqual(['synergy']);
    const { recovered } = await loadStatus();
    expect(recovered).toHaveLength(1);
    expect(recovered[0]?.setting).toBe('settings');
    expect(recovered[0]?.source).toBe('sync');
    expect(JSON.parse(recovered[0]?.raw ?? '')).toEqual(bad);
    expect(recovered[0]?.problems.join(' ')).toContain('“turbo”');
    // Repaired in storage, so the next read is clean and no second copy appears.
    expect(await raw.getSync('settings')).toMatchObject({ sensitivity: 'gentle' });
    await loadPrefs();
    expect((await loadStatus()).recovered).toHaveLength(1);
  });

  test('a foreign value in local storage (no sync) is copied and replaced', async () => {
    await fakeBrowser.storage.local.set({ profile: 'my why is family' });
    expect((await loadPrefs()).profile).toEqual(DEFAULT_PREFS.profile);
    const { recovered } = await loadStatus();
    expect(recovered.map((r) => r.raw)).toEqual(['"my why is family"']);
  });

  test('a pause set far in the future is not trusted', async () => {
    await fakeBrowser.storage.local.set({ pausedUntil: Date.now() + 365 * 86_400_000 });
    expect((await loadPrefs()).pausedUntil).toBe(0);
    expect((await loadStatus()).recovered[0]?.setting).toBe('pause');
  });

  test('a huge rejected value is kept only in part, and says so', async () => {
    await fakeBrowser.storage.local.set({ profile: 'x'.repeat(MAX_RECOVERED_CHARS + 10) });
    await loadPrefs();
    const [entry] = (await loadStatus()).recovered;
    expect(entry?.raw.length).toBe(MAX_RECOVERED_CHARS);
    expect(entry?.problems.at(-1)).toContain('Only the first');
  });

  test('a kept copy can be dismissed', async () => {
    await fakeBrowser.storage.local.set({ profile: 5 });
    await loadPrefs();
    const [entry] = (await loadStatus()).recovered;
    await dismissRecovered(entry?.id ?? '');
    expect((await loadStatus()).recovered).toEqual([]);
  });
});

describe('migrations', () => {
  test('v1 data is tidied to v2 when the extension starts', async () => {
    await fakeBrowser.storage.sync.set({
      profile: { mission: 'm', passions: [' baking', 'Baking', '', 'running '] },
      settings: { ...DEFAULT_PREFS.settings, allowedWords: ['free ', 'FREE'] },
    });
    vi.resetModules();
    const fresh = await import('./storage');
    const prefs = await fresh.loadPrefs();
    expect(prefs.profile.passions).toEqual(['baking', 'running']);
    expect(prefs.settings.allowedWords).toEqual(['free']);
    expect(await fakeBrowser.storage.sync.get('profile$')).toEqual({ profile$: { v: 2 } });
    expect((await fresh.loadStatus()).recovered).toEqual([]);
  });

  test('data from a newer version is validated, not trusted, and does not break reading', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({
      profile: { mission: 'from the future', passions: 'all of them' },
      profile$: { v: 9 },
    });
    vi.resetModules();
    const fresh = await import('./storage');
    const prefs = await fresh.loadPrefs();
    expect(prefs.profile).toEqual({ mission: 'from the future', passions: [] });
    expect((await fresh.loadStatus()).recovered).toHaveLength(1);
  });
});

describe('pause, site switches and watching', () => {
  test('isActiveOn respects the site switch and the pause', () => {
    const now = 1_000;
    expect(isActiveOn(DEFAULT_PREFS, 'x', now)).toBe(true);
    expect(
      isActiveOn({ ...DEFAULT_PREFS, sites: { ...DEFAULT_PREFS.sites, x: false } }, 'x', now),
    ).toBe(false);
    expect(isActiveOn({ ...DEFAULT_PREFS, pausedUntil: now + 1 }, 'linkedin', now)).toBe(false);
    expect(isActiveOn({ ...DEFAULT_PREFS, pausedUntil: now }, 'linkedin', now)).toBe(true);
  });

  test('watchPrefs reports a site switched off and a pause', async () => {
    const seen: Array<{ x: boolean; paused: boolean }> = [];
    const unwatch = watchPrefs((p) =>
      seen.push({ x: p.sites.x, paused: p.pausedUntil > Date.now() }),
    );
    await saveSetting('sites', { ...DEFAULT_PREFS.sites, x: false });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ x: false, paused: false }));
    await setPausedUntil(Date.now() + 3_600_000);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ x: false, paused: true }));
    unwatch();
  });

  test('watchPrefs speaks again when a pause runs out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      await setPausedUntil(Date.now() + 60_000);
      const seen: number[] = [];
      const unwatch = watchPrefs((p) => seen.push(p.pausedUntil));
      await vi.advanceTimersByTimeAsync(61_000);
      expect(seen.length).toBeGreaterThan(0);
      unwatch();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('export, import and reset', () => {
  test('export then import on a fresh browser restores everything', async () => {
    const profile = {
      mission: 'Open-source maintainer, here to learn',
      passions: ['rust', 'climbing'],
    };
    await saveSetting('profile', profile);
    await saveSetting('settings', { ...DEFAULT_PREFS.settings, extraSalesyWords: ['synergy'] });
    await saveSetting('sites', { x: true, facebook: false, linkedin: true });
    const file = await exportBackup();
    fakeBrowser.reset();
    expect(await importBackup(file)).toEqual({ ok: true, notes: [] });
    const prefs = await loadPrefs();
    expect(prefs.profile).toEqual(profile);
    expect(prefs.settings.extraSalesyWords).toEqual(['synergy']);
    expect(prefs.sites.facebook).toBe(false);
  });

  test('a wrong file changes nothing', async () => {
    await saveSetting('profile', { mission: 'mine', passions: ['x'] });
    const before = await loadPrefs();
    const result = await importBackup('{"name":"some other extension","options":{}}');
    expect(result.ok).toBe(false);
    expect(await loadPrefs()).toEqual(before);
  });

  test('reset puts the defaults back but keeps recovered copies', async () => {
    await fakeBrowser.storage.local.set({ pausedUntil: 'x' });
    await saveSetting('profile', { mission: 'mine', passions: ['x'] });
    await loadPrefs();
    await resetAll();
    expect(await loadPrefs()).toEqual(DEFAULT_PREFS);
    expect((await loadStatus()).recovered).toHaveLength(1);
  });
});
