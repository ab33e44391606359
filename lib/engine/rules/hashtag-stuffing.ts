import type { Doc, Span } from '../doc';
import { coverage } from '../match';
import type { Hit, Rule } from '../rule';

/** More hashtags than this is stuffing. */
const MAX_TAGS = 4;
/** How many the rewrite keeps. */
const KEEP = 2;

/** The `keep` most relevant tags of a block, in their original order: named in the text itself first, then earlier. */
function mostRelevant(doc: Doc, block: Span[], keep: number): Span[] {
  const inTag = coverage(
    doc.hashtags.map((t) => ({ start: t.start + 1, end: t.end })),
    doc.text.length,
  );
  const plain = new Set(doc.words.filter((w) => !inTag[w.start]).map((w) => w.lower));
  return block
    .map((t, i) => ({ t, i, mentioned: plain.has(doc.lower.slice(t.start + 1, t.end)) }))
    .sort((a, b) => Number(b.mentioned) - Number(a.mentioned) || a.i - b.i)
    .slice(0, keep)
    .sort((a, b) => a.i - b.i)
    .map((s) => s.t);
}

/** Hashtag stuffing: more than four tags. A trailing block of tags is cut to the two most relevant. */
export const rule: Rule = {
  id: 'hashtag-stuffing',
  category: 'shouting',
  polarity: 'sales',
  weight: 7,
  description: 'More than four hashtags; the rewrite keeps the two most relevant.',
  message: 'Too many hashtags',
  why: 'A pile of hashtags looks like reach-chasing; two relevant ones help people find you.',
  examples: {
    flagged: ['Great run today #running #fitness #health #motivation #goals #life'],
    clean: ['Loved the meetup #javascript #community'],
  },
  detect(doc) {
    const tags = doc.hashtags;
    if (tags.length <= MAX_TAGS) return [];
    // Group tags separated only by spaces or punctuation into blocks.
    const blocks: Span[][] = [];
    for (const t of tags) {
      const last = blocks[blocks.length - 1];
      const prev = last?.[last.length - 1];
      if (last && prev && /^[\s,.;|·•]*$/.test(doc.text.slice(prev.end, t.start))) last.push(t);
      else blocks.push([t]);
    }
    const hits: Hit[] = [];
    const strength = Math.min(2, (tags.length - MAX_TAGS) / 3 + 0.5);
    for (const block of blocks) {
      if (block.length < 3) continue;
      const first = block[0] as Span;
      const lastTag = block[block.length - 1] as Span;
      const keep = mostRelevant(doc, block, KEEP);
      const text = keep.map((t) => doc.text.slice(t.start, t.end)).join(' ');
      hits.push({
        start: first.start,
        end: lastTag.end,
        strength,
        message: `${block.length} hashtags in a row`,
        suggestions: [{ label: `Keep ${text}`, text }],
      });
    }
    if (hits.length === 0) {
      // Tags scattered through the text: flag each one past the limit.
      for (const t of tags.slice(MAX_TAGS)) {
        hits.push({
          ...t,
          strength: 0.5,
          suggestions: [{ label: 'Remove this hashtag', text: '' }],
        });
      }
    }
    return hits;
  },
};
