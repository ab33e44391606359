import type { Doc } from './doc';
import { coverage } from './match';
import type { Stats } from './types';

/** Counts for the report: characters, words, sentences, hashtags, links, mentions, questions. */
export function computeStats(doc: Doc): Stats {
  let questions = 0;
  // A link counts as one word, not as the pieces of its address.
  let words = doc.links.length;
  const inLink = coverage(doc.links, doc.text.length);
  for (const w of doc.words) if (!inLink[w.start]) words++;
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
