import { describe, expect, test } from 'vitest';
import { inSalesContext, pitchDamping, warmHits } from './authentic';
import { buildDoc } from './doc';
import { phraseRegex } from './match';
import { TEST_PROFILE, TEST_SETTINGS } from './testing';

const doc = (text: string) => buildDoc(text, TEST_PROFILE, TEST_SETTINGS);

describe('authentic-side context', () => {
  test.each([
    [
      'Thank you @maria, with $500 start-up I made $6,000 in a week of trading. Payout came fast!',
      0.3,
    ],
    [
      'Thanks to my team for a wild year. We shipped, we failed, we learned. Free coffee helped.',
      1,
    ],
    [
      'Thanks all. Our workshop is back and on sale, sign up. I learned a lot last year running it, and we fixed the sound.',
      0.6,
    ],
    ['Feel free to say hi. I finally decided to buy a house and I earned their trust.', 1],
  ])('damping for %j is %d', (text, expected) => {
    expect(pitchDamping(doc(text))).toBe(expected);
  });

  test('a money account handle is a pitch: thanks to it is a testimonial', () => {
    const d = doc('Lost my job in May. All thanks to @invest_with_joy I am free now.');
    expect(inSalesContext(d, 20)).toBe(true);
    expect(inSalesContext(doc('All thanks to @joy I am free now.'), 0)).toBe(false);
  });

  test('a sentence with a link, a price or pitch words is sales context; its neighbours are not', () => {
    const d = doc('I learned a lot. Buy it at shop.example.com today.');
    expect(inSalesContext(d, 0)).toBe(false);
    expect(inSalesContext(d, 20)).toBe(true);
  });

  test('warm hits skip quotes and pitch sentences and carry the damping', () => {
    const text = 'Grateful for you. "Grateful" she said. Grateful? Get 20% off now.';
    const hits = warmHits(doc(text), phraseRegex(['grateful']));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Grateful', 'Grateful']);
    expect(hits.map((h) => h.start)).toEqual([0, 39]);
    expect(hits.every((h) => h.strength === pitchDamping(doc(text)))).toBe(true);
  });
});
