import { ENGAGEMENT_PHRASES } from '../lexicon/engagement';
import { dropClause, inContext, phraseRegex, scan } from '../match';
import type { Rule } from '../rule';

const PHRASES = phraseRegex(ENGAGEMENT_PHRASES);

/** Asking for likes, shares, tags and follows for their own sake. */
export const rule: Rule = {
  id: 'engagement-bait',
  category: 'engagement-bait',
  polarity: 'sales',
  weight: 12,
  description:
    'Engagement bait: like and share, tag a friend, comment YES, follow for more, subscribe.',
  message: 'Engagement bait',
  why: 'Begging for likes and follows trades trust for reach; a real question earns better replies.',
  examples: {
    flagged: ['Like and share if you agree!', 'Follow for more tips.'],
    clean: ['I would like to share what I learned.', 'Thanks for following along this year.'],
  },
  detect(doc) {
    return inContext(doc, scan(doc.lower, PHRASES)).map((s) => ({
      ...s,
      suggestions: [dropClause(doc, s.start, s.end, 'Remove the request for engagement')],
    }));
  },
};
