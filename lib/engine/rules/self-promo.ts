import { SELF_PROMO_PHRASES } from '../lexicon/self-promo';
import { dropOverlaps, inContext, phraseRegex, phraseSource, scan } from '../match';
import type { Rule } from '../rule';

// A fan's "my favourite song" is about someone else's work.
const FAN = /\b(?:favou?rite|fav|fave|beloved|all-time)\b/;
const POSSESSIVE = /^(?:my|our) /;
const OTHER = phraseRegex(SELF_PROMO_PHRASES.filter((p) => !POSSESSIVE.test(p)));
const NOUNS = [
  ...new Set(
    SELF_PROMO_PHRASES.filter((p) => POSSESSIVE.test(p)).map((p) => p.replace(POSSESSIVE, '')),
  ),
]
  .sort((a, b) => b.length - a.length)
  .map(phraseSource)
  .join('|');
// "our app" and "our revolutionary app" alike: one optional word may sit after my/our. Built as
// one group rather than a phrase list, since repeating the optional word per phrase is slow to compile.
const MINE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:my|our)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+)?(?:${NOUNS})(?![\\p{L}\\p{N}_])`,
  'gu',
);

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
    return inContext(doc, dropOverlaps([...scan(doc.lower, MINE), ...scan(doc.lower, OTHER)]))
      .filter((s) => !FAN.test(doc.lower.slice(s.start, s.end)))
      .map((s) => ({ ...s, suggestions: [] }));
  },
};
