/** Test helpers: journal entries and engine reports written by hand. */
import type { ChecklistId, Report } from '../engine/types';
import type { JournalEntry } from './entry';

let next = 0;

/** An entry with sensible values; `over` replaces any of them. */
export function makeEntry(over: Partial<JournalEntry> = {}): JournalEntry {
  next += 1;
  return {
    id: `e${next}`,
    time: Date.UTC(2026, 2, 2, 9, 30),
    site: 'x',
    kind: 'post',
    score: 70,
    band: 'authentic',
    salesiness: 10,
    authenticity: 60,
    habits: [],
    words: 20,
    rules: [],
    ...over,
  };
}

/** An engine report with the given score, band, habits done and rules fired. */
export function makeReport(
  score: number,
  band: Report['band'],
  done: ChecklistId[],
  rules: string[],
  words = 12,
): Report {
  return {
    score,
    band,
    salesiness: 100 - score,
    authenticity: score,
    findings: rules.map((ruleId, i) => ({
      ruleId,
      category: 'story',
      polarity: 'authentic',
      start: i,
      end: i + 1,
      text: 'x',
      message: '',
      why: '',
      weight: 1,
      suggestions: [],
    })),
    postSuggestions: [],
    checklist: (['asks-question', 'shares-why', 'personal'] as ChecklistId[]).map((id) => ({
      id,
      label: id,
      done: done.includes(id),
    })),
    stats: {
      characters: 60,
      words,
      sentences: 2,
      hashtags: 0,
      links: 0,
      mentions: 0,
      questions: 0,
    },
  };
}
