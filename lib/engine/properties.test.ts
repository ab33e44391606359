// Property tests: invariants of analyze() over arbitrary and draft-like text.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BANDS } from './bands';
import { applyEdit } from './clean';
import { analyze } from './index';
import type { Report } from './types';

const FRAGMENTS = [
  'Buy now',
  'DM me for details',
  'Limited time only',
  'only 3 spots left',
  'Use code SAVE20 for 20% off',
  'link in bio',
  'Check out my channel',
  'Like and share',
  'Tag a friend',
  'passive income',
  'BIG NEWS TODAY',
  'our revolutionary app',
  'free shipping',
  'Call 0800 123 4567',
  'https://example.com/sale',
  '!!!',
  '🔥🔥🔥',
  '#a #b #c #d #e #f',
  'Last week I learned something',
  'Thank you @ana for the help',
  'What got you through your first year?',
  'I finally decided to buy a house',
  'we baked bread with the kids',
  'مرحبا بالعالم',
  'שלום עולם',
  'zero\u200bwidth',
  'ctrl\u0007char',
  '\ud800',
  '\udfff',
  'naïve café',
  '',
];
const JOINERS = [' ', ', ', '. ', '! ', '? ', '\n', '\n\n', ' - '];

const draft = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...JOINERS)), { maxLength: 12 })
  .map((parts) => parts.map(([f, j]) => f + j).join(''));
const anyText = fc.oneof(
  draft,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

function checkReport(text: string, r: Report): void {
  for (const v of [r.score, r.salesiness, r.authenticity]) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(100);
  }
  expect(BANDS).toContain(r.band);
  let last = 0;
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(last);
    last = f.start;
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    for (const s of f.suggestions) {
      expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
    }
  }
  for (const p of r.postSuggestions)
    expect(0 <= p.start && p.start <= p.end && p.end <= text.length).toBe(true);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

/** Applies the first suggestion of every sales finding, last to first, skipping edits that touch. */
function applyAll(text: string, r: Report): { text: string; applied: number } {
  const edits = r.findings
    .filter((f) => f.polarity === 'sales' && f.suggestions[0])
    .map((f) => f.suggestions[0] as { start: number; end: number; text: string })
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  let applied = 0;
  for (const e of edits) {
    if (e.end >= limit) continue;
    out = applyEdit(out, e);
    limit = e.start;
    applied++;
  }
  return { text: out, applied };
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

describe('analyze: invariants', () => {
  test('scores in range, spans in bounds and matching, plain JSON', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkReport(text, analyze(text));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  test('deterministic: the same input gives the same report', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
      }),
      { numRuns: 100 },
    );
  });

  test.each([
    ['empty', ''],
    [
      '100,000 characters',
      'Buy now!!! Limited time only, DM me. I learned a lot last week. '
        .repeat(1600)
        .slice(0, 100_000),
    ],
    ['one 100,000-character word', 'a'.repeat(100_000)],
    ['emoji only', '🔥😂👏🏽🇺🇸👨‍👩‍👧'],
    ['RTL', 'اشتري الآن! عرض لفترة محدودة'],
    [
      'zero-width and control characters',
      '\u200b\u200c\u200d\ufeff\u0000\u0001\u001f Buy\u200bnow \u0007',
    ],
    ['unpaired surrogates', '\ud800 buy now \udc00\ud83d'],
    ['only whitespace', ' \n\t \n'],
  ])('never throws on %s', (_name, text) => {
    checkReport(text, analyze(text));
  });
});

describe('analyze: applying every suggestion', () => {
  test('leaves clean text whose salesiness is lower', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const before = analyze(text);
        const { text: after, applied } = applyAll(text, before);
        if (applied === 0) return;
        expect(count(after, / {2,}/g)).toBeLessThanOrEqual(count(text, / {2,}/g));
        expect(count(after, / [,.;:!?]/g)).toBeLessThanOrEqual(count(text, / [,.;:!?]/g));
        expect(count(after, /[,;:][,;:.!?]/g)).toBeLessThanOrEqual(count(text, /[,;:][,;:.!?]/g));
        // No line may start with punctuation unless the draft already had one.
        if (/^[ \t]*[,;:.!?]/m.test(after)) expect(/^[ \t]*[,;:.!?]/m.test(text)).toBe(true);
        expect(analyze(after).salesiness).toBeLessThan(before.salesiness);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
