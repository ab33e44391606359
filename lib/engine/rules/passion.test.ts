import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { TEST_SETTINGS } from '../testing';
import { rule } from './passion';

const PASSIONS = ['baking', 'trail running', 'dogs', 'Denver'];

function flagged(text: string, passions = PASSIONS): string[] {
  const doc = buildDoc(text, { mission: '', passions }, TEST_SETTINGS);
  return rule.detect(doc).map((h) => text.slice(h.start, h.end));
}

describe('passion', () => {
  test.each([
    ['I bake on Sundays.', ['bake']],
    ['She baked, he bakes, we were baking.', ['baked', 'bakes', 'baking']],
    ['TRAIL RUNNING in the rain.', ['TRAIL RUNNING']],
    ['We ran the trail, then trail runs every week.', ['trail runs']],
    ['My dog’s favourite spot in Denver.', ['dog', 'Denver']],
    ['Loving it #baking', ['baking']],
    ['trail\nrunning counts across a line break', ['trail\nrunning']],
  ])('flags %j', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  test.each(['Running late, on the trail of a bug.', 'The bakery sold out.', 'trail, running', ''])(
    'passes %j',
    (text) => {
      expect(flagged(text)).toEqual([]);
    },
  );

  test('no passions, no hits', () => {
    expect(flagged('I bake dogs in Denver', [])).toEqual([]);
  });

  test('each hit names the passion as the user wrote it', () => {
    const doc = buildDoc('We baked.', { mission: '', passions: ['Baking'] }, TEST_SETTINGS);
    expect(rule.detect(doc).map((h) => h.message)).toEqual(['Mentions your passion: “Baking”']);
  });
});
