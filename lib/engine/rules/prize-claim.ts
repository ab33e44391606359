import { PRIZE_PHRASES, PRIZE_WEAK } from '../lexicon/deals';
import {
  addressesReader,
  dropClause,
  dropOverlaps,
  inContext,
  phraseRegex,
  scan,
  speaksOfWriter,
} from '../match';
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
      // "You won't believe" is not "you won".
      if (/^['’]t/.test(doc.text.slice(s.end, s.end + 2))) continue;
      // "We just won a prize at the fair" is news; a prize offered to "you" is the pitch.
      const sentence = doc.sentenceAt(s.start);
      const words = sentence ? doc.lower.slice(sentence.start, sentence.end) : '';
      const news = speaksOfWriter(words) && !addressesReader(words);
      hits.push({
        ...s,
        strength: news ? 0.3 : 1,
        suggestions: [dropClause(doc, s.start, s.end, LABEL)],
      });
    }
    for (const s of inContext(doc, scan(doc.lower, WEAK))) {
      hits.push({ ...s, strength: 0.2, suggestions: [] });
    }
    return dropOverlaps(hits);
  },
};
