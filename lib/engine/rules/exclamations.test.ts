import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './exclamations';

describe('exclamations', () => {
  test.each([
    ['Sale starts now!!!', '!!!'],
    ['Can you believe it?!!', '?!!'],
    ['So good!!\nReally', '!!'],
    ['Yes !!! yes', '!!!'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each(['What a day!', 'Really? Yes.', 'Wow! Nice! Great!'])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['Sale starts now!!!', 'Sale starts now!'],
    ['Can you believe it?!!', 'Can you believe it?'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
