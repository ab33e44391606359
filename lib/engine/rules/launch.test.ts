import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './launch';

describe('launch', () => {
  test.each([
    ['Introducing Tally: the budget app for shared flats.', 'Introducing'],
    ['The second edition is now live.', 'is now live'],
    ['We are excited to announce our new mentoring program.', 'excited to announce'],
    ['PRE-ORDER the hardcover today', 'PRE-ORDER'],
    ['After two years\nwe just   launched', 'we just   launched'],
    ['She is launching a new iPhone app next week.', 'launching a new iPhone app'],
    ['It’s here... https://example.com', 'It’s here'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I spent the weekend introducing my daughter to sushi.',
    'I am excited to announce that I am starting a new job in Porto.',
    'We watched the launch from the beach with the kids.',
    'The festival is live in my head already.',
    'We have not launched anything this year, and that is fine.',
    'I launched my career in a kitchen.',
    'The day the bank launched their app, the queue outside vanished.',
    'After launching our first app, I slept for two days.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['The new version is now live.', 'The new version is out.'],
    ['After a long winter we just launched.', 'After a long winter we just shipped.'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
