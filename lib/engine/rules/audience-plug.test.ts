import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './audience-plug';

describe('audience-plug', () => {
  test.each([
    ['9,000 designers read my Sunday letter.', '9,000 designers read my'],
    ['12k+ founders get it every week. Join them.', 'Join them'],
    ['300 more reposts and I’ll publish the whole template.', '300 more reposts and I'],
    ['FOLLOW ME FOR MORE', 'FOLLOW ME FOR MORE'],
    ['Please donate if you can,\nevery dollar helps.', 'every dollar helps'],
    ['Consider   subscribing to the letter', 'Consider   subscribing'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I subscribe to the idea that slow work is good work.',
    '40 people came to the reading, and my aunt cried.',
    'Thanks for reading this far.',
    '3,000 people read the report before the meeting, and nobody changed their mind.',
    'She said "join them" and walked off.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([['What I learned this year. Follow me for more!', 'What I learned this year.']])(
    'rewrites %j',
    (text, expected) => {
      expect(rewritten(rule, text)).toBe(expected);
    },
  );
});
