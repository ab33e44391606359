import { MAX_AUTHENTIC_HITS } from '../authentic';
import { matchPassions } from '../profile';
import type { Hit, Rule } from '../rule';

/** The user's passions, each word or phrase matched by lemma ("baking" matches "baked"). */
export const rule: Rule = {
  id: 'passion',
  category: 'profile',
  polarity: 'authentic',
  weight: 8,
  description: 'Your passions (set in the popup), matched in any form: baking, bake, baked, bakes.',
  message: 'Mentions one of your passions',
  why: 'Sharing what you love is where people find common ground with you, and that is what they remember.',
  detect(doc) {
    const hits: Hit[] = [];
    for (const m of matchPassions(doc)) {
      hits.push({
        start: m.start,
        end: m.end,
        message: `Mentions your passion: “${m.term}”`,
        suggestions: [],
      });
      if (hits.length >= MAX_AUTHENTIC_HITS) break;
    }
    return hits;
  },
};
