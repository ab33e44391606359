import { OWN_OFFER } from '../lexicon/hype';
import { PRICE_LEADS } from '../lexicon/prices';
import {
  addressesReader,
  dropOverlaps,
  inContext,
  phraseRegex,
  scan,
  speaksOfWriter,
} from '../match';
import type { Hit, Rule } from '../rule';

const MONEY = phraseRegex(['{money}']);
const LEADS = phraseRegex(PRICE_LEADS);
const OFFER = phraseRegex(OWN_OFFER);

/** Prices and money amounts put in front of the reader: "only $49", "$19 per month". */
export const rule: Rule = {
  id: 'price-talk',
  category: 'deal',
  polarity: 'sales',
  weight: 8,
  description: 'Prices put in front of the reader: only $49, $19 per month, pricing.',
  message: 'Talks price',
  why: 'A price tag turns a conversation into a transaction; save it for people who ask.',
  examples: {
    flagged: ['Only $49 for the full course', 'Costs £1.50 per week', 'Your plan is $12 a month'],
    clean: ['I spent the afternoon at the lake.', 'We raised the bar this year.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, LEADS))) {
      const hasAmount = doc.lower.slice(s.start, s.end).search(/\d/) >= 0;
      hits.push({ ...s, strength: hasAmount ? 1 : 0.3 });
    }
    // An amount is a price when it is offered to the reader or tied to something for sale; in the
    // writer's own story ("I invested $25,000", "we raised $2M") it is a fact, and counts little.
    for (const s of inContext(doc, scan(doc.lower, MONEY))) {
      const sentence = doc.sentenceAt(s.start);
      const words = sentence ? doc.lower.slice(sentence.start, sentence.end) : '';
      OFFER.lastIndex = 0;
      const offered = addressesReader(words) || OFFER.test(words);
      const strength = offered ? 0.7 : speaksOfWriter(words) ? 0.1 : 0.3;
      hits.push({ ...s, strength });
    }
    return dropOverlaps(hits);
  },
};
