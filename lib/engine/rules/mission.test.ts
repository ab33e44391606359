import { describe, expect, test } from 'vitest';
import { buildDoc } from '../doc';
import { TEST_SETTINGS } from '../testing';
import { rule } from './mission';

const MISSION = 'I help small bakeries share their craft and teach kids to bake';

function flagged(text: string, mission = MISSION): string[] {
  const doc = buildDoc(text, { mission, passions: [] }, TEST_SETTINGS);
  return rule.detect(doc).map((h) => text.slice(h.start, h.end));
}

describe('mission', () => {
  test.each([
    ['Visited two bakeries today.', ['bakeries']],
    ['Taught my niece to knead: she baked her first loaf.', ['Taught', 'baked']],
    ['THE BAKERY down the road is magic.', ['BAKERY']],
    ['A craft,\nnot a chore.', ['craft']],
    ["The kid's bread was better than mine.", ['kid']],
  ])('flags %j', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  test.each([
    // Stop words and everyday words of the mission do not count.
    'I help you share the small things.',
    'Crafty people are fun.',
    '',
  ])('passes %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  test('an empty mission matches nothing', () => {
    expect(flagged('bakeries teach kids', '')).toEqual([]);
  });

  test('each hit names the mission word it echoes', () => {
    const doc = buildDoc('She teaches.', { mission: MISSION, passions: [] }, TEST_SETTINGS);
    expect(rule.detect(doc).map((h) => h.message)).toEqual(['Echoes your mission: “teach”']);
    expect(rule.detect(doc)[0]?.suggestions).toEqual([]);
  });
});
