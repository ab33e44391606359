import { describe, expect, test } from 'vitest';
import { BAND_HINTS } from '../engine/bands';
import type { Report } from '../engine/types';
import { contextOf, formatReport, meterBar, sanitize, wrap } from './format';

const ESC = '\u001b';

function reportFor(text: string): Report {
  const start = text.indexOf('DM me');
  const thanks = text.indexOf('Thank you');
  return {
    score: 22,
    band: 'salesy',
    salesiness: 81,
    authenticity: 12,
    findings: [
      {
        ruleId: 'gratitude',
        category: 'gratitude',
        polarity: 'authentic',
        start: thanks,
        end: thanks + 'Thank you'.length,
        text: 'Thank you',
        message: 'Gratitude',
        why: 'Thanking people builds relationships.',
        weight: 5,
        suggestions: [],
      },
      {
        ruleId: 'dm-me',
        category: 'call-to-action',
        polarity: 'sales',
        start,
        end: start + 'DM me'.length,
        text: 'DM me',
        message: 'Asks for a private message',
        why: 'A hard call to action reads like an ad.',
        weight: 20,
        suggestions: [
          {
            label: 'Soften',
            text: 'happy to share more',
            start,
            end: start + 'DM me'.length,
          },
          { label: 'Delete', text: '', start, end: start + 'DM me'.length },
        ],
      },
    ],
    postSuggestions: [
      {
        kind: 'add-question',
        label: 'End with a question',
        why: 'Questions invite people in.',
        start: text.length,
        end: text.length,
        text: ' What would you add?',
      },
    ],
    checklist: [
      {
        id: 'credits-others',
        label: 'Credits or celebrates others',
        done: true,
        evidence: { start: thanks, end: thanks + 9, text: 'Thank you' },
      },
      { id: 'asks-question', label: 'Asks a question that invites people in', done: false },
    ],
    stats: {
      characters: text.length,
      words: 9,
      sentences: 2,
      hashtags: 0,
      links: 0,
      mentions: 0,
      questions: 0,
    },
  };
}

describe('meterBar', () => {
  test.each([
    [100, 0],
    [0, 29],
    [50, 15],
  ])('score %i puts the needle at cell %i', (score, cell) => {
    const bar = meterBar(score, { color: false, cells: 30 });
    const track = bar.slice(bar.indexOf('|') + 1, bar.lastIndexOf('|'));
    expect(track).toHaveLength(30);
    expect(track.indexOf('O')).toBe(cell);
  });

  test('clamps out-of-range and non-finite scores instead of breaking the bar', () => {
    expect(meterBar(-40, { color: false })).toBe(meterBar(0, { color: false }));
    expect(meterBar(400, { color: false })).toBe(meterBar(100, { color: false }));
    expect(meterBar(Number.NaN, { color: false })).toBe(meterBar(50, { color: false }));
  });

  test('plain has no escape codes; colour has them', () => {
    expect(meterBar(30, { color: false })).not.toContain(ESC);
    expect(meterBar(30, { color: true })).toContain(`${ESC}[31m`);
  });
});

describe('sanitize', () => {
  test('terminal escapes and bidi overrides in user text are shown, not obeyed', () => {
    const out = sanitize(`a${ESC}[2Jb\u202ec\u0007`);
    expect(out).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
    expect(out).toBe('a\\u001b[2Jb\\u202ec\\u0007');
  });

  test('line breaks become visible marks and ordinary Unicode is kept', () => {
    expect(sanitize('one\ntwo\r\nthree 🎉 שלום', false)).toBe('one / two / three 🎉 שלום');
    expect(sanitize('one\ntwo')).toBe('one ↵ two');
  });
});

describe('contextOf', () => {
  const text = 'I spent ten years building this bakery and today you can buy now at the shop.';

  test('keeps the exact span and cuts the sides at spaces with an ellipsis', () => {
    const start = text.indexOf('buy now');
    const ctx = contextOf(text, start, start + 7, 12);
    expect(ctx.match).toBe('buy now');
    expect(ctx.before.startsWith('…')).toBe(true);
    expect(ctx.after.endsWith('…')).toBe(true);
    expect(ctx.before.slice(1)).toBe(text.slice(text.indexOf('you'), start));
  });

  test('whole short text has no ellipsis', () => {
    expect(contextOf('Buy now', 0, 3)).toEqual({ before: '', match: 'Buy', after: ' now' });
  });

  test('never splits a surrogate pair at the edge of the window', () => {
    const emoji = '😀'.repeat(40);
    const t = `${emoji}X${emoji}`;
    const at = t.indexOf('X');
    const ctx = contextOf(t, at, at + 1, 5);
    const sides = ctx.before + ctx.after;
    expect(sides).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
    );
  });

  test('out-of-range offsets are clamped', () => {
    expect(contextOf('abc', 5, 9).match).toBe('');
  });
});

test('wrap keeps every word and respects the width', () => {
  const prose = 'A hard call to action reads like an advert and pushes people away from you.';
  const out = wrap(prose, 30, '  ');
  expect(out.replace(/\n {2}/g, ' ')).toBe(prose);
  for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
});

describe('formatReport', () => {
  const text = 'Thank you all for coming! DM me for prices.';
  const report = reportFor(text);

  test('plain: band, score, findings in text order with highlight, why and rewrites', () => {
    const out = formatReport(text, report, { color: false, width: 80 });
    expect(out).not.toContain(ESC);
    expect(out).toContain('SALESY');
    expect(out).toContain('score 22/100');
    expect(out).toContain('salesiness 81');
    expect(out).toContain('»DM me«');
    expect(out).toContain('»Thank you«');
    expect(out.indexOf('»Thank you«')).toBeLessThan(out.indexOf('»DM me«'));
    expect(out).toContain('A hard call to action reads like an ad.');
    expect(out).toContain('Soften: "DM me" -> "happy to share more"');
    expect(out).toContain('Delete: "DM me" -> (remove)');
    expect(out).toContain('End with a question: add " What would you add?"');
    expect(out).toContain('[x] Credits or celebrates others  "Thank you"');
    expect(out).toContain('[ ] Asks a question that invites people in');
  });

  test('colour: the span is underlined, red for sales and green for authentic', () => {
    const out = formatReport(text, report, { color: true });
    expect(out).toContain(`${ESC}[1;4;31mDM me${ESC}[0m`);
    expect(out).toContain(`${ESC}[1;4;32mThank you${ESC}[0m`);
    expect(out).toContain('✓');
  });

  test('a label that already quotes the replacement is not repeated', () => {
    const finding = report.findings[1] as Report['findings'][number];
    const suggestion = finding.suggestions[0] as Report['findings'][number]['suggestions'][number];
    const relabelled = {
      ...report,
      findings: [
        {
          ...finding,
          suggestions: [{ ...suggestion, label: 'Replace with “happy to share more”' }],
        },
      ],
    };
    const out = formatReport(text, relabelled, { color: false });
    expect(out).toContain('    -> "DM me" -> "happy to share more"');
    expect(out).not.toContain('Replace with');
  });

  test('an empty report says so instead of printing empty sections', () => {
    const empty: Report = { ...report, findings: [], postSuggestions: [], checklist: [] };
    const out = formatReport(text, empty, { color: false });
    expect(out).toContain('Findings (0)');
    expect(out).not.toContain('Post suggestions');
    expect(out).not.toContain('Checklist');
  });

  test('a neutral report says what would move it; other bands do not carry that line', () => {
    const neutral: Report = { ...report, band: 'neutral', score: 60, findings: [] };
    const out = formatReport(text, neutral, { color: false, width: 80 });
    expect(out).toContain('NEUTRAL');
    expect(out.replace(/\s+/g, ' ')).toContain(BAND_HINTS.neutral);
    expect(formatReport(text, report, { color: false, width: 80 })).not.toContain('No signal');
  });

  test('user text with escape sequences cannot reach the terminal raw', () => {
    const evil = `${ESC}]0;pwned${ESC}\\ DM me now`;
    const at = evil.indexOf('DM me');
    const r = reportFor(evil);
    const finding = { ...(r.findings[1] as Report['findings'][number]), start: at, end: at + 5 };
    const out = formatReport(evil, { ...r, findings: [finding] }, { color: false });
    expect(out).not.toContain(ESC);
    expect(out).toContain('\\u001b]0;pwned');
  });
});
