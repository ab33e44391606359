import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './engagement-bait';

describe('engagement-bait', () => {
  test.each([
    ['Like and share if you agree!', 'Like and share'],
    ['TAG A FRIEND who needs this', 'TAG A FRIEND'],
    ['Follow   for   more tips.', 'Follow   for   more'],
    ['Great thread.\nComment YES below', 'Comment YES'],
    ['Type amen!', 'Type amen'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I would like to share what I learned.',
    'Thanks for following along this year.',
    'We tagged the release and went home.',
    'I subscribe to the idea that slow work is good work.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['Three lessons from my first year. Follow for more!', 'Three lessons from my first year.'],
    ['What I learned, like and share!', 'What I learned!'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
