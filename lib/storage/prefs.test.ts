import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMPOSER_KINDS } from '../sites/kinds';
import {
  DEFAULT_PREFS,
  isActiveOn,
  isKindActive,
  saveSetting,
  setPausedUntil,
  watchPrefs,
} from './index';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
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

  test.each(COMPOSER_KINDS)(
    'isKindActive: %s is on by default and follows its own switch',
    (kind) => {
      expect(isKindActive(DEFAULT_PREFS, kind)).toBe(true);
      const off = { ...DEFAULT_PREFS, kinds: { ...DEFAULT_PREFS.kinds, [kind]: false } };
      expect(isKindActive(off, kind)).toBe(false);
      for (const other of COMPOSER_KINDS.filter((k) => k !== kind))
        expect(isKindActive(off, other)).toBe(true);
    },
  );

  test('watchPrefs reports a kind of composer switched off', async () => {
    const seen: boolean[] = [];
    const unwatch = watchPrefs((p) => seen.push(p.kinds.message));
    await saveSetting('kinds', { ...DEFAULT_PREFS.kinds, message: false });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(false));
    unwatch();
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
