import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './contact-number';

describe('contact-number', () => {
  test.each([
    ['Call 0800 123 4567 now', 'Call 0800'],
    ['Text WIN to 80086 to enter', 'Text WIN to 80086'],
    ['REPLY STOP to opt out', 'REPLY STOP'],
    ['Questions?\nCall us on 555-123-4567', '555-123-4567'],
    ['txt  HORO  to 8007', 'txt  HORO  to 8007'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'We finished in 2019 after 3 years of work.',
    'Room 204 on the second floor.',
    'The results were 0.195 0.564 0.000 1.00 across runs.',
    'I will text you when I land.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([['Tickets are going fast. Text WIN to 80086!', 'Tickets are going fast.']])(
    'rewrites %j',
    (text, expected) => {
      expect(rewritten(rule, text)).toBe(expected);
    },
  );
});
