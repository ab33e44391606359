import type { Doc } from './doc';
import type { Stats } from './types';

/** Counts for the report: characters, words, sentences, hashtags, links, mentions, questions. */
export function computeStats(doc: Doc): Stats {
  let questions = 0;
  for (const s of doc.sentences) if (s.isQuestion) questions++;
  return {
    characters: doc.text.length,
    words: doc.words.length,
    sentences: doc.sentences.length,
    hashtags: doc.hashtags.length,
    links: doc.links.length,
    mentions: doc.mentions.length,
    questions,
  };
}
