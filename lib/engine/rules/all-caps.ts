import { atSentenceStart, sentenceCase } from '../clean';
import type { Hit, Rule } from '../rule';

const UPPER = /\p{Lu}/gu;
const NOT_SHOUTED = /[^\p{Lu}\p{N}'’-]/u;

/** A shouted word: three or more capital letters and nothing but capitals, digits and apostrophes. */
function isShouted(word: string): boolean {
  if (word.length < 3 || NOT_SHOUTED.test(word)) return false;
  const upper = word.match(UPPER)?.length ?? 0;
  // Codes such as "BA0349D2" mix digits in; shouting is letters.
  return upper >= 3 && upper * 2 >= word.length;
}
// Runs of shouted words separated only by spaces and light punctuation; a comma separates a
// list of acronyms ("GDPR, HIPAA"), not a shout.
const RUN_GAP = /^[!?&*-]*\s[\s!?&*-]*$/;

/** ALL CAPS runs: "BUY THIS NOW". A lone acronym (NASA, CEO) is not shouting. */
export const rule: Rule = {
  id: 'all-caps',
  category: 'shouting',
  polarity: 'sales',
  weight: 5,
  description: 'ALL CAPS runs of two or more words, or one long shouted word.',
  message: 'Shouting in capitals',
  why: 'Capitals read as shouting; sentence case sounds like a person talking.',
  examples: {
    flagged: ['This is HUGE NEWS for everyone', 'FREE SHIPPING today'],
    clean: ['Our CEO spoke at NASA today.', 'I love this song.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    let run: { start: number; end: number; words: number; longest: number } | undefined;
    const flush = () => {
      if (run && (run.words >= 2 || run.longest >= 7)) {
        const text = doc.text.slice(run.start, run.end);
        const fixed = sentenceCase(text, atSentenceStart(doc.text, run.start));
        hits.push({
          start: run.start,
          end: run.end,
          strength: Math.min(2, 0.6 + 0.2 * run.words),
          suggestions: fixed !== text ? [{ label: 'Use sentence case', text: fixed }] : [],
        });
      }
      run = undefined;
    };
    for (const w of doc.words) {
      if (!isShouted(w.text)) {
        flush();
        continue;
      }
      if (
        run &&
        RUN_GAP.test(doc.text.slice(run.end, w.start)) &&
        !doc.text.slice(run.end, w.start).includes('\n')
      ) {
        run.end = w.end;
        run.words++;
        run.longest = Math.max(run.longest, w.text.length);
      } else {
        flush();
        run = { start: w.start, end: w.end, words: 1, longest: w.text.length };
      }
    }
    flush();
    return hits;
  },
};
