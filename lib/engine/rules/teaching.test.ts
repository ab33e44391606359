import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { flagged, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './teaching';

describe('teaching', () => {
  test.each([
    ["Here's what I learned from 100 cold emails.", ["Here's what I learned"]],
    ['3 lessons from our first year of running a bakery.', ['3 lessons']],
    ['PRO TIP: label your jars.', ['PRO TIP']],
    ['How we fixed our flaky tests, in short.', ['How we fixed']],
    ['Things that helped:\n1. Sleep\n2. Walks\n3. Saying no', ['1. Sleep\n2. Walks\n3. Saying no']],
    ['Turns out,\nthe fix was one line.', ['Turns out', 'the fix was']],
  ])('flags %j', (text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test.each([
    'Learn more at our website.',
    'Our course teaches you to earn $5k a month.',
    '5 tips to make money online, link in bio',
    'Deals today:\n1. 50% off shoes\n2. Free shipping on bags',
    'The tipping point came later.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('three numbered steps count more than three bullets', () => {
    const strength = (t: string) =>
      rule.detect(buildDoc(t, TEST_PROFILE, TEST_SETTINGS))[0]?.strength;
    expect(strength('Steps:\n1. Measure\n2. Mix\n3. Rest')).toBe(0.8);
    expect(strength('Perks:\n- Speed\n- Reach\n- Growth')).toBe(0.5);
  });

  test('a two-item list counts less than a longer one', () => {
    const doc = buildDoc('Notes:\n- sleep more\n- walk daily', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc).map((h) => h.strength)).toEqual([0.5]);
  });

  test('offers no rewrite', () => {
    const doc = buildDoc('Pro tip: rest.', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc)[0]?.suggestions).toEqual([]);
  });
});
