import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { flagged, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './inviting-question';

describe('inviting-question', () => {
  test.each([
    [
      'Today was hard. What got you through your first year?',
      ['What got you through your first year?'],
    ],
    ['How do you plan your week?', ['How do you plan your week?']],
    ['WHAT WOULD YOU ADD?', ['WHAT WOULD YOU ADD?']],
    ['Finished the marathon!\nAny tips for recovery?', ['Any tips for recovery?']],
    ['Thoughts?', ['Thoughts?']],
    ['Is this really normal?!', ['Is this really normal?!']],
    [
      "New job, new city. I'd love to hear how you settled in.",
      ["I'd love to hear how you settled in."],
    ],
  ])('flags %j', (text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test.each([
    'Want 50% off?',
    'Who wants to make $500 a day?',
    'Tired of slow laptops? Shop now.',
    'Who agrees? Comment YES below!',
    'She asked "how do you do it?" and left.',
    'Did you know our app is free?',
    '???',
    'Why? Because niche wins.',
    'The craziest part? It worked.',
    "I'd love to hear from you, DM me for the price.",
    'Share your story and win a $100 voucher.',
    'Do you like music? Then check out my channel.',
    'New to the city? Discover the best cafés with our map.',
    'How do you stay fit? Our plan is 50% off this week.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('an invitation without a question mark counts for a little less', () => {
    const doc = buildDoc('Curious how you handle this.', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc).map((h) => h.strength)).toEqual([0.6]);
  });

  test('a question not addressed to the reader counts for less', () => {
    const doc = buildDoc('Is this really normal? What do you think?', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc).map((h) => h.strength)).toEqual([0.5, 1]);
  });

  test('offers no rewrite', () => {
    const doc = buildDoc('How do you rest?', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc)[0]?.suggestions).toEqual([]);
  });
});
