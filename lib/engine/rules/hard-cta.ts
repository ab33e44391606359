import {
  CTA_PHRASES,
  CTA_VERBS_STRONG,
  CTA_VERBS_WEAK,
  HIRING_PHRASES,
  OFFER_WORDS,
} from '../lexicon/cta';
import {
  clauseAround,
  creditsOther,
  dropClause,
  dropOverlaps,
  imperativeAt,
  inContext,
  phraseRegex,
  scan,
} from '../match';
import type { Hit, Rule } from '../rule';

const PHRASES = phraseRegex(CTA_PHRASES);
const HIRING = phraseRegex(HIRING_PHRASES);
const STRONG = phraseRegex(CTA_VERBS_STRONG);
const WEAK = phraseRegex(CTA_VERBS_WEAK);
const OFFER = phraseRegex(OFFER_WORDS);
const LABEL = 'Remove the call to action';

/** Characters spanned by the next n words after pos. */
function nextWords(lower: string, pos: number, n: number): number {
  const m = new RegExp(`^(?:\\s*[^\\s]+){0,${n}}`).exec(lower.slice(pos, pos + 80));
  return m ? m[0].length : 0;
}
const NOUN_USE =
  /^(?:\s+(?:is|was|are|were|has|have|had|matters|can|could|will|would|should|does|did|of|club|clubs)\b|\s+(?:time|into|later)\b|['’]s\b|\s+\p{L}+\s+(?:is|was|are|were)\b)/u;

/** Hard calls to action: "buy now", "link in bio", "sign up today", imperatives that sell. */
export const rule: Rule = {
  id: 'hard-cta',
  category: 'call-to-action',
  polarity: 'sales',
  weight: 18,
  description:
    'Hard calls to action: buy now, shop, order, sign up, book a call, link in bio, use code, swipe up.',
  message: 'Hard call to action',
  why: 'Telling readers to buy or click turns a post into an ad; people scroll past what feels like a pitch.',
  examples: {
    flagged: [
      'Buy now and get yours before Friday.',
      'Shop the spring range now!',
      'You can order it here: shop.example.com',
    ],
    clean: ['I finally decided to buy a house.', 'Did you sign up for the marathon?'],
  },
  detect(doc) {
    const hits: (Hit & { start: number; end: number })[] = [];
    for (const s of inContext(doc, scan(doc.lower, PHRASES))) {
      hits.push({ ...s, suggestions: [dropClause(doc, s.start, s.end, LABEL)] });
    }
    for (const s of inContext(doc, scan(doc.lower, HIRING)))
      hits.push({ ...s, strength: 0.5, suggestions: [] });
    const verbs: [typeof STRONG, number][] = [
      [STRONG, 0.6],
      [WEAK, 0],
    ];
    for (const [re, base] of verbs) {
      for (const s of inContext(doc, scan(doc.lower, re))) {
        // The report keeps a hundred findings per rule; checking thousands of verbs would be wasted work.
        if (hits.length > 300) break;
        // "Download.com" is a name, not an instruction.
        if (/^\.\p{L}/u.test(doc.text.slice(s.end, s.end + 2))) continue;
        // "Order matters", "Book club was fun": a verb-looking word used as a noun.
        if (NOUN_USE.test(doc.lower.slice(s.end, s.end + 30))) continue;
        if (!imperativeAt(doc, s.start)) continue;
        // "we all donate our money, donate our time": a list continues the verb before it.
        const verb = doc.lower.slice(s.start, s.end);
        const sentence = doc.sentenceAt(s.start);
        const earlier = sentence ? doc.lower.lastIndexOf(verb, s.start - 1) : -1;
        if (sentence && earlier >= sentence.start && !imperativeAt(doc, earlier)) continue;
        const clause = clauseAround(doc, s.start, s.end);
        // "Check out this talk by Dana Lee" shares someone else's work.
        if (creditsOther(doc.text.slice(clause.start, Math.min(doc.text.length, clause.end + 60))))
          continue;
        // A weak verb needs its offer word close by ("get yours now", "watch my video"), not
        // somewhere later in the clause ("go for a swim with my brother").
        const reach = base > 0 ? 40 : nextWords(doc.lower, s.end, 3);
        const rest = doc.lower.slice(s.end, Math.min(clause.end, s.end + reach));
        OFFER.lastIndex = 0;
        const offer =
          OFFER.test(rest) || doc.links.some((l) => l.start >= s.end && l.start <= clause.end);
        const strength = offer ? (base > 0 ? 1 : 0.6) : base;
        if (strength === 0) continue;
        hits.push({
          start: s.start,
          end: clause.end,
          strength,
          suggestions: [dropClause(doc, s.start, s.end, LABEL)],
        });
      }
    }
    return dropOverlaps(hits);
  },
};
