import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './contact-number';

describe('contact-number', () => {
  test.each([
    ['Call us at 555-201-7788 to book.', 'Call us at'],
    ['Call us at 555-201-7788 to book.', '555-201-7788'],
    ['CALL ME ON 0161 496 0000', 'CALL ME ON'],
    ['Questions?\nWhatsApp me on +44 7700 900123', 'WhatsApp me'],
    ['Bookings:  phone  (555) 201-7788', '(555) 201-7788'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'We finished in 2019 after 3 years of work.',
    'Room 204 on the second floor.',
    'Our team grew from 12 to 140 people between 2018 and 2024.',
    'I replied with a long message and felt better.',
    'Order 1234-5678 arrived late, but the baker wrote a lovely note.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['Fresh bread every Friday. Call us at 555-201-7788!', 'Fresh bread every Friday.'],
    ['We moved the studio.\nCall 0161 496 0000', 'We moved the studio.'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
