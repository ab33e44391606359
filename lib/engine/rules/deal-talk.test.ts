import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './deal-talk';

describe('deal-talk', () => {
  test.each([
    ['Want 50% off?', '50% off'],
    ['FREE SHIPPING this week', 'FREE SHIPPING'],
    ['Use the promo code at checkout', 'promo code'],
    ['Huge news:\ngiveaway starts today', 'giveaway'],
    ['Get it free!', 'free'],
    ['free  shipping on all orders', 'free  shipping'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'Feel free to disagree.',
    'We talked about free will all night.',
    'My free time goes to the garden.',
    'The bakery went gluten-free last year.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([['Our shop reopened, with free shipping all week!', 'Our shop reopened!']])(
    'rewrites %j',
    (text, expected) => {
      expect(rewritten(rule, text)).toBe(expected);
    },
  );
});
