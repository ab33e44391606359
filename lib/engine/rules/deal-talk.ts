import { DEAL_PHRASES, DEAL_WEAK, FREE_EXCEPTIONS } from '../lexicon/deals';
import {
  coverage,
  dropClause,
  dropOverlaps,
  inContext,
  phraseRegex,
  scan,
  touches,
} from '../match';
import type { Hit, Rule } from '../rule';

const STRONG = phraseRegex(DEAL_PHRASES);
const WEAK = phraseRegex(DEAL_WEAK);
const FREE = phraseRegex(['free']);
const NOT_OFFER = phraseRegex(FREE_EXCEPTIONS);
const LABEL = 'Remove the offer';

/** Discounts, codes, freebies and giveaways; a question like "Want 50% off?" is still a pitch. */
export const rule: Rule = {
  id: 'deal-talk',
  category: 'deal',
  polarity: 'sales',
  weight: 12,
  description:
    'Price and deal talk: % off, discount, promo code, free shipping, giveaway, free trial.',
  message: 'Deal or discount talk',
  why: 'Discounts and freebies make a post read like a flyer; what you share is worth more than its price tag.',
  examples: {
    flagged: ['Want 50% off?', 'Free shipping this week with promo code SPRING'],
    clean: ['Feel free to disagree.', 'We talked about free will all night.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, STRONG))) {
      hits.push({ ...s, suggestions: [dropClause(doc, s.start, s.end, LABEL)] });
    }
    for (const s of inContext(doc, scan(doc.lower, WEAK))) {
      hits.push({ ...s, strength: 0.4, suggestions: [dropClause(doc, s.start, s.end, LABEL)] });
    }
    // A bare "free" is an offer unless it sits in an everyday phrase ("feel free", "free time").
    const everyday = coverage(scan(doc.lower, NOT_OFFER), doc.text.length);
    for (const s of inContext(doc, scan(doc.lower, FREE))) {
      if (touches(everyday, s.start, s.end)) continue;
      hits.push({ ...s, strength: 0.5, suggestions: [dropClause(doc, s.start, s.end, LABEL)] });
    }
    return dropOverlaps(hits);
  },
};
