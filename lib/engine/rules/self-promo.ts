import { SELF_PROMO_PHRASES } from '../lexicon/self-promo';
import { inContext, phraseRegex, scan } from '../match';
import type { Rule } from '../rule';

// "our app" and "our revolutionary app" alike: one optional word may sit after my/our.
// A fan's "my favourite song" is about someone else's work.
const FAN = /\b(?:favou?rite|fav|fave|beloved|all-time)\b/;
const PHRASES = phraseRegex(SELF_PROMO_PHRASES.map((p) => p.replace(/^(my|our) /, '$1 {w?}')));

/** Talking about one's own product or channel: "my channel", "our product", "we offer". */
export const rule: Rule = {
  id: 'self-promo',
  category: 'self-focus',
  polarity: 'sales',
  weight: 11,
  description: 'Self and offer focus: my channel, my course, our product, we offer, hire me.',
  message: 'Focus on your offer',
  why: 'Posts that circle back to your product read as promotion; the reader wants to know what is in it for them.',
  examples: {
    flagged: ['Please subscribe to my channel.', 'We offer the best coaching in town.'],
    clean: ['My son built a birdhouse this weekend.', 'Our city finally has a bike lane.'],
  },
  detect(doc) {
    return inContext(doc, scan(doc.lower, PHRASES))
      .filter((s) => !FAN.test(doc.lower.slice(s.start, s.end)))
      .map((s) => ({ ...s, suggestions: [] }));
  },
};
