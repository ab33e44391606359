import { describe, expect, test } from 'vitest';
import { type Backup, parseBackup, serializeBackup } from './backup';

const defaults: Backup = {
  profile: { mission: '', passions: [] },
  settings: {
    sensitivity: 'normal',
    disabledRules: [],
    disabledCategories: [],
    extraSalesyWords: [],
    allowedWords: [],
  },
  sites: { x: true, facebook: true, linkedin: true },
};

const mine: Backup = {
  profile: { mission: 'Teach people to fix their own bikes', passions: ['cycling', 'Leeds'] },
  settings: { ...defaults.settings, sensitivity: 'strict', allowedWords: ['free'] },
  sites: { x: false, facebook: true, linkedin: true },
};

describe('backup files', () => {
  test('an exported file reads back as the same values', () => {
    const text = serializeBackup(mine, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ kind: 'whyfirst-backup', format: 1 });
    expect(parseBackup(text, defaults)).toEqual({ ok: true, backup: mine });
  });

  test.each([
    ['not JSON', 'mission: help', 'not JSON'],
    ['a JSON list', '[1,2]', 'not a WhyFirst backup'],
    ['another app', '{"kind":"other","format":1}', 'whyfirst-backup'],
    ['no format', '{"kind":"whyfirst-backup","profile":{}}', 'which format'],
    ['a newer format', '{"kind":"whyfirst-backup","format":9,"profile":{}}', 'newer WhyFirst'],
    ['empty', '{"kind":"whyfirst-backup","format":1}', 'neither a profile nor settings'],
  ])('rejects %s with a plain message', (_name, text, words) => {
    const parsed = parseBackup(text, defaults);
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
    const parsed = parseBackup(text, defaults);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'Sensitivity was “max”, which is not gentle, normal or strict; kept “normal”.',
        'Nothing was changed.',
      ],
    });
  });

  test('an older file without site switches gets the defaults', () => {
    const text = JSON.stringify({ kind: 'whyfirst-backup', format: 1, profile: mine.profile });
    expect(parseBackup(text, defaults)).toEqual({
      ok: true,
      backup: { ...defaults, profile: mine.profile },
    });
  });
});
