import { MAX_AUTHENTIC_HITS } from '../authentic';
import { matchMission } from '../profile';
import type { Hit, Rule } from '../rule';

/** Words of the user's mission, matched by lemma ("teaching" echoes a mission about "teach"). */
export const rule: Rule = {
  id: 'mission',
  category: 'profile',
  polarity: 'authentic',
  weight: 5,
  description:
    'Words from your mission (set in the popup), matched in any form: teach, teaches, taught.',
  message: 'Echoes your mission',
  why: 'Coming back to your why keeps your feed about what you stand for rather than what you sell.',
  detect(doc) {
    const hits: Hit[] = [];
    for (const m of matchMission(doc)) {
      if (doc.inQuote(m.start)) continue;
      hits.push({
        start: m.start,
        end: m.end,
        message: `Echoes your mission: “${m.term}”`,
        suggestions: [],
      });
      if (hits.length >= MAX_AUTHENTIC_HITS) break;
    }
    return hits;
  },
};
