// Property tests: invariants of analyze() over arbitrary and draft-like text.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BANDS } from './bands';
import { applyTextEdit } from './clean';
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
    out = applyTextEdit(out, e);
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

describe('analyze: density, not count', () => {
  const PITCHES = [
    'Buy now and save 40% with code SPRING.',
    'Only 3 spots left, register today: https://example.com/join',
    'Comment GUIDE and I will send you my free checklist.',
    'Link in the comments, grab yours before Friday!',
    'Our revolutionary app is now live. Download it now.',
    'DM me for details, limited time only.',
  ];
  const pitch = fc
    .array(fc.constantFrom(...PITCHES), { minLength: 2, maxLength: 4 })
    .map((parts) => parts.join(' '));

  test('a pitch from end to end stays salesy at any length', () => {
    fc.assert(
      fc.property(pitch, fc.integer({ min: 1, max: 100_000 }), (unit, length) => {
        fc.pre(analyze(unit).band === 'salesy');
        const text = `${unit} `.repeat(Math.ceil(length / (unit.length + 1))).slice(0, length);
        fc.pre(text.length >= unit.length);
        expect(analyze(text).band).toBe('salesy');
      }),
      { numRuns: 25 },
    );
  });

  const STORY = [
    'Last spring I started running before work, mostly to clear my head.',
    'The first week I walked more than I ran, and my neighbour laughed with me about it.',
    'I learned that showing up matters more than pace.',
    'Thank you to the early crew at the park for waving every morning.',
    'What got you out of the door on the hard days?',
  ];
  const PLUGS = [
    'My new training plan is out, link in the comments.',
    'Buy the plan now at https://example.com/plan',
    'Comment PLAN and I will send it.',
  ];

  test('a long story with one plug stays balanced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: STORY.length, max: 400 }),
        fc.constantFrom(...PLUGS),
        fc.boolean(),
        (repeats, plug, plugFirst) => {
          const story = Array.from({ length: repeats }, (_, i) => STORY[i % STORY.length]).join(
            ' ',
          );
          const text = plugFirst ? `${plug}\n\n${story}` : `${story}\n\n${plug}`;
          expect(analyze(text).band).toBe('balanced');
        },
      ),
      { numRuns: 25 },
    );
  });
});
