import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './hype';

describe('hype', () => {
  test.each([
    ['Our revolutionary app is a total game-changer.', 'revolutionary'],
    ['GUARANTEED results', 'GUARANTEED'],
    ['The #1 course for new managers', '#1'],
    ['This app is\nlife-changing', 'life-changing'],
    ['our  best  product yet', 'best'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'My daughter took her first steps today.',
    'Best wishes to the team on their move.',
    'It was an amazing sunset over the bay.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['Try our revolutionary app.', 'Try our app.'],
    ['The #1 course for new managers', 'The course for new managers'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
