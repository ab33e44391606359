import { describe, expect, test } from 'vitest';
import { corpusForTests, evaluateAll, evaluateRows, formatReport, missedTargets } from './run';

const rows = [
  { label: 'promo', text: 'Buy now!!! Limited time only, DM me for details' },
  { label: 'promo', text: 'Check out my channel and subscribe!!! https://example.com' },
  { label: 'promo', text: 'WIN a £1000 prize, txt WIN to 80086 now' },
  { label: 'genuine', text: 'Had a lovely walk by the river with my dad today.' },
  { label: 'genuine', text: 'What was the hardest part of your first job?' },
  { label: 'genuine', text: 'ok see you at 5' },
];

describe('evaluation', () => {
  test('ranks obvious pitches above everyday messages and counts the bands', () => {
    const r = evaluateRows('toy', rows);
    expect(r.rows).toBe(6);
    expect(r.promo).toBe(3);
    expect(r.engine.auc).toBe(1);
    expect(r.engine.genuineInSalesy).toBe(0);
    expect(r.engine.precision).toBe(1);
    expect(r.baseline.auc).toBeGreaterThan(0.5);
  });

  test('fails loudly when the corpus folder is missing', () => {
    expect(() => evaluateAll('/nonexistent/corpus')).toThrow(/Corpus folder not found/);
  });

  test('corpus tests run when the folder is there, skip outside CI and fail under CI', () => {
    expect(corpusForTests(process.cwd(), {})).toBe(true);
    expect(corpusForTests('/nonexistent/corpus', {})).toBe(false);
    expect(() => corpusForTests('/nonexistent/corpus', { CI: 'true' })).toThrow(/missing under CI/);
  });

  test('names each missed target, including missing corpora', () => {
    const r = { ...evaluateRows('youtube-spam', rows) };
    r.engine = { ...r.engine, auc: 0.5 };
    const missed = missedTargets([r]);
    expect(missed).toContain('youtube-spam: AUC 0.500 < 0.92');
    expect(missed).toContain('sms-spam: corpus file missing');
  });

  test('the report is a markdown table with one row per corpus', () => {
    const md = formatReport([evaluateRows('toy', rows)]);
    expect(md).toMatch(/^## Proxy corpora/);
    expect(md).toMatch(/\| toy \| 6 \| 1\.000 \|/);
  });
});
