import type { Doc } from './doc';
import type { Stats } from './types';

/** Counts for the report: characters, words, sentences, hashtags, links, mentions, questions. */
export function computeStats(doc: Doc): Stats {
  let questions = 0;
  // A link counts as one word, not as the pieces of its address.
  let words = doc.links.length;
  for (const w of doc.words)
    if (!doc.links.some((l) => w.start >= l.start && w.start < l.end)) words++;
  for (const s of doc.sentences) if (s.isQuestion) questions++;
  return {
    characters: doc.text.length,
    words,
    sentences: doc.sentences.length,
    hashtags: doc.hashtags.length,
    links: doc.links.length,
    mentions: doc.mentions.length,
    questions,
  };
}
