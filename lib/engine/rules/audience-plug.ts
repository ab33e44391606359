import {
  AUDIENCE_NOUNS,
  AUDIENCE_PHRASES,
  AUDIENCE_VERBS,
  MILESTONE_UNITS,
} from '../lexicon/audience';
import { dropClause, dropOverlaps, inContext, phraseRegex, phraseSource, scan } from '../match';
import type { Hit, Rule } from '../rule';

const PHRASES = phraseRegex(AUDIENCE_PHRASES);
const NUMBER = '\\d[\\d,.]*\\s?(?:k|m)?\\+?';
// "17,000 founders read my newsletter", "12k+ readers get it every Sunday".
const HEADCOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}$£€])${NUMBER}\\s+(?:[\\p{L}-]+\\s+)?(?:${AUDIENCE_NOUNS.join('|')})\\s+(?:just\\s+|already\\s+)?(?:${AUDIENCE_VERBS.map(phraseSource).join('|')})\\s*(?::|(?:my|our|me|us|it|this)(?![\\p{L}]))`,
  'gu',
);
// "200 more reposts and I'll share it", "if this gets 500 likes".
const MILESTONE = new RegExp(
  `(?:${NUMBER}\\s+(?:more\\s+)?(?:${MILESTONE_UNITS.join('|')})\\s+(?:and|&)\\s+i|if\\s+this\\s+(?:gets|hits|reaches)\\s+${NUMBER}\\s+(?:${MILESTONE_UNITS.join('|')}))(?![\\p{L}])`,
  'gu',
);
const LABEL = 'Remove the plug';

/** Audience plugs and bait: subscriber counts as proof, newsletter pushes, repost milestones, donation appeals. */
export const rule: Rule = {
  id: 'audience-plug',
  category: 'engagement-bait',
  polarity: 'sales',
  weight: 13,
  description:
    'Audience plugs: "17,000 founders read my newsletter", subscribe here, join them, follow me for more, repost milestones, donation appeals.',
  message: 'Plugs your audience or newsletter',
  why: 'Head counts and subscribe pushes ask readers to join a crowd; a useful post is the reason people follow.',
  examples: {
    flagged: [
      '9,000 designers read my Sunday letter. Subscribe here.',
      '300 more reposts and I’ll publish the whole template.',
      'Follow me for more posts like this.',
      'Please donate if you can, every dollar helps.',
    ],
    clean: [
      'I subscribe to the idea that slow work is good work.',
      '40 people came to the reading, and my aunt cried.',
      'Thanks for reading this far.',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, PHRASES)))
      hits.push({ ...s, suggestions: [dropClause(doc, s.start, s.end, LABEL)] });
    for (const re of [HEADCOUNT, MILESTONE]) {
      for (const m of doc.lower.matchAll(re)) {
        const start = m.index ?? 0;
        if (doc.inQuote(start)) continue;
        const end = start + m[0].length;
        hits.push({ start, end, suggestions: [dropClause(doc, start, end, LABEL)] });
      }
    }
    return dropOverlaps(hits);
  },
};
