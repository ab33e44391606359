import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './dm-pitch';

describe('dm-pitch', () => {
  test.each([
    ['Interested? DM me for details.', 'DM me for details'],
    ['dm me', 'dm me'],
    ['Spots are open, message   me!', 'message   me'],
    ['Want the template?\nInbox me', 'Inbox me'],
    ['get in touch with @coach_anna she helped me', 'get in touch with @coach_anna'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'My DMs were full of kind notes this week.',
    "Please don't DM me about this.",
    'I messaged my mentor and she replied within an hour.',
    'He said "DM me" and then vanished.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['Interested? DM me for details.', "Interested? Happy to share more if you're curious."],
    [
      'If you want the slides, DM me!',
      "If you want the slides, happy to share more if you're curious!",
    ],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
