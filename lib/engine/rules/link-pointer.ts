import type { Doc } from '../doc';
import { GO_VERBS, OWN_PLACES, POINTER_PHRASES, POINTER_VERBS } from '../lexicon/pointers';
import {
  clauseAround,
  creditsOther,
  dropOverlaps,
  imperativeAt,
  inContext,
  phraseRegex,
  phraseSource,
  scan,
} from '../match';
import type { Hit, Rule, RuleSuggestion } from '../rule';

const PHRASES = phraseRegex(POINTER_PHRASES);
const GO = phraseRegex(GO_VERBS);
const PLACES = new RegExp(`^\\s+(?:${OWN_PLACES.map(phraseSource).join('|')})(?![\\p{L}])`, 'u');
// "… learn how to start here:", "grab it here 👇", "details below ↓": a verb of getting, then "here"/"below" as the clause's last word.
const HERE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${POINTER_VERBS.map(phraseSource).join('|')})(?![\\p{L}])[^.!?\\n]{0,80}?\\s(?:here|below)\\s*((?::|👇|⬇️|⬇|↓|->|→|⤵️|👉|\\.{3}|…)*)\\s*(?=$|\\n|https?:|www\\.)`,
  'gu',
);
// "Read the 📌 comment", "check my first comment": the rest of the post is somewhere else.
const COMMENT_POINTER =
  /(?<![\p{L}])(?:read|check|see|find|open)\s+(?:the|my|our)\s+(?:[^\s.!?]+\s+){0,2}?comments?(?![\p{L}])/gu;
// A post whose last line ends on a colon ("Here's how to start:") promises content it does not hold.
const COLON_END = /[\p{L}\p{N})"”’]\s*:$/u;
// A pointing emoji or arrow right before a link.
const ARROW_LINK = /(?:👉|👇|⬇️|➡️|→|->|⤵️)\s*$/u;

function linkAfter(doc: Doc, pos: number, reach = 6): boolean {
  const next = doc.links.find((l) => l.start >= pos);
  return (
    next !== undefined &&
    /^(?:[\s:↓→>-]|👇|👉|⬇️?)*$/u.test(doc.text.slice(pos, next.start)) &&
    next.start - pos <= reach + 4
  );
}

/** The pointer said once, plainly: "more here", "the link is in the comments", "it's on my website". */
function plainMention(doc: Doc, start: number, end: number, text: string): RuleSuggestion[] {
  const c = clauseAround(doc, start, end);
  return [{ label: 'Mention it plainly', text, start: c.start, end }];
}

/** Link pointers: a post that exists to send readers elsewhere ("link in the comments", "learn how here:"). */
export const rule: Rule = {
  id: 'link-pointer',
  category: 'call-to-action',
  polarity: 'sales',
  weight: 14,
  description:
    'Link pointers: link in the comments, learn how here:, head to my site, an arrow at a link, click here.',
  message: 'Points readers to a link',
  why: 'A post built to send people elsewhere reads as traffic-chasing; say where it is once, plainly, and let the post stand on its own.',
  examples: {
    flagged: [
      'I wrote up the whole process. Link in the comments.',
      'Learn how we cut our build time in half here:',
      'Want the full list? Head to my website.',
      'Our new planner 👉 https://example.com/planner',
    ],
    clean: [
      'Check out this piece by Dana Lee here: https://example.com/essay',
      'I left a comment on her post about the link between sleep and focus.',
      'We head to the coast tomorrow.',
      'I read it here and there on the train.',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, PHRASES))) {
      const comments = /comment/.test(doc.lower.slice(s.start, s.end));
      hits.push({
        ...s,
        suggestions: comments
          ? plainMention(doc, s.start, s.end, 'the link is in the comments')
          : [],
      });
    }
    for (const m of doc.lower.matchAll(HERE)) {
      const start = m.index ?? 0;
      const end = start + m[0].trimEnd().length;
      const clause = doc.text.slice(clauseAround(doc, start, end).start, end);
      // Someone else's work ("read this essay by @ana here:") is shared, not sold.
      if (creditsOther(clause) || doc.inQuote(start) || doc.isNegated(start)) continue;
      // Without a colon, an arrow or a link after it, "here" points only in an instruction.
      if (!m[1] && !linkAfter(doc, end) && !imperativeAt(doc, start)) continue;
      const word = /(here|below)\s*[^\s\p{L}]*\s*$/u.exec(m[0]);
      const here = start + (word?.index ?? 0) + (word?.[1]?.length ?? 0);
      hits.push({ start, end, suggestions: plainMention(doc, start, here, 'more here') });
    }
    for (const s of inContext(doc, scan(doc.lower, GO))) {
      if (!imperativeAt(doc, s.start)) continue;
      const after = doc.lower.slice(s.end, s.end + 40);
      if (!(PLACES.test(after) || linkAfter(doc, s.end) || /^\s+\S+\s*\[dot\]/.test(after)))
        continue;
      hits.push({ ...s, suggestions: plainMention(doc, s.start, s.end, 'it’s on') });
    }
    for (const m of doc.lower.matchAll(COMMENT_POINTER)) {
      const start = m.index ?? 0;
      if (!imperativeAt(doc, start) || doc.isNegated(start)) continue;
      hits.push({ start, end: start + m[0].length, suggestions: [] });
    }
    const last = doc.sentences[doc.sentences.length - 1];
    if (
      last &&
      doc.words.length >= 3 &&
      COLON_END.test(doc.text.slice(Math.max(last.start, last.end - 4), last.end))
    )
      hits.push({
        start: last.start,
        end: last.end,
        strength: 0.6,
        message: 'Ends on a colon: the rest is elsewhere',
        suggestions: [],
      });
    // Arrows also mark items of a list of references, so only the first arrowed link counts.
    const arrowed = doc.links.find((l) =>
      ARROW_LINK.test(doc.text.slice(Math.max(0, l.start - 6), l.start)),
    );
    if (arrowed)
      hits.push({ start: arrowed.start, end: arrowed.end, strength: 0.6, suggestions: [] });
    return dropOverlaps(hits);
  },
};
