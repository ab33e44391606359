import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './all-caps';

describe('all-caps', () => {
  test.each([
    ['This is HUGE NEWS for everyone', 'HUGE NEWS'],
    ['FREE SHIPPING today', 'FREE SHIPPING'],
    ['Wow, INCREDIBLE', 'INCREDIBLE'],
    ['BIG  BIG  DAY', 'BIG  BIG  DAY'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'Our CEO spoke at NASA today.',
    'I love this song.',
    'The key BA0349D2 signs it.',
    'SHOUT\nNOW',
    'Our team is certified for GDPR, HIPAA and SOC 2.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['HUGE NEWS for everyone', 'Huge news for everyone'],
    ['This is HUGE NEWS for everyone', 'This is huge news for everyone'],
    ['I LOVE THIS', 'I love this'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
