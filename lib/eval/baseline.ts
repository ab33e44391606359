/**
 * The naive baseline the engine is compared with: count of common spam/sales keywords.
 * Source: a generic list anyone would write first; deliberately simple, not tuned on data.
 */
const KEYWORDS = [
  'free',
  'buy',
  'win',
  'winner',
  'prize',
  'cash',
  'click',
  'subscribe',
  'call',
  'offer',
  'discount',
  'sale',
  'money',
  'now',
  'check',
  'urgent',
  'limited',
  'deal',
  'order',
  'earn',
  'txt',
  'text',
  'http',
  'https',
  'www',
  'com',
];
const RE = new RegExp(`\\b(?:${KEYWORDS.join('|')})\\b`, 'gi');

/** Number of keyword occurrences in text. */
export function baselineScore(text: string): number {
  return text.match(RE)?.length ?? 0;
}

/** The baseline calls a text salesy at this many keywords. */
export const BASELINE_SALESY_AT = 2;
