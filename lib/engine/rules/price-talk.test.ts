import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './price-talk';

describe('price-talk', () => {
  test.each([
    ['Only $49 for the full course', 'Only $49'],
    ['ONLY $49', 'ONLY $49'],
    ['Costs £1.50 per week', '£1.50'],
    ['It is €9 500 this year', '€9 500'],
    ['New pricing:\n$19/mo', '$19'],
    ['Just  $10  today', 'Just  $10'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I spent the afternoon at the lake.',
    'We raised the bar this year.',
    'Our team of 12 shipped 3 releases in 2024.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('offers no rewrite: a price is fact, only the person can decide to drop it', () => {
    expect(rewritten(rule, 'Only $49 for the full course')).toBe('Only $49 for the full course');
  });
});
