import { describe, expect, test } from 'vitest';
import { flagged } from '../testing';
import { rule } from './ad-copy';

describe('ad-copy', () => {
  test.each([
    ['Say goodbye to messy spreadsheets.', 'Say goodbye to'],
    ['Your ultimate study companion is here.', 'Your ultimate'],
    ['TAKE YOUR SOURDOUGH GAME TO THE NEXT LEVEL', 'TAKE YOUR SOURDOUGH GAME TO THE NEXT LEVEL'],
    ['Loving my new blender #ad', '#ad'],
    ['Trying the new shoes #BrandAmbassador', '#BrandAmbassador'],
    [
      '✓ Offline mode\n✓ Shared lists\n✓ Dark theme',
      '✓ Offline mode\n✓ Shared lists\n✓ Dark theme',
    ],
    ['All-in-one, hassle-free   invoicing', 'All-in-one'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I had to say goodbye to my old car this week.',
    'The ultimate test of a friendship is a long road trip.',
    'Adding a hashtag is easy; saying something is harder.',
    '✓ Ran 10k\nThen slept all afternoon.',
    'She said "say goodbye to boredom" was the worst slogan she ever wrote.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('offers no automatic rewrite: ad copy needs your own words, not a swap', () => {
    const hit = rule.detect;
    expect(typeof hit).toBe('function');
    expect(flagged(rule, 'Say goodbye to slow mornings.')).toEqual(['Say goodbye to']);
  });
});
