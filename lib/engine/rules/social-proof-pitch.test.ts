import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './social-proof-pitch';

describe('social-proof-pitch', () => {
  test.each([
    [
      'My client doubled her bookings. If you want the same results, my calendar is open.',
      'If you want the same results',
    ],
    [
      'My client doubled her bookings. If you want the same results, my calendar is open.',
      'my calendar is open',
    ],
    ['Client win: churn fell by a third.', 'Client win'],
    ['I HAVE 2 SPOTS for January', 'I HAVE 2 SPOTS'],
    ['Want results like these?\nBook   a   call.', 'Book   a   call'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'My calendar is full of school plays this month and I love it.',
    'We worked with a nonprofit this spring and learned more than they did.',
    'Results like this take years, and most of it is boring.',
    'I never book a call without an agenda anymore.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    [
      'She doubled her bookings in a month. My calendar is open.',
      "She doubled her bookings in a month. If you're working on the same thing, I'm happy to compare notes.",
    ],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
