import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './styled-text';

describe('styled-text', () => {
  test.each([
    ['𝗕𝗜𝗚 𝗡𝗘𝗪𝗦 today', '𝗕𝗜𝗚 𝗡𝗘𝗪𝗦'],
    ['ᴛᴀᴋᴇ ᴛʜᴇ sᴛᴇᴘ', 'ᴛᴀᴋᴇ ᴛʜᴇ'],
    ['Hello\n𝘪𝘵𝘢𝘭𝘪𝘤 words', '𝘪𝘵𝘢𝘭𝘪𝘤'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each(['Plain words work best.', 'Café déjà vu', 'One 𝗕 letter'])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([['𝗕𝗜𝗚 𝗡𝗘𝗪𝗦 today', 'BIG NEWS today']])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
