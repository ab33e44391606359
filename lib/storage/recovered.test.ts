import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import { DEFAULT_PREFS, loadPrefs, loadStatus, saveSetting } from './index';
import { dismissRecovered, MAX_RECOVERED_CHARS } from './recovered';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
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
    expect(await storage.getItem('sync:settings')).toMatchObject({ sensitivity: 'gentle' });
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
