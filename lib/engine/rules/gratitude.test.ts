import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { flagged, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './gratitude';

describe('gratitude', () => {
  test.each([
    ['Huge thanks to Maria for reading every draft.', ['Huge thanks']],
    ['Shout-out to the night shift.', ['Shout-out to']],
    ['SO GRATEFUL for this crew!', ['GRATEFUL']],
    ['Congrats to @lee on the launch.', ['Congrats to']],
    ['We could not\nhave done it without you.', ['could not\nhave done it without']],
    [
      "Thank you,\nfriends. I couldn't have done it without you.",
      ['Thank you', "couldn't have done it without"],
    ],
  ])('flags %j', (text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test.each([
    'Thanks for watching, subscribe to my channel!',
    'No thanks, I will pass.',
    'Thank you for your order!',
    'Thanksgiving menu is up.',
    'Thanks, use code THANKS for 20% off.',
    'Please check out my channel and subscribe. Thank you so much!',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('thanks after a story still counts, even at the end', () => {
    expect(flagged(rule, 'We rebuilt the oven by hand. It took a year. Thank you, Dad.')).toEqual([
      'Thank you',
    ]);
  });

  test('offers no rewrite', () => {
    const doc = buildDoc('Thank you, Sam.', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc)[0]?.suggestions).toEqual([]);
  });
});
