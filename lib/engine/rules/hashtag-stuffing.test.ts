import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './hashtag-stuffing';

describe('hashtag-stuffing', () => {
  test.each([
    [
      'Great run today #running #fitness #health #motivation #goals #life',
      '#running #fitness #health #motivation #goals #life',
    ],
    ['Done.\n#A1 #Bb #Cc #Dd #Ee', '#A1 #Bb #Cc #Dd #Ee'],
    ['#one,  #two, #three, #four, #five', '#one,  #two, #three, #four, #five'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'Loved the meetup #javascript #community',
    'Four is fine #a #b #c #d',
    'Issue #12 is fixed',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    [
      'Great run today with my running club #fitness #running #health #motivation #goals #club',
      'Great run today with my running club #running #club',
    ],
    ['New post #a #b #c #d #e', 'New post #a #b'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
