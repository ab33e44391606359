import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './emoji-run';

describe('emoji-run', () => {
  test.each([
    ['New drop today 🔥🔥🔥🔥', '🔥🔥🔥🔥'],
    ['Sale is on 💰 💰 💰', '💰 💰 💰'],
    ['Proud of the team 👏🏽👏🏽👏🏽', '👏🏽👏🏽👏🏽'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'Great day at the beach 🌊',
    '😂😂😂',
    'Two is fine 🎉🎉 really',
    'Line one 🔥🔥\n🔥 line two',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([['New drop today 🔥🔥🔥🔥', 'New drop today 🔥']])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
