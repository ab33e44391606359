import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type Backup,
  exportBackup,
  importBackup,
  parseBackup,
  resetAll,
  serializeBackup,
} from './backup';
import { DEFAULT_PREFS, loadPrefs, loadStatus, saveSetting } from './index';

const { pausedUntil: _, ...defaults } = DEFAULT_PREFS;

const mine: Backup = {
  profile: { mission: 'Teach people to fix their own bikes', passions: ['cycling', 'Leeds'] },
  settings: { ...defaults.settings, sensitivity: 'strict', allowedWords: ['free'] },
  sites: { x: false, facebook: true, linkedin: true },
  kinds: { post: true, reply: false, message: true },
};

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('backup files', () => {
  test('an exported file reads back as the same values', () => {
    const text = serializeBackup(mine, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ kind: 'whyfirst-backup', format: 1 });
    expect(parseBackup(text)).toEqual({ ok: true, backup: mine });
  });

  test.each([
    ['not JSON', 'mission: help', 'not JSON'],
    ['a JSON list', '[1,2]', 'not a WhyFirst backup'],
    ['another app', '{"kind":"other","format":1}', 'whyfirst-backup'],
    ['no format', '{"kind":"whyfirst-backup","profile":{}}', 'which format'],
    ['a newer format', '{"kind":"whyfirst-backup","format":9,"profile":{}}', 'newer WhyFirst'],
    ['empty', '{"kind":"whyfirst-backup","format":1}', 'neither a profile nor settings'],
  ])('rejects %s with a plain message', (_name, text, words) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems.join(' ')).toContain(words);
      expect(parsed.problems.join(' ')).toContain('Nothing was changed');
    }
  });

  test('one bad field rejects the whole file', () => {
    const text = JSON.stringify({
      kind: 'whyfirst-backup',
      format: 1,
      profile: mine.profile,
      settings: { ...mine.settings, sensitivity: 'max' },
    });
    const parsed = parseBackup(text);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'Sensitivity was “max”, which is not gentle, normal or strict; kept “normal”.',
        'Nothing was changed.',
      ],
    });
  });

  test('damaged composer switches reject the file', () => {
    const text = JSON.stringify({ ...JSON.parse(serializeBackup(mine)), kinds: { reply: 0 } });
    expect(parseBackup(text)).toEqual({
      ok: false,
      problems: [
        'The switch for replies and comments should be on or off but was 0; kept on.',
        'Nothing was changed.',
      ],
    });
  });

  test('an older file without site switches gets the defaults', () => {
    const text = JSON.stringify({ kind: 'whyfirst-backup', format: 1, profile: mine.profile });
    expect(parseBackup(text)).toEqual({
      ok: true,
      backup: { ...defaults, profile: mine.profile },
    });
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
    await saveSetting('kinds', { post: false, reply: true, message: true });
    const file = await exportBackup();
    expect(JSON.parse(file).kinds).toEqual({ post: false, reply: true, message: true });
    fakeBrowser.reset();
    expect(await importBackup(file)).toEqual({ ok: true, notes: [] });
    const prefs = await loadPrefs();
    expect(prefs.profile).toEqual(profile);
    expect(prefs.settings.extraSalesyWords).toEqual(['synergy']);
    expect(prefs.sites.facebook).toBe(false);
    expect(prefs.kinds).toEqual({ post: false, reply: true, message: true });
  });

  test('importing a file from before composer switches turns every kind back on', async () => {
    await saveSetting('kinds', { post: true, reply: true, message: false });
    const old = { kind: 'whyfirst-backup', format: 1, profile: mine.profile, sites: mine.sites };
    expect(await importBackup(JSON.stringify(old))).toEqual({ ok: true, notes: [] });
    expect((await loadPrefs()).kinds).toEqual(DEFAULT_PREFS.kinds);
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
    await saveSetting('kinds', { post: false, reply: false, message: false });
    await loadPrefs();
    await resetAll();
    expect(await loadPrefs()).toEqual(DEFAULT_PREFS);
    expect((await loadStatus()).recovered).toHaveLength(1);
  });
});
