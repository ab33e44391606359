import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { flagged, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './personal-story';

describe('personal-story', () => {
  test.each([
    ['When I started baking, I burned every loaf for a month.', ['When I started', 'I burned']],
    ['Last week I finally shipped the app.', ['Last week', 'I finally']],
    ['WHEN I STARTED out nobody came.', ['WHEN I STARTED']],
    ['My first job was at a car wash; it taught me patience.', ['My first']],
    ['Three years ago,\nI quit my job to paint.', ['years ago', 'I quit']],
    ['I   learned   this the hard way.', ['I   learned']],
    ['We finally shipped v2 after 14 months.', ['We finally shipped']],
    ['I ran 12 km along the river.', ['I ran']],
    // A personal purchase is a story, not a pitch.
    ['I finally decided to buy a house.', ['I finally']],
  ])('flags %j', (text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test.each([
    'Buy the best bread in town.',
    'Last week to get 50% off, so shop now!',
    'She said "when I started, nobody helped" and laughed.',
    'Multiplied by myriad factors.',
    'We need more hands. We proceed on Monday.',
    'I run every day.',
    '',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('a time word without anyone in the sentence counts less than an own story', () => {
    const doc = buildDoc(
      'The last week of spring was warm. Last week I cried.',
      TEST_PROFILE,
      TEST_SETTINGS,
    );
    const hits = rule.detect(doc);
    expect(hits.map((h) => h.strength)).toEqual([0.4, 1, 0.5]);
  });

  test('saying what you did counts for less than a story opener', () => {
    const doc = buildDoc(
      'We moved the office. When I started, it was a garage.',
      TEST_PROFILE,
      TEST_SETTINGS,
    );
    expect(rule.detect(doc).map((h) => h.strength)).toEqual([0.5, 1]);
  });

  test('offers no rewrite: there is nothing to fix', () => {
    const doc = buildDoc('I learned to ask for help.', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc).every((h) => (h.suggestions ?? []).length === 0)).toBe(true);
  });
});
