import { MAX_AUTHENTIC_HITS, pitchDamping, spanIsSalesy, warmHits } from '../authentic';
import type { Doc, Span } from '../doc';
import { TEACHING_PHRASES } from '../lexicon/connection';
import { phraseRegex } from '../match';
import type { Hit, Rule } from '../rule';

const TEACH = phraseRegex(TEACHING_PHRASES);
const LIST_LIMIT = 20_000;
// Checkmarked lines are feature lists more often than lessons (ad-copy counts those).
const LIST_ITEM = /^(?:\d{1,2}[.)]|(?:[-•▪→]\uFE0F?)+)\s+\S/u;

/** Numbered or bulleted lines in a row, when most are not pitches: a list of lessons or steps. */
function listHit(doc: Doc): Hit | undefined {
  let run: Span[] = [];
  let best: Span[] = [];
  let offset = 0;
  let blanks = 0;
  for (const line of doc.text.slice(0, LIST_LIMIT).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (trimmed === '') {
      blanks++;
      if (blanks > 1 && run.length > 0) run = [];
      continue;
    }
    blanks = 0;
    if (!LIST_ITEM.test(trimmed)) {
      if (run.length > 0) run = [];
      continue;
    }
    const lead = line.length - line.trimStart().length;
    run.push({ start: start + lead, end: start + line.trimEnd().length });
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return undefined;
  const salesy = best.filter((s) => spanIsSalesy(doc, s)).length;
  if (salesy * 2 >= best.length) return undefined;
  const first = best[0] as Span;
  const last = best[best.length - 1] as Span;
  const numbered = /^\d/.test(doc.text.slice(first.start, first.end));
  return {
    start: first.start,
    end: last.end,
    // Numbered steps read as teaching more surely than bullets, which also list product features.
    strength: (numbered && best.length >= 3 ? 0.8 : 0.5) * pitchDamping(doc),
    suggestions: [],
  };
}

/** Teaching and insight: lessons, tips, how something was fixed, lists of steps. */
export const rule: Rule = {
  id: 'teaching',
  category: 'teaching',
  polarity: 'authentic',
  weight: 8,
  description: 'Offers teaching or insight: lessons learned, tips, how you fixed something, steps.',
  message: 'Teaches something',
  why: 'Giving away what you know proves your expertise better than any claim, and it is why people keep following.',
  examples: {
    flagged: [
      "Here's what I learned from 100 cold emails.",
      '3 lessons from our first year of running a bakery.',
    ],
    clean: ['Learn more at our website.', 'Our course teaches you to earn $5k a month.'],
  },
  detect(doc) {
    const hits: Hit[] = warmHits(doc, TEACH).map((s) => ({ ...s, suggestions: [] }));
    const list = listHit(doc);
    if (list && !hits.some((h) => h.start < list.end && list.start < h.end)) hits.push(list);
    return hits.sort((a, b) => a.start - b.start).slice(0, MAX_AUTHENTIC_HITS);
  },
};
