import type { Doc } from '../doc';
import { AD_IDIOMS, SPONSOR_TAGS } from '../lexicon/ad-copy';
import { dropOverlaps, inContext, phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

const IDIOMS = phraseRegex(AD_IDIOMS);
const SPONSOR = phraseRegex(SPONSOR_TAGS);
// "#brandAmbassador", "#partnerships": a tag that discloses a paid relationship.
const AMBASSADOR_TAG = /#[\p{L}\p{N}_]*(?:ambassador|sponsored|partnership)(?![\p{L}])/giu;
const CHECK_LINE = /^\s*(?:✓|✔️?|✅|☑️?)\s*\S/u;
const CHECK_INLINE = /(?:✓|✔️?|✅|☑️?)/gu;

/** Three or more checkmarked features: a spec sheet, not a story. */
function featureChecklist(doc: Doc): Hit | undefined {
  let first = -1;
  let last = -1;
  let count = 0;
  let offset = 0;
  for (const line of doc.text.split('\n')) {
    if (CHECK_LINE.test(line)) {
      if (first < 0) first = offset + line.search(/\S/);
      last = offset + line.trimEnd().length;
      count++;
    }
    offset += line.length + 1;
  }
  // Scrapers and editors sometimes flatten lines: checkmarks inside one line count too.
  if (count < 3) {
    const inline = [...doc.text.matchAll(CHECK_INLINE)];
    if (inline.length < 3) return undefined;
    first = inline[0]?.index ?? 0;
    last = (inline[inline.length - 1]?.index ?? 0) + 1;
  }
  // Checkmarks also list lessons and values, so a checklist alone stays incidental.
  return {
    start: first,
    end: last,
    strength: 0.35,
    message: 'A checklist of product features',
    suggestions: [],
  };
}

/** Ad copy with no sales word: benefit taglines to "you", feature checklists, sponsored-post tags. */
export const rule: Rule = {
  id: 'ad-copy',
  category: 'hype',
  polarity: 'sales',
  weight: 9,
  description:
    'Ad copy: say goodbye to…, your ultimate…, take your… to the next level, feature checklists, #ad and ambassador tags.',
  message: 'Reads like ad copy',
  why: 'Benefit taglines and feature lists are how ads talk; your own experience of the thing persuades more than its slogan.',
  examples: {
    flagged: [
      'Say goodbye to messy spreadsheets.',
      'Your ultimate study companion is here.',
      'Take your sourdough game to the next level.',
      'Loving my new blender #ad',
    ],
    clean: [
      'I had to say goodbye to my old car this week.',
      'The ultimate test of a friendship is a long road trip.',
      'Adding a hashtag is easy; saying something is harder.',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, IDIOMS))) {
      // "Say goodbye to my old car" is a farewell, not a product promise.
      if (/^\s+(?:my|our|his|her|their)\s/u.test(doc.lower.slice(s.end, s.end + 8))) continue;
      hits.push({ ...s, strength: 0.6, suggestions: [] });
    }
    for (const s of scan(doc.lower, SPONSOR)) hits.push({ ...s, strength: 2, suggestions: [] });
    for (const m of doc.text.matchAll(AMBASSADOR_TAG)) {
      const start = m.index ?? 0;
      hits.push({ start, end: start + m[0].length, strength: 2, suggestions: [] });
    }
    const list = featureChecklist(doc);
    if (list) hits.push(list);
    return dropOverlaps(hits);
  },
};
