import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import { DEFAULT_PREFS, loadPrefs, loadStatus, saveMission } from './index';
import { flushPending, mirrorSyncToDevice, saveSetting } from './sync';

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
    expect(await storage.getItem('sync:profile')).toEqual(profile);
    expect(await storage.getItem('local:profile')).toEqual(profile);
    expect((await loadPrefs()).profile).toEqual(profile);
    expect((await loadStatus()).syncNote).toBeNull();
  });

  test('a change made in another browser (sync) wins and refreshes the device copy', async () => {
    await saveSetting('profile', { mission: 'old', passions: [] });
    await fakeBrowser.storage.sync.set({ profile: { mission: 'new', passions: ['chess'] } });
    expect((await loadPrefs()).profile.mission).toBe('new');
    await mirrorSyncToDevice('profile', { mission: 'new', passions: ['chess'] });
    expect(await storage.getItem('local:profile')).toEqual({ mission: 'new', passions: ['chess'] });
  });

  test('the device copy is not overwritten by sync while it holds a newer value', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await saveSetting('profile', { mission: 'newer here', passions: [] });
    await mirrorSyncToDevice('profile', { mission: 'older in sync', passions: [] });
    expect(await storage.getItem('local:profile')).toEqual({ mission: 'newer here', passions: [] });
  });

  test('an invalid value from sync is never mirrored', async () => {
    await saveSetting('profile', { mission: 'good', passions: [] });
    await mirrorSyncToDevice('profile', { mission: 5 });
    expect(await storage.getItem('local:profile')).toEqual({ mission: 'good', passions: [] });
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
    expect(await storage.getItem('sync:profile')).toBeNull();
    set.mockRestore();
    await flushPending();
    expect(await storage.getItem('sync:profile')).toEqual({ mission: 'later', passions: [] });
    expect((await loadStatus()).syncNote).toBeNull();
  });

  test('the device copy stays in charge while sync is behind', async () => {
    await fakeBrowser.storage.sync.set({ profile: { mission: 'stale', passions: [] } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await saveSetting('profile', { mission: 'fresh', passions: [] });
    expect((await loadPrefs()).profile.mission).toBe('fresh');
  });
});
