/** Shared helpers for the authentic-side rules: context checks and phrase hits that are not pitches. */
import type { Doc, Sentence, Span } from './doc';
import { SALES_CONTEXT } from './lexicon/connection';
import { phraseRegex, scan } from './match';

const SALES = phraseRegex(SALES_CONTEXT);

/** Most hits one authentic rule reports; more would only repeat the same credit. */
export const MAX_AUTHENTIC_HITS = 12;

/** True when the sentence holding pos also carries a link, a price or pitch words, so its warmth is part of a pitch. */
export function inSalesContext(doc: Doc, pos: number): boolean {
  const sentence = doc.sentenceAt(pos);
  if (!sentence) return false;
  return sentenceIsSalesy(doc, sentence);
}

const salesCache = new WeakMap<Sentence, boolean>();

/** True when a sentence carries a link, a price or pitch words. */
export function sentenceIsSalesy(doc: Doc, sentence: Sentence): boolean {
  const cached = salesCache.get(sentence);
  if (cached !== undefined) return cached;
  const salesy = spanIsSalesy(doc, sentence);
  salesCache.set(sentence, salesy);
  return salesy;
}

/** True when [start, end) of the text carries a link, a price or pitch words. */
export function spanIsSalesy(doc: Doc, span: Span): boolean {
  if (doc.links.some((l) => l.start < span.end && l.end > span.start)) return true;
  SALES.lastIndex = span.start;
  const m = SALES.exec(doc.lower);
  SALES.lastIndex = 0;
  return m !== null && m.index < span.end;
}

/** Phrase matches outside quotes and pitch sentences, at most MAX_AUTHENTIC_HITS. */
export function warmHits(doc: Doc, re: RegExp): Span[] {
  const out: Span[] = [];
  for (const s of scan(doc.lower, re)) {
    if (doc.inQuote(s.start) || inSalesContext(doc, s.start)) continue;
    out.push(s);
    if (out.length >= MAX_AUTHENTIC_HITS) break;
  }
  return out;
}
