import { HYPE_CONTEXTUAL, HYPE_PHRASES, OWN_OFFER } from '../lexicon/hype';
import { dropOverlaps, inContext, phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

const ALWAYS = phraseRegex(HYPE_PHRASES);
const CONTEXTUAL = phraseRegex(HYPE_CONTEXTUAL);
const OWN = phraseRegex(OWN_OFFER);

/** Superlatives and promises about one's own offer: "revolutionary", "#1", "guaranteed". */
export const rule: Rule = {
  id: 'hype',
  category: 'hype',
  polarity: 'sales',
  weight: 8,
  description:
    'Hype and superlatives: best, #1, revolutionary, game-changer, guaranteed, life-changing.',
  message: 'Hype word',
  why: 'Superlatives about your own offer sound like advertising; specifics persuade better than adjectives.',
  examples: {
    flagged: [
      'Our revolutionary app is a total game-changer.',
      'This is the best course, guaranteed.',
    ],
    clean: ['My daughter took her first steps today.', 'Best wishes to the team on their move.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    const bySentence = new Map<number, boolean>();
    const own = (pos: number): boolean => {
      const s = doc.sentenceAt(pos);
      if (!s) return false;
      let found = bySentence.get(s.start);
      if (found === undefined) {
        OWN.lastIndex = 0;
        found = OWN.test(doc.lower.slice(s.start, s.end));
        bySentence.set(s.start, found);
      }
      return found;
    };
    // Dropping an adjective is a clean rewrite only where it sits before a word ("our #1 app").
    const suggest = (end: number) =>
      /^ \p{L}/u.test(doc.text.slice(end, end + 2))
        ? [{ label: 'Drop the hype word', text: '' }]
        : [];
    for (const s of inContext(doc, scan(doc.lower, ALWAYS))) {
      hits.push({ ...s, strength: own(s.start) ? 1 : 0.6, suggestions: suggest(s.end) });
    }
    for (const s of inContext(doc, scan(doc.lower, CONTEXTUAL))) {
      if (own(s.start)) hits.push({ ...s, strength: 0.5, suggestions: suggest(s.end) });
    }
    return dropOverlaps(hits);
  },
};
