import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './income-claim';

describe('income-claim', () => {
  test.each([
    ['Earn passive income and be your own boss!', 'passive income'],
    ['BE YOUR OWN BOSS', 'BE YOUR OWN BOSS'],
    ['I made $9,000 with the help of @trader_jane', 'with the help of @trader_jane'],
    ['Week one:\nI made $500 from home', 'made $500'],
    ['thanks to @earn_with_kate', 'thanks to @earn_with_kate'],
    ['work   from   home', 'work   from   home'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I made dinner for my parents tonight.',
    'Working late again, but the team is great.',
    'Thanks to @maria for the lovely photos.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([['Loved the retreat. Earn passive income with me!', 'Loved the retreat.']])(
    'rewrites %j',
    (text, expected) => {
      expect(rewritten(rule, text)).toBe(expected);
    },
  );
});
