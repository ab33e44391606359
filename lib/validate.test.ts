import { describe, expect, test } from 'vitest';
import type { Profile, Settings } from './engine/types';
import {
  CATEGORIES,
  checkKinds,
  checkPausedUntil,
  checkProfile,
  checkSettings,
  checkSites,
  LIMITS,
  tidyList,
} from './validate';

const lastProfile: Profile = { mission: 'Help bakers feel less alone', passions: ['baking'] };
const lastSettings: Settings = {
  sensitivity: 'gentle',
  disabledRules: ['hype-superlative'],
  disabledCategories: ['shouting'],
  extraSalesyWords: ['synergy'],
  allowedWords: ['free'],
};

describe('checkProfile', () => {
  test('accepts a good profile as it is', () => {
    const raw = {
      mission: 'Share what I learn running a bakery',
      passions: ['sourdough', 'Chicago'],
    };
    expect(checkProfile(raw, lastProfile)).toEqual({ value: raw, problems: [] });
  });

  test.each([
    ['a string', 'hello'],
    ['a list', ['a']],
    ['null', null],
    ['a number', 42],
  ])('keeps the last good profile when the stored one is %s', (_name, raw) => {
    const checked = checkProfile(raw, lastProfile);
    expect(checked.value).toEqual(lastProfile);
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toMatch(/profile/i);
  });

  test('a mission that is not text is reported and the last one kept; good passions stay', () => {
    const checked = checkProfile({ mission: 12, passions: ['running'] }, lastProfile);
    expect(checked.value).toEqual({ mission: lastProfile.mission, passions: ['running'] });
    expect(checked.problems.join(' ')).toContain('mission should be text');
  });

  test('passions that are not text are left out and counted', () => {
    const checked = checkProfile({ mission: 'x', passions: ['tea', 3, null, 'jazz'] }, lastProfile);
    expect(checked.value.passions).toEqual(['tea', 'jazz']);
    expect(checked.problems.join(' ')).toContain('2 entries were not text');
    expect(checkProfile({ passions: ['a', 1] }, lastProfile).problems).toEqual([
      'Passions: 1 entry was not text and left out.',
    ]);
  });

  test('passions are tidied without a complaint', () => {
    const checked = checkProfile(
      { mission: '', passions: [' Tea ', 'tea', '', 'jazz  club'] },
      lastProfile,
    );
    expect(checked).toEqual({
      value: { mission: '', passions: ['Tea', 'jazz club'] },
      problems: [],
    });
  });

  test('too many passions keep the first ones', () => {
    const passions = Array.from({ length: LIMITS.passions + 5 }, (_, i) => `p${i}`);
    const checked = checkProfile({ mission: '', passions }, lastProfile);
    expect(checked.value.passions).toEqual(passions.slice(0, LIMITS.passions));
    expect(checked.problems).toHaveLength(1);
  });

  test('an over-long mission keeps its beginning and says so', () => {
    const mission = 'a'.repeat(LIMITS.missionChars + 10);
    const checked = checkProfile({ mission, passions: [] }, lastProfile);
    expect(checked.value.mission).toHaveLength(LIMITS.missionChars);
    expect(checked.problems[0]).toContain(String(LIMITS.missionChars + 10));
  });

  test('missing fields keep the last good ones without complaint', () => {
    expect(checkProfile({}, lastProfile)).toEqual({ value: lastProfile, problems: [] });
  });
});

describe('checkSettings', () => {
  test('accepts good settings', () => {
    expect(checkSettings(lastSettings, lastSettings)).toEqual({
      value: lastSettings,
      problems: [],
    });
  });

  test('an unknown sensitivity is named and the last one kept', () => {
    const checked = checkSettings({ ...lastSettings, sensitivity: 'extreme' }, lastSettings);
    expect(checked.value.sensitivity).toBe('gentle');
    expect(checked.problems).toEqual([
      'Sensitivity was “extreme”, which is not gentle, normal or strict; kept “gentle”.',
    ]);
  });

  test('unknown categories are dropped, known ones kept', () => {
    const checked = checkSettings(
      { disabledCategories: ['hype', 'astrology', 'hype'] },
      lastSettings,
    );
    expect(checked.value.disabledCategories).toEqual(['hype']);
    expect(checked.problems[0]).toContain('“astrology” is not a WhyFirst category');
  });

  test('a word list that is not a list keeps the previous list', () => {
    const checked = checkSettings({ extraSalesyWords: 'buy,now' }, lastSettings);
    expect(checked.value.extraSalesyWords).toEqual(['synergy']);
    expect(checked.problems[0]).toContain('Your salesy words should be a list');
  });

  test('every category is accepted', () => {
    const checked = checkSettings({ disabledCategories: [...CATEGORIES] }, lastSettings);
    expect(checked).toEqual({
      value: { ...lastSettings, disabledCategories: [...CATEGORIES] },
      problems: [],
    });
  });
});

describe('checkSites', () => {
  const last = { x: true, facebook: false, linkedin: true };
  test('reads booleans and keeps the last value for the rest', () => {
    const checked = checkSites({ x: false, facebook: 'yes' }, last);
    expect(checked.value).toEqual({ x: false, facebook: false, linkedin: true });
    expect(checked.problems).toEqual([
      'The switch for Facebook should be on or off but was “yes”; kept off.',
    ]);
  });
  test('a non-object keeps everything', () => {
    expect(checkSites([true], last).value).toEqual(last);
  });
});

describe('checkKinds', () => {
  const last = { post: true, reply: false, message: true };
  test.each([
    ['a list', [false, false, false]],
    ['text', 'post'],
    ['null', null],
  ])('%s keeps every switch and says so', (_name, raw) => {
    const checked = checkKinds(raw, last);
    expect(checked.value).toEqual(last);
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toContain('Composer switches should be a group of values');
  });
  test('unknown kinds are ignored, not trusted', () => {
    expect(checkKinds({ story: false, reply: true }, last)).toEqual({
      value: { post: true, reply: true, message: true },
      problems: [],
    });
  });
});

describe('checkPausedUntil', () => {
  const now = 1_000_000_000_000;
  test.each([
    [now + 3_600_000, now + 3_600_000, 0],
    [0, 0, 0],
    [null, 0, 0],
    ['soon', 0, 1],
    [-5, 0, 1],
    [Number.POSITIVE_INFINITY, 0, 1],
    [now + 10 * LIMITS.pauseMs, 0, 1],
  ])('%s -> %s with %s problems', (raw, value, problems) => {
    const checked = checkPausedUntil(raw, now);
    expect(checked.value).toBe(value);
    expect(checked.problems).toHaveLength(problems);
  });
});

test('tidyList keeps the first spelling and order', () => {
  expect(tidyList(['B', ' a', 'b', 'A ', 'c'])).toEqual(['B', 'a', 'c']);
});
