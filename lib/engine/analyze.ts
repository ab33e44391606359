import type { AnalyzeOptions, Report } from './types';

/** Judges a draft between authentic and salesy. Pure, deterministic, never throws. */
export function analyze(text: string, _options: AnalyzeOptions = {}): Report {
  // Placeholder until the rules land: a neutral report with real stats shape.
  return {
    score: 50,
    band: 'balanced',
    salesiness: 0,
    authenticity: 0,
    findings: [],
    postSuggestions: [],
    checklist: [],
    stats: {
      characters: text.length,
      words: 0,
      sentences: 0,
      hashtags: 0,
      links: 0,
      mentions: 0,
      questions: 0,
    },
  };
}
