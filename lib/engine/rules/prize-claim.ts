import { PRIZE_PHRASES, PRIZE_WEAK } from '../lexicon/deals';
import { dropClause, dropOverlaps, inContext, phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

const STRONG = phraseRegex(PRIZE_PHRASES);
const WEAK = phraseRegex(PRIZE_WEAK);
const LABEL = 'Remove the prize pitch';

/** "You have won", "claim your prize", "chance to win": the prize pitch. */
export const rule: Rule = {
  id: 'prize-claim',
  category: 'deal',
  polarity: 'sales',
  weight: 14,
  description: 'Prize and contest pitches: you have won, claim your prize, chance to win, jackpot.',
  message: 'Prize or contest pitch',
  why: 'Prize talk is the oldest hook in spam; it makes readers suspicious of everything else you say.',
  examples: {
    flagged: ['Congratulations you have won a cash prize!', 'Enter to win a new bike'],
    clean: ['We won the league last night and I am still smiling.', 'What a game.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, STRONG))) {
      hits.push({ ...s, suggestions: [dropClause(doc, s.start, s.end, LABEL)] });
    }
    for (const s of inContext(doc, scan(doc.lower, WEAK))) {
      hits.push({ ...s, strength: 0.2, suggestions: [] });
    }
    return dropOverlaps(hits);
  },
};
