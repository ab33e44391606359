/** Shared helpers for the authentic-side rules: context checks and phrase hits that are not pitches. */
import type { Doc, Sentence, Span } from './doc';
import { MONEY_HANDLE_PARTS, MONEY_TALK, SALES_CONTEXT } from './lexicon/connection';
import { phraseRegex, scan } from './match';

const SALES = phraseRegex(SALES_CONTEXT);
const MONEY = phraseRegex(MONEY_TALK);
const MONEY_HANDLE = new RegExp(MONEY_HANDLE_PARTS.join('|'), 'u');

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

const pitchCache = new WeakMap<Doc, Span[]>();

/** Every pitch word, link and money account (@handle or #tag) of the draft, in text order; one scan per draft. */
function pitches(doc: Doc): Span[] {
  let spans = pitchCache.get(doc);
  if (!spans) {
    const moneyHandles = [...doc.mentions, ...doc.hashtags].filter((m) =>
      MONEY_HANDLE.test(doc.lower.slice(m.start, m.end)),
    );
    spans = [...scan(doc.lower, SALES), ...doc.links, ...moneyHandles].sort(
      (a, b) => a.start - b.start,
    );
    pitchCache.set(doc, spans);
  }
  return spans;
}

/** True when [start, end) of the text carries a link, a price or pitch words. */
export function spanIsSalesy(doc: Doc, span: Span): boolean {
  const list = pitches(doc);
  // First pitch ending after span.start, by binary search; it counts when it starts before span.end.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Span).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length; i++) {
    const p = list[i] as Span;
    if (p.start >= span.end) break;
    if (p.end > span.start) return true;
  }
  return false;
}

const dampingCache = new WeakMap<Doc, number>();
/** Pitch words per 100 words above which warm words are mostly a testimonial or a sales letter. */
const DENSE_PITCH = 4;
const SOME_PITCH = 2;

/**
 * How much authentic signals count in this draft (1, 0.6 or 0.3): a short post dense with money,
 * pay-outs and pitch words ("thank you @trader, I made $6,000") is a testimonial, not gratitude.
 */
export function pitchDamping(doc: Doc): number {
  const cached = dampingCache.get(doc);
  if (cached !== undefined) return cached;
  // Money talk does not make a sentence a pitch (people share what they earned or lost), but a
  // short draft dense with it and with pitch words reads as a testimonial.
  const count = pitches(doc).length + scan(doc.lower, MONEY).length;
  const density = (100 * count) / Math.max(doc.words.length, 25);
  // One pitch word ("free coffee") proves nothing; several in a short draft do.
  const damping =
    count >= 3 && density >= DENSE_PITCH ? 0.3 : count >= 2 && density >= SOME_PITCH ? 0.6 : 1;
  dampingCache.set(doc, damping);
  return damping;
}

/** Phrase matches outside quotes and pitch sentences, at most MAX_AUTHENTIC_HITS, with the draft's damping as strength. */
export function warmHits(doc: Doc, re: RegExp): (Span & { strength: number })[] {
  const out: (Span & { strength: number })[] = [];
  const strength = pitchDamping(doc);
  for (const s of scan(doc.lower, re)) {
    if (doc.inQuote(s.start) || inSalesContext(doc, s.start)) continue;
    out.push({ ...s, strength });
    if (out.length >= MAX_AUTHENTIC_HITS) break;
  }
  return out;
}

/** True when a sentence before pos (up to a few hundred) is a pitch: thanks after a pitch is a sign-off to it. */
export function pitchBefore(doc: Doc, pos: number): boolean {
  let seen = 0;
  for (const s of doc.sentences) {
    if (s.start >= pos || ++seen > 400) break;
    if (sentenceIsSalesy(doc, s)) return true;
  }
  return false;
}
