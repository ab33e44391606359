import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { flagged, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './community';

describe('community', () => {
  test.each([
    ['Anyone else who bakes before sunrise?', ['Anyone else']],
    ['Our neighborhood cleanup was packed this year.', ['Our neighborhood']],
    ['CALLING ALL MY FELLOW runners.', ['MY FELLOW']],
    ['To the fellow parents out there: hang in.', ['fellow parents']],
    ['We did it together, as a team.', ['together']],
    ['Cheering for\nour team tonight!', ['Cheering for', 'our team']],
  ])('flags %j', (text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test.each([
    'Join our community of 10,000 members today!',
    'Our product ships worldwide.',
    'Localization is hard.',
    'I put together a deck for the board.',
    'Amit is a Sloan Fellow at Stanford.',
    'Get together with friends and save 20%!',
    '',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('offers no rewrite', () => {
    const doc = buildDoc('Anyone else?', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc)[0]?.suggestions).toEqual([]);
  });
});
