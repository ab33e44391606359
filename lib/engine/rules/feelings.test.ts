import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { flagged, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './feelings';

describe('feelings', () => {
  test.each([
    ['I was so nervous before my first talk.', ['I was so nervous']],
    ['Honestly, this one made me cry.', ['Honestly', 'made me cry']],
    ["We're really proud of how far we came.", ["We're really proud"]],
    ['I’M EXHAUSTED but happy.', ['I’M EXHAUSTED']],
    ['I felt\nlost for months.', ['I felt\nlost']],
  ])('flags %j', (text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test.each([
    'Our product makes teams happy.',
    'You will feel proud when you buy it.',
    'Dishonestly priced goods.',
    'I was nervous about the 50% off sale ending, shop now!',
    '',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('an announcement opener counts for little', () => {
    const doc = buildDoc('I am excited to announce our new course.', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc).map((h) => h.strength)).toEqual([0.25]);
  });

  test('offers no rewrite', () => {
    const doc = buildDoc('I was scared.', TEST_PROFILE, TEST_SETTINGS);
    expect(rule.detect(doc)[0]?.suggestions).toEqual([]);
  });
});
