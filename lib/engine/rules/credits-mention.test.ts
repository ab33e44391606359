import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { flagged, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './credits-mention';

describe('credits-mention', () => {
  test.each([
    ['Built this with @ana_codes over a weekend.', ['@ana_codes']],
    ['h/t @sam for the idea.', ['@sam']],
    ['THANKS @Lee and @kim!', ['@Lee', '@kim']],
    ['Huge thanks to the amazing @nightshift, you rock.', ['@nightshift']],
    ['Inspired by\n@maker and her zines.', ['@maker']],
  ])('flags %j', (text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test.each([
    'Follow @shopdeals for more deals!',
    'Email me at hello@example.com.',
    '@everyone look at this.',
    'Thanks @brand, use code SAVE20 for 20% off.',
    '',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('offers no rewrite', () => {
    const doc = buildDoc('Thanks @ana.', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc)[0]?.suggestions).toEqual([]);
  });
});
