import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './urgency';

describe('urgency', () => {
  test.each([
    ['Limited time only!', 'Limited time only'],
    ['LAST CHANCE to join', 'LAST CHANCE'],
    ['Only 3 spots left, hurry', 'Only 3 spots left'],
    ["Doors close tonight.\nDon't miss out", "Don't miss out"],
    ['It  ends   tonight', 'ends   tonight'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I took my time with this one.',
    'The last day of school always makes me cry.',
    'We have a limited budget, so we got creative.',
    'She wrote "limited time only" on every flyer, and we laughed.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['The course is open, limited time only!', 'The course is open!'],
    ['Last chance! The workshop starts Monday.', 'The workshop starts Monday.'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
