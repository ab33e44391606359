import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import { DEFAULT_PREFS, loadPrefs, loadStatus, saveSetting } from './index';
import { SETTING_NAMES, SETTINGS } from './items';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('migrations', () => {
  test('v1 data is tidied to v2 when the extension starts', async () => {
    await fakeBrowser.storage.sync.set({
      profile: { mission: 'm', passions: [' baking', 'Baking', '', 'running '] },
      settings: { ...DEFAULT_PREFS.settings, allowedWords: ['free ', 'FREE'] },
    });
    vi.resetModules();
    const fresh = await import('./index');
    const prefs = await fresh.loadPrefs();
    expect(prefs.profile.passions).toEqual(['baking', 'running']);
    expect(prefs.settings.allowedWords).toEqual(['free']);
    expect(await fakeBrowser.storage.sync.get('profile$')).toEqual({ profile$: { v: 2 } });
    expect((await fresh.loadStatus()).recovered).toEqual([]);
  });

  test('the device copy is migrated too', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_PREFS.settings, extraSalesyWords: [' synergy', 'Synergy'] },
    });
    vi.resetModules();
    await (await import('./index')).loadPrefs();
    expect(await storage.getItem('local:settings')).toMatchObject({
      extraSalesyWords: ['synergy'],
    });
    expect(await storage.getMeta('local:settings')).toEqual({ v: 2 });
  });

  test('data from a newer version is validated, not trusted, and does not break reading', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({
      profile: { mission: 'from the future', passions: 'all of them' },
      profile$: { v: 9 },
    });
    vi.resetModules();
    const fresh = await import('./index');
    const prefs = await fresh.loadPrefs();
    expect(prefs.profile).toEqual({ mission: 'from the future', passions: [] });
    expect((await fresh.loadStatus()).recovered).toHaveLength(1);
  });
});

describe('every setting', () => {
  test.each(SETTING_NAMES)('%s: its default passes its own validation', (name) => {
    const { check, device } = SETTINGS[name];
    expect(check(device.fallback, device.fallback as never).problems).toEqual([]);
  });

  test.each(SETTING_NAMES)('%s: the device copy and the synced copy share one key', (name) => {
    expect(SETTINGS[name].device.key).toBe(`local:${name}`);
    expect(SETTINGS[name].synced.key).toBe(`sync:${name}`);
  });
});

describe('where WhyFirst appears, by kind of composer', () => {
  test('every kind is on for a new user', async () => {
    expect((await loadPrefs()).kinds).toEqual({ post: true, reply: true, message: true });
  });

  test('storage from a release without the setting reads as all on and keeps the rest', async () => {
    const profile = { mission: 'Teach pottery to beginners', passions: ['clay'] };
    const sites = { x: true, facebook: false, linkedin: true };
    for (const area of [fakeBrowser.storage.sync, fakeBrowser.storage.local])
      await area.set({ profile, profile$: { v: 2 }, sites });
    vi.resetModules();
    const fresh = await import('./index');
    const prefs = await fresh.loadPrefs();
    expect(prefs.kinds).toEqual({ post: true, reply: true, message: true });
    expect(prefs.profile).toEqual(profile);
    expect(prefs.sites).toEqual(sites);
    expect((await fresh.loadStatus()).recovered).toEqual([]);
  });

  test('a saved kind goes to sync and to the device copy', async () => {
    const kinds = { post: true, reply: false, message: true };
    expect(await saveSetting('kinds', kinds)).toEqual({ synced: true, note: null });
    expect(await storage.getItem('sync:kinds')).toEqual(kinds);
    expect(await storage.getItem('local:kinds')).toEqual(kinds);
    expect((await loadPrefs()).kinds).toEqual(kinds);
  });

  test('a damaged switch from sync keeps its last good value; the others are read', async () => {
    await saveSetting('kinds', { post: true, reply: true, message: false });
    await fakeBrowser.storage.sync.set({ kinds: { post: false, message: 'yes please' } });
    expect((await loadPrefs()).kinds).toEqual({ post: false, reply: true, message: false });
    const [entry] = (await loadStatus()).recovered;
    expect(entry?.setting).toBe('composer switches');
    expect(entry?.problems).toEqual([
      'The switch for private messages should be on or off but was “yes please”; kept off.',
    ]);
  });

  test('a device copy that is not switches at all gives the defaults, with a copy kept', async () => {
    await fakeBrowser.storage.local.set({ kinds: ['post'] });
    expect((await loadPrefs()).kinds).toEqual(DEFAULT_PREFS.kinds);
    expect((await loadStatus()).recovered.map((r) => r.raw)).toEqual(['["post"]']);
  });
});
