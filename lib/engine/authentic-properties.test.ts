import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze';
import type { Profile } from './types';

const WORDS = [
  'I',
  'we',
  'bake',
  'bread',
  'thanks',
  '@ana',
  '#baking',
  'what',
  'you',
  'learned',
  'last',
  'week',
  'buy',
  'now',
  '50%',
  'off',
  'the',
  'team',
  'remote',
  'work',
  '🎉',
  'مرحبا',
  '\u200b',
  'https://example.com',
  'do',
];
const PUNCT = [' ', ' ', ' ', '. ', '? ', '! ', ', ', '\n', '\n\n', '...', ' -', ';'];

const draft = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT)), { maxLength: 40 })
  .map((parts) => parts.map(([w, p]) => w + p).join(''));
const anyText = fc.oneof(
  draft,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);
const profile: fc.Arbitrary<Profile> = fc.record({
  mission: fc.oneof(
    fc.constant(''),
    fc.constant('to help kids bake bread'),
    fc.string({ maxLength: 60 }),
  ),
  passions: fc.array(
    fc.oneof(fc.constantFrom('baking', 'remote work', '#bread'), fc.string({ maxLength: 12 })),
    {
      maxLength: 4,
    },
  ),
});

describe('checklist and post suggestions on any draft', () => {
  test('seven checklist items whose evidence matches the text', () => {
    fc.assert(
      fc.property(anyText, profile, (text, p) => {
        const report = analyze(text, { profile: p });
        expect(report.checklist.map((i) => i.id)).toHaveLength(7);
        for (const item of report.checklist) {
          if (!item.evidence) continue;
          expect(text.slice(item.evidence.start, item.evidence.end)).toBe(item.evidence.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('post suggestions are in bounds, deterministic, and applying one adds no doubled spaces', () => {
    fc.assert(
      fc.property(draft, profile, (text, p) => {
        const report = analyze(text, { profile: p });
        expect(analyze(text, { profile: p }).postSuggestions).toEqual(report.postSuggestions);
        for (const s of report.postSuggestions) {
          expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
          const out = text.slice(0, s.start) + s.text + text.slice(s.end);
          if (!/ {2}/.test(text)) expect(out).not.toMatch(/ {2}/);
          if (s.kind !== 'trim-hashtags') {
            expect(text.slice(s.start, s.end)).toMatch(/^[\s,;:–—-]*$/u);
            expect(out).not.toMatch(/[,;:–—-]\s*(?:What|This matters)/u);
            expect(s.text).toMatch(/[?.]$/);
            expect(out.includes(s.text.trim())).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
