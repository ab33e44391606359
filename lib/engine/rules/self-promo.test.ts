import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './self-promo';

describe('self-promo', () => {
  test.each([
    ['Please subscribe to my channel.', 'my channel'],
    ['WE OFFER coaching', 'WE OFFER'],
    ['Take a look at our   products', 'our   products'],
    ['New week.\nMy new course opens', 'My new course'],
    ['my channel, my rules', 'my channel'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'My son built a birdhouse this weekend.',
    'Our city finally has a bike lane.',
    'I changed the channel and fell asleep.',
    'This is my favourite song of all time.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('offers no rewrite: only the writer can refocus a post on the reader', () => {
    expect(rewritten(rule, 'Please subscribe to my channel.')).toBe(
      'Please subscribe to my channel.',
    );
  });
});
