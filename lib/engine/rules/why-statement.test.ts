import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { flagged, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './why-statement';

describe('why-statement', () => {
  test.each([
    ["That's why I started teaching kids to code.", ["That's why I"]],
    ['I believe every small shop deserves a website.', ['I believe']],
    ['THIS IS WHY WE do it.', ['THIS IS WHY WE']],
    ['Clean water matters to me, always.', ['matters to me']],
    ['My mission:\nmake math fun.', ['My mission']],
    ['That’s why I stay.', ['That’s why I']],
  ])('flags %j', (text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test.each([
    'Why pay more? Shop our sale.',
    'I bought a new laptop.',
    "I don't believe in shortcuts",
    'He said "my mission is sales" twice.',
    'I believe this deal is the best, buy now.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('offers no rewrite', () => {
    const doc = buildDoc('I believe in you.', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc)[0]?.suggestions).toEqual([]);
  });
});
