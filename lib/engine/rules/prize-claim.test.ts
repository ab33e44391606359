import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './prize-claim';

describe('prize-claim', () => {
  test.each([
    ['Congratulations, you have won a cash prize!', 'you have won'],
    ['YOU HAVE WON', 'YOU HAVE WON'],
    ['Enter to win a new bike', 'Enter to win'],
    ['You could\nwin a weekend in Rome', 'win a'],
    ['A  chance  to  win  big', 'chance  to  win'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'We won the league last night and I am still smiling.',
    'What a game.',
    'I never had a chance to thank her.',
    'We needed two goals to win the game, and we got three.',
    'You won’t believe how calm the lake was this morning.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([['Thanks for reading. Enter to win a new bike!', 'Thanks for reading.']])(
    'rewrites %j',
    (text, expected) => {
      expect(rewritten(rule, text)).toBe(expected);
    },
  );
});
