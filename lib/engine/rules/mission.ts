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
  why: 'Posts that come back to your why keep your feed pointed at the big picture instead of the sale.',
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
