import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './event-push';

describe('event-push', () => {
  test.each([
    [
      'We are hosting a free webinar on onboarding. Save your seat: https://example.com/w',
      'Save your seat',
    ],
    ['We are hosting a free webinar on onboarding.', 'hosting a free webinar'],
    ['Join us on Thursday at 6pm for the spring meetup.', 'Join us'],
    ['REGISTRATION IS OPEN for the autumn cohort', 'REGISTRATION IS OPEN'],
    ['RSVP:\nhttps://example.com/rsvp', 'RSVP'],
    ['📅 12 March\n📍 Lisbon\nhttps://example.com/e', '12 March'],
    ['Secure   your   spot!', 'Secure   your   spot'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'Join us in congratulating Priya on ten years with the team.',
    'I registered my dog for obedience class and she loved it.',
    'The workshop last week changed how I plan my mornings.',
    'I forgot to RSVP to my cousin’s wedding, so I called her.',
    'We are not hosting the summit this year.',
    'Thanks to the library for hosting the workshop.',
    'Dinner on Friday at 7pm with my parents was lovely.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    [
      'Our spring meetup is on Thursday. Register now!',
      "Our spring meetup is on Thursday. I'll be there because this topic matters to me; come along if it matters to you too!",
    ],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
