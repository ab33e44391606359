import { describe, expect, test } from 'vitest';
import { buildDoc } from './doc';
import { matchMission, matchPassions, profileIndex } from './profile';
import { TEST_SETTINGS } from './testing';
import type { Profile } from './types';

function passions(text: string, list: string[]): string[] {
  const doc = buildDoc(text, { mission: '', passions: list }, TEST_SETTINGS);
  return matchPassions(doc).map((m) => `${text.slice(m.start, m.end)}=${m.term}`);
}

function mission(text: string, m: string): string[] {
  const doc = buildDoc(text, { mission: m, passions: [] }, TEST_SETTINGS);
  return matchMission(doc).map((x) => `${text.slice(x.start, x.end)}=${x.term}`);
}

describe('profile matching by lemma', () => {
  test.each([
    [
      'baking',
      'I bake. I baked. She bakes. Baking!',
      ['bake=baking', 'baked=baking', 'bakes=baking', 'Baking=baking'],
    ],
    ['bake', 'We were baking all night', ['baking=bake']],
    ['running', 'I ran five miles; he runs daily', ['ran=running', 'runs=running']],
    ['kids', 'One kid, two kids', ['kid=kids', 'kids=kids']],
    ['city', 'Two cities, one city', ['cities=city', 'city=city']],
    ['#gardening', 'Gardened all weekend', ['Gardened=#gardening']],
    ['dogs', "My dog's bed, the dogs' park", ['dog=dogs', 'dogs=dogs']],
    ['coffee', 'Dog-friendly coffee-shop', ['coffee=coffee']],
  ])('passion %j in %j', (passion, text, expected) => {
    expect(passions(text, [passion])).toEqual(expected);
  });

  test('a phrase matches only as a whole and the longest passion wins', () => {
    expect(passions('Trail running and running trails', ['trail running', 'running'])).toEqual([
      'Trail running=trail running',
      'running=running',
    ]);
  });

  test('a phrase written as one hashtag counts', () => {
    expect(passions('Sunrise miles #TrailRunning #trail', ['trail running'])).toEqual([
      'TrailRunning=trail running',
    ]);
  });

  test('blank or odd passions match nothing and never throw', () => {
    expect(passions('anything at all', ['', '   ', '🎉', '\u200b'])).toEqual([]);
  });

  test('mission words count by lemma; stop words and everyday words do not', () => {
    expect(
      mission('I taught two bakers and we shared bread', 'I teach bakers to share their bread'),
    ).toEqual(['taught=teach', 'bakers=baker', 'bread=bread']);
  });

  test('the expanded profile is cached by content', () => {
    const a: Profile = { mission: 'Teach kids to code', passions: ['chess'] };
    const b: Profile = { mission: 'Teach kids to code', passions: ['chess'] };
    expect(profileIndex(a)).toBe(profileIndex(b));
    expect(profileIndex({ ...a, passions: ['go'] })).not.toBe(profileIndex(a));
  });

  test('an empty profile needs no parsing and finds nothing', () => {
    const doc = buildDoc('bake bread', { mission: '', passions: [] }, TEST_SETTINGS);
    expect(matchMission(doc)).toEqual([]);
    expect(matchPassions(doc)).toEqual([]);
    expect(profileIndex(doc.profile).missionLemmas).toEqual([]);
  });

  test('spans are in bounds and match the text on odd input', () => {
    const text = `${'baking '.repeat(5000)}\u200b بيكنج 🎉 \ud800`;
    const doc = buildDoc(text, { mission: 'baking bread', passions: ['baking'] }, TEST_SETTINGS);
    for (const m of [...matchPassions(doc), ...matchMission(doc)]) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end).toLowerCase()).toMatch(/^bak/);
    }
    expect(matchPassions(doc).length).toBeLessThanOrEqual(40);
  });
});
