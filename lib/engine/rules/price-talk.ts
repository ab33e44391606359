import { PRICE_LEADS } from '../lexicon/prices';
import { dropOverlaps, inContext, phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

const MONEY = phraseRegex(['{money}']);
const LEADS = phraseRegex(PRICE_LEADS);

/** Prices and money amounts put in front of the reader: "only $49", "£1.50/wk", "per month". */
export const rule: Rule = {
  id: 'price-talk',
  category: 'deal',
  polarity: 'sales',
  weight: 8,
  description: 'Prices and amounts of money: $49, only £10, per month, pricing.',
  message: 'Talks price',
  why: 'A price tag turns a conversation into a transaction; save it for people who ask.',
  examples: {
    flagged: ['Only $49 for the full course', 'Costs £1.50 per week'],
    clean: ['I spent the afternoon at the lake.', 'We raised the bar this year.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, LEADS))) {
      const hasAmount = doc.lower.slice(s.start, s.end).search(/\d/) >= 0;
      hits.push({ ...s, strength: hasAmount ? 1 : 0.3 });
    }
    for (const s of inContext(doc, scan(doc.lower, MONEY))) hits.push({ ...s, strength: 0.7 });
    return dropOverlaps(hits);
  },
};
