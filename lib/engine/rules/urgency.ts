import { URGENCY_PHRASES, URGENCY_WEAK } from '../lexicon/urgency';
import { dropOverlaps, inContext, phraseRegex, scan } from '../match';
import type { Rule } from '../rule';

const PHRASES = phraseRegex(URGENCY_PHRASES);
const WEAK = phraseRegex(URGENCY_WEAK);

/** Deadlines and scarcity: "limited time", "only 3 left", "last chance", "don't miss out". */
export const rule: Rule = {
  id: 'urgency',
  category: 'urgency',
  polarity: 'sales',
  weight: 14,
  description:
    'Urgency and scarcity: limited time, only N left, last chance, ends tonight, act now.',
  message: 'Pressure to act now',
  why: 'Manufactured urgency makes readers feel pushed; people trust what gives them time to decide.',
  examples: {
    flagged: ['Limited time only!', 'Only 3 spots left, hurry'],
    clean: ['I took my time with this one.', 'The last day of school always makes me cry.'],
  },
  detect(doc) {
    const suggestions = [{ label: 'Remove the pressure', text: '' }];
    const strong = inContext(doc, scan(doc.lower, PHRASES)).map((s) => ({ ...s, suggestions }));
    const weak = inContext(doc, scan(doc.lower, WEAK)).map((s) => ({
      ...s,
      strength: 0.2,
      suggestions,
    }));
    return dropOverlaps([...strong, ...weak]);
  },
};
