import { inSalesContext, MAX_AUTHENTIC_HITS, pitchDamping } from '../authentic';
import { FEELING_PHRASES, FEELING_WORDS } from '../lexicon/story';
import { phraseRegex, phraseSource, scan } from '../match';
import type { Hit, Rule } from '../rule';

const SUBJECT =
  "(?:i|we)(?:['’]m|['’]re| am| are| was| were| felt| feel| feeling| got| have been| had been|['’]ve been)";
const DEGREE =
  '(?:\\s+(?:so|really|very|a bit|a little|pretty|incredibly|truly|honestly|deeply|quite|super|genuinely|still|totally))*';
const OWNED = new RegExp(
  `(?<![\\p{L}\\p{N}_])${SUBJECT}${DEGREE}\\s+(?:${FEELING_WORDS.map(phraseSource).join('|')})(?![\\p{L}\\p{N}_])`,
  'gu',
);
const PHRASES = phraseRegex(FEELING_PHRASES);
// "Excited to announce our launch" is a press release, not a feeling shared.
const ANNOUNCE = /^\s+to\s+(?:announce|share|launch|introduce|offer|present|unveil|welcome|bring)/u;

/** Feelings the writer owns: "I was nervous", "we're so proud", "made me cry", "honestly". */
export const rule: Rule = {
  id: 'feelings',
  category: 'story',
  polarity: 'authentic',
  weight: 6,
  description: 'Feelings you own: nervous, proud, stuck, relieved; honesty about how it felt.',
  message: 'Shares how it felt',
  why: 'Saying how something felt is brave, and it is what makes a post sound like a person rather than a brand.',
  examples: {
    flagged: ['I was so nervous before my first talk.', 'Honestly, this one made me cry.'],
    clean: ['Our product makes teams happy.', 'You will feel proud when you buy it.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    const damping = pitchDamping(doc);
    const spans = [...scan(doc.lower, OWNED), ...scan(doc.lower, PHRASES)].sort(
      (a, b) => a.start - b.start,
    );
    let last = -1;
    for (const s of spans) {
      if (s.start < last || doc.inQuote(s.start) || inSalesContext(doc, s.start)) continue;
      const after = doc.lower.slice(s.end, s.end + 24);
      hits.push({ ...s, strength: (ANNOUNCE.test(after) ? 0.25 : 1) * damping, suggestions: [] });
      last = s.end;
      if (hits.length >= MAX_AUTHENTIC_HITS) break;
    }
    return hits;
  },
};
