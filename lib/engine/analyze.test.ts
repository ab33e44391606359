import { describe, expect, test } from 'vitest';
import { analyze } from './index';
import type { Report } from './types';

const ids = (r: Report) => r.findings.map((f) => f.ruleId);
const salesIds = (r: Report) =>
  r.findings.filter((f) => f.polarity === 'sales').map((f) => f.ruleId);

const STORY = [
  'Five years ago I almost closed my bakery.',
  'Last winter the oven broke twice, and I cried in the walk-in fridge more than once.',
  'My neighbour Ana stayed late every night that month to help me knead dough by hand.',
  'I learned that asking for help is not weakness; it is how a small shop survives.',
  'Thank you, Ana, and thank you to everyone who kept coming back.',
  'What helped you through your hardest season at work?',
].join(' ');

describe('analyze: the report', () => {
  test('a hard sell lands salesy, with findings and concrete rewrites', () => {
    const r = analyze('Buy now!!! Limited time only, DM me');
    expect(r.band).toBe('salesy');
    expect(r.salesiness).toBeGreaterThan(60);
    expect(ids(r)).toEqual(
      expect.arrayContaining(['hard-cta', 'exclamations', 'urgency', 'dm-pitch']),
    );
    const dm = r.findings.find((f) => f.ruleId === 'dm-pitch');
    expect(dm?.suggestions[0]?.text).toBe("happy to share more if you're curious");
    const bang = r.findings.find((f) => f.ruleId === 'exclamations');
    expect(bang?.suggestions[0]?.text).toBe('!');
  });

  test('a personal story is not salesy and has no sales findings', () => {
    const r = analyze(STORY);
    expect(salesIds(r)).toEqual([]);
    expect(r.salesiness).toBe(0);
    expect(r.band).toBe('authentic');
    expect(r.score).toBeGreaterThanOrEqual(65);
  });

  test.each([
    'The train was on time today.',
    'Quarterly numbers are in the shared folder.',
    'HUGE NEWS!!! 🎉🎉🎉',
  ])('with no evidence either way, %j reads neutral, not authentic', (text) => {
    const r = analyze(text);
    expect(r.band).toBe('neutral');
    expect(r.score).toBeLessThan(65);
  });

  test('authentic is earned: a question for readers moves a neutral draft there', () => {
    expect(analyze('The train was on time today.').band).toBe('neutral');
    expect(analyze('The train was on time today. What does your commute teach you?').band).toBe(
      'authentic',
    );
  });

  test('a mostly-story post with one plug at the end is balanced, not salesy', () => {
    const r = analyze(`${STORY}\n\nMy new cookbook is out, link in bio.`);
    expect(salesIds(r).length).toBeGreaterThan(0);
    expect(r.band).toBe('balanced');
  });

  test('findings are sorted, in bounds, and their text is the slice they point to', () => {
    const text =
      'Huge SALE!!! Use code SAVE20 for 20% off, only 3 left. Tag a friend 🔥🔥🔥 #a #b #c #d #e #f';
    const r = analyze(text);
    expect(r.findings.length).toBeGreaterThan(4);
    let last = -1;
    for (const f of r.findings) {
      expect(f.start).toBeGreaterThanOrEqual(last);
      last = f.start;
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.why.length).toBeGreaterThan(0);
      for (const s of f.suggestions) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.start).toBeLessThanOrEqual(s.end);
      }
    }
  });

  test('stats count characters, words, sentences, hashtags, links, mentions and questions', () => {
    const r = analyze('Hi @ana! Read https://example.com today. Why not? #one #two');
    expect(r.stats).toEqual({
      characters: 59,
      words: 9,
      sentences: 4,
      hashtags: 2,
      links: 1,
      mentions: 1,
      questions: 1,
    });
  });

  test('the checklist has the seven habits', () => {
    expect(analyze(STORY).checklist.map((c) => c.id)).toEqual([
      'shares-why',
      'mentions-passion',
      'asks-question',
      'teaches',
      'credits-others',
      'personal',
      'no-hard-sell',
    ]);
  });
});

describe('analyze: context', () => {
  test.each([
    ['a personal purchase', 'I finally decided to buy a house.'],
    ['a negation', "I'm not telling you to buy now, just sharing."],
    ['a quotation', 'My first boss wrote "Buy now" on every flyer and it never worked.'],
    ['a genuine question', 'What helped you most in your first year as a manager?'],
  ])('%s is not a hard sell', (_name, text) => {
    expect(ids(analyze(text))).not.toContain('hard-cta');
    expect(analyze(text).band).not.toBe('salesy');
  });

  test('a negation does not reach across a clause', () => {
    expect(ids(analyze("Don't wait, buy now!"))).toContain('hard-cta');
  });

  test('a sales question is still a pitch', () => {
    expect(ids(analyze('Want 50% off?'))).toContain('deal-talk');
  });
});

describe('analyze: settings', () => {
  const borderline = 'New course out now. Sign up today, only 5 spots left!';

  test('sensitivity moves the score: strict is harsher than normal, gentle kinder', () => {
    const gentle = analyze(borderline, { settings: { sensitivity: 'gentle' } });
    const normal = analyze(borderline);
    const strict = analyze(borderline, { settings: { sensitivity: 'strict' } });
    expect(strict.salesiness).toBeGreaterThan(normal.salesiness);
    expect(normal.salesiness).toBeGreaterThan(gentle.salesiness);
    expect(strict.score).toBeLessThan(gentle.score);
  });

  test('disabled rules and categories produce no findings', () => {
    const text = 'Buy now!!! Limited time only';
    expect(ids(analyze(text, { settings: { disabledRules: ['exclamations'] } }))).not.toContain(
      'exclamations',
    );
    const r = analyze(text, { settings: { disabledCategories: ['urgency', 'call-to-action'] } });
    expect(r.findings.map((f) => f.category)).not.toContain('urgency');
    expect(r.findings.map((f) => f.category)).not.toContain('call-to-action');
  });

  test('extra salesy words are flagged, allowed words never are', () => {
    const extra = analyze('A little synergy goes a long way.', {
      settings: { extraSalesyWords: ['synergy'] },
    });
    expect(extra.findings.find((f) => f.ruleId === 'custom-words')?.text).toBe('synergy');
    const allowed = analyze('Free shipping this week', { settings: { allowedWords: ['free'] } });
    expect(allowed.findings.filter((f) => /free/i.test(f.text))).toEqual([]);
    expect(analyze('Free shipping this week').findings.some((f) => /free/i.test(f.text))).toBe(
      true,
    );
  });

  test('malformed options fall back to defaults instead of throwing', () => {
    const bad = {
      settings: { sensitivity: 'loud', disabledRules: 'x', extraSalesyWords: [1, null] },
      profile: { passions: 'x' },
    };
    const r = analyze('Buy now', bad as never);
    expect(r.band).toBeDefined();
    expect(ids(r)).toContain('hard-cta');
  });
});
