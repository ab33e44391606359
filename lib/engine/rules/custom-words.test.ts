import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './custom-words';

const settings = { extraSalesyWords: ['synergy', 'act fast', 'x'] };

describe('custom-words', () => {
  test.each([
    ['Pure synergy here', 'synergy'],
    ['SYNERGY!', 'SYNERGY'],
    ['So,\nact   fast', 'act   fast'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text, settings)).toContain(hit);
  });

  test.each(['Synergies are not the same word', 'We never act fast on purpose.', 'Nothing to see'])(
    'passes %j',
    (text) => {
      expect(flagged(rule, text, settings)).toEqual([]);
    },
  );

  test('does nothing without custom words', () => {
    expect(flagged(rule, 'Pure synergy here')).toEqual([]);
  });

  test.each([['Pure synergy here.', 'Pure here.']])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text, settings)).toBe(expected);
  });
});
