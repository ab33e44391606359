import { coverage } from '../match';
import type { Hit, Rule } from '../rule';

// "… and https://b" loses its "and" with the link, so no dangling conjunction is left.
function withJoiner(text: string, start: number): number {
  const m = /(?:^|\s)(?:and|or|&|\+)\s+$/i.exec(text.slice(Math.max(0, start - 6), start));
  return m ? start - m[0].trimStart().length : start;
}

/** Links dropped into a post: one link among real words is fine, a bare link or several are promotion. */
export const rule: Rule = {
  id: 'link-drop',
  category: 'call-to-action',
  polarity: 'sales',
  weight: 9,
  description: 'Links: a bare link with little text, or several links in one post.',
  message: 'Link drop',
  why: 'Posts that mostly point elsewhere read as traffic-chasing; one link that supports your story is plenty.',
  examples: {
    flagged: [
      'www.example.com',
      'See https://a.example and https://b.example and https://c.example',
    ],
    clean: ['We shipped the new release today after a long month.'],
  },
  detect(doc) {
    const links = doc.links;
    if (links.length === 0) return [];
    // Hashtags and @mentions are not words of the post around the link.
    const notProse = coverage([...links, ...doc.hashtags, ...doc.mentions], doc.text.length);
    const bare = doc.words.filter((w) => !notProse[w.start]).length < 8;
    return links.map(
      (l, i): Hit => ({
        ...l,
        // Past the third, more links make a reading list more than a pitch.
        strength: i === 0 ? (bare ? 1 : 0.45) : i < 3 ? 0.6 : 0.15,
        suggestions:
          i === 0
            ? []
            : [{ label: 'Remove this extra link', text: '', start: withJoiner(doc.text, l.start) }],
      }),
    );
  },
};
