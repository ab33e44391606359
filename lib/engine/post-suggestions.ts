/**
 * Whole-post suggestions: end with a question about the topic, say why it matters (from the
 * mission), trim a wall of hashtags to the two that fit. Each is an exact replacement of
 * [start, end) that leaves clean text.
 */
import { sharesWhy } from './checklist';
import { atSentenceStart } from './clean';
import type { Doc, Span } from './doc';
import { GENERIC_WORDS } from './lexicon/generic-words';
import { MASS_NOUNS, VAGUE_WORDS } from './lexicon/topic-words';
import { lexiconTag, nlpReady, pluralOf, singularOf, wordFamilies } from './nlp';
import { matchPassions, profileIndex } from './profile';
import type { Finding, PostSuggestion } from './types';

const SKIP = new Set([...GENERIC_WORDS, ...VAGUE_WORDS]);
const MASS = new Set(MASS_NOUNS);
const NOUN_TAGS = new Set([
  'Singular',
  'Plural',
  'Uncountable',
  'Noun',
  'Actor',
  'Place',
  'Country',
  'City',
]);
const NOUN_CONTEXT = new Set([
  'Adjective',
  'Preposition',
  'Determiner',
  'Possessive',
  'Value',
  'Cardinal',
]);
const MODIFIER_TAGS = new Set(['Adjective', 'Singular', 'Uncountable', 'Noun']);
/** Words looked at for the topic; a longer draft's topic shows in its opening. */
const TOPIC_WORDS = 400;
const MIN_WORDS = 3;
const MAX_MISSION = 200;
/** Share of words compromise's lexicon knows in a typical English post is well above this. */
const ENGLISH_SHARE = 0.3;

/** Where a sentence added at the end goes: before a closing line of hashtags, after the last words. */
export function endInsertion(doc: Doc): { from: number; at: number; before: string } {
  const text = doc.text;
  let end = text.trimEnd().length;
  // A closing block of lines holding only hashtags stays last.
  for (;;) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end);
    if (line.trim() === '' || !/^(?:\s*#[^\s#]+)+\s*$/u.test(line) || lineStart === 0) break;
    end = text.slice(0, lineStart).trimEnd().length;
  }
  if (end === 0) return { from: 0, at: 0, before: '' };
  const content = text.slice(0, end);
  const last = text[end - 1] as string;
  const endsInLink =
    doc.links.some((l) => l.end === end) || doc.hashtags.some((h) => h.end === end);
  const paragraphs = /\n\s*\n/.test(content);
  if (endsInLink) return { from: end, at: end, before: '\n\n' };
  const sep = paragraphs ? '\n\n' : ' ';
  // A draft that trails off with a comma or a dash gets a full stop in its place.
  const dangling = /[\s,;:–—-]*[,;:–—-]$/u.exec(content);
  if (dangling && dangling.index > 0) return { from: dangling.index, at: end, before: `.${sep}` };
  const stop = /[\p{L}\p{N}%)\]"'”’]/u.test(last) ? '.' : '';
  return { from: end, at: end, before: stop + sep };
}

interface Candidate {
  surface: string;
  count: number;
  first: number;
  plural: boolean;
  proper: boolean;
  /** Seen written in lower case somewhere, so not a name. */
  lower: boolean;
  words: number;
}

/** Words that are plural by their ending although the lexicon does not know them ("goals", "machines"). */
function looksPlural(word: string, tag: string | undefined): boolean {
  return tag === 'Plural' || (tag === undefined && word.length > 3 && /[^su'’]s$/.test(word));
}

/** The post's main noun phrase: a noun (or adjective + noun) it comes back to, counting its hashtags. */
export function mainTopic(doc: Doc): string | undefined {
  const passion = matchPassions(doc)[0];
  if (passion) return passion.term.replace(/^#/, '').toLowerCase();
  const hashtagBodies = new Set(doc.hashtags.map((h) => doc.lower.slice(h.start + 1, h.end)));
  const skipSpans = [...doc.links, ...doc.mentions, ...doc.hashtags].sort(
    (a, b) => a.start - b.start,
  );
  const found = new Map<string, Candidate>();
  const add = (key: string, c: Omit<Candidate, 'count'>) => {
    const known = found.get(key);
    if (known) {
      known.count++;
      known.lower ||= c.lower;
      if (c.proper && !known.proper) {
        known.proper = true;
        known.surface = c.surface;
      }
    } else found.set(key, { ...c, count: 1 });
  };
  let k = 0;
  let prev: { word: string; tag: string | undefined; end: number; start: number } | undefined;
  for (const w of doc.words.slice(0, TOPIC_WORDS)) {
    while (k < skipSpans.length && (skipSpans[k] as Span).end <= w.start) k++;
    const skip = skipSpans[k];
    if (skip && w.start >= skip.start) {
      prev = undefined;
      continue;
    }
    const word = w.lower;
    const tag = lexiconTag(word);
    const prevTag = prev?.tag;
    // "engineers" is also a verb form; after "good" or "on" it is the noun.
    const verbAsNoun =
      tag === 'PresentTense' &&
      word.endsWith('s') &&
      prevTag !== undefined &&
      NOUN_CONTEXT.has(prevTag);
    if ((verbAsNoun && okWord(word)) || nounish(word, tag)) {
      const plural = verbAsNoun || looksPlural(word, tag);
      const key = plural ? singularOf(word) : word;
      const capital = /^\p{Lu}/u.test(w.text);
      const proper = capital && !atSentenceStart(doc.text, w.start);
      add(key, {
        surface: proper ? w.text : word,
        first: w.start,
        plural,
        proper,
        lower: !capital,
        words: 1,
      });
      if (
        prev &&
        okWord(prev.word) &&
        (prevTag === undefined ? !/(?:ly|ing|ed)$/.test(prev.word) : MODIFIER_TAGS.has(prevTag)) &&
        /^ +$/.test(doc.text.slice(prev.end, w.start))
      ) {
        const surface = doc.text.slice(prev.start, w.end);
        const properPair = /^\p{Lu}/u.test(surface) && !atSentenceStart(doc.text, prev.start);
        add(`${prev.word} ${key}`, {
          surface: properPair ? surface : surface.toLowerCase(),
          first: prev.start,
          plural,
          proper: properPair,
          lower: !/^\p{Lu}/u.test(surface),
          words: 2,
        });
      }
    }
    prev = { word, tag, start: w.start, end: w.end };
  }
  let best: Candidate | undefined;
  const score = (key: string, c: Candidate) =>
    (c.count + (hashtagBodies.has(key.replace(' ', '')) ? 1 : 0)) * (c.words === 2 ? 1.6 : 1);
  let bestScore = 0;
  for (const [key, c] of found) {
    const sc = score(key, c);
    // A noun said once is a guess; a topic is something the post comes back to.
    if (sc < 2) continue;
    if (!best || sc > bestScore || (sc === bestScore && c.first < best.first)) {
      best = c;
      bestScore = sc;
    }
  }
  if (!best) return undefined;
  if (best.proper && best.lower) {
    best.proper = false;
    best.surface = best.surface.toLowerCase();
  }
  const last = best.surface.split(' ').pop() as string;
  if (best.plural || best.proper || MASS.has(last.toLowerCase()) || last.length < 3)
    return best.surface;
  // Countable singular nouns read better as plurals: "your take on bakeries", not "on bakery".
  if (/(?:ing|ness|ship|ism|ics|ware|ity|ion|s)$/.test(last)) return best.surface;
  return best.surface.slice(0, best.surface.length - last.length) + pluralOf(last);
}

/** True when enough of the draft's words are known English words for an English suggestion to fit. */
function looksEnglish(doc: Doc): boolean {
  let known = 0;
  let seen = 0;
  for (const w of doc.words) {
    if (!/^\p{L}{2,}$/u.test(w.lower)) continue;
    if (lexiconTag(w.lower) !== undefined) known++;
    if (++seen >= 200) break;
  }
  return seen > 0 && known / seen >= ENGLISH_SHARE;
}

function okWord(word: string): boolean {
  return word.length >= 3 && /^\p{L}+$/u.test(word) && !SKIP.has(word);
}

function nounish(word: string, tag: string | undefined): boolean {
  if (!okWord(word)) return false;
  if (tag === undefined) return !/(?:ly|ing|ed)$/.test(word);
  return NOUN_TAGS.has(tag);
}

function insertion(doc: Doc, sentence: string): { start: number; end: number; text: string } {
  const { from, at, before } = endInsertion(doc);
  return { start: from, end: at, text: before + sentence };
}

function hasInvitingQuestion(findings: Finding[]): boolean {
  return findings.some((f) => f.polarity === 'authentic' && f.category === 'question');
}

const posCache = new Map<string, string | undefined>();

/** Part of speech of a phrase's first word in context, cached by phrase. */
function firstPos(phrase: string): string | undefined {
  if (!nlpReady()) return undefined;
  if (!posCache.has(phrase)) {
    if (posCache.size > 32) posCache.clear();
    posCache.set(phrase, wordFamilies(phrase)[0]?.pos);
  }
  return posCache.get(phrase);
}

// Words compromise reads as nouns that open a mission as a verb ("help first-time bakers ...").
const NOUN_OR_VERB = new Set([
  'help',
  'support',
  'change',
  'champion',
  'spark',
  'fuel',
  'host',
  'mentor',
]);

/** One sentence saying why the post matters, built from the mission ("to help kids code" -> "...because I want to help kids code."). */
export function whySentence(mission: string): string | undefined {
  let m = (mission.trim().split(/(?<=[.!?])\s+|\n/u)[0] ?? '').trim();
  if (!m || m.endsWith('?') || !/\p{L}/u.test(m)) return undefined;
  if (m.length > MAX_MISSION)
    m = m.slice(0, m.lastIndexOf(' ', MAX_MISSION)).trim() || m.slice(0, MAX_MISSION);
  // Quotes and odd spacing from the popup field would leave unbalanced or doubled marks.
  m = m
    .replace(/["“”«»]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s'’.,;:!…-]+|[\s'’.,;:!…-]+$/gu, '');
  if (!/\p{L}/u.test(m)) return undefined;
  const firstWord = (m.match(/^[\p{L}'’]+/u)?.[0] ?? '').toLowerCase();
  const rest = m.slice(firstWord.length);
  const lowerFirst = (s: string) =>
    /^(?:I|I['’]\p{L}+)(?!\p{L})/u.test(s)
      ? s
      : s.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
  const lead = 'This matters to me because';
  if (firstWord === 'because') return `${lead} ${rest.trim()}.`;
  if (firstWord === 'to') return `${lead} I want ${lowerFirst(m)}.`;
  if (/^i(?:['’]\p{L}+)?$/u.test(firstWord)) return `${lead} I${m.slice(1)}.`;
  if (['we', "we're", 'we’re', 'my', 'our'].includes(firstWord)) return `${lead} ${lowerFirst(m)}.`;
  const pos = firstPos(m);
  const tag = lexiconTag(firstWord);
  const gerund =
    tag === 'Gerund' || ((pos === 'verb' || tag === undefined) && firstWord.endsWith('ing'));
  if (gerund) return `${lead} I love ${lowerFirst(m)}.`;
  if (pos === 'verb' || tag === 'Infinitive' || NOUN_OR_VERB.has(firstWord))
    return `${lead} I want to ${lowerFirst(m)}.`;
  return `${lead} I care about ${lowerFirst(m)}.`;
}

/** Runs of hashtags separated only by spaces or line breaks, longest first. */
function hashtagRuns(doc: Doc): Span[][] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  for (const h of doc.hashtags) {
    const prev = run[run.length - 1];
    if (prev && /^\s+$/u.test(doc.text.slice(prev.end, h.start))) run.push(h);
    else {
      if (run.length) runs.push(run);
      run = [h];
    }
  }
  if (run.length) runs.push(run);
  return runs.sort((a, b) => b.length - a.length || (a[0] as Span).start - (b[0] as Span).start);
}

/** The `keep` hashtags of a run most related to the post's words and passions, in their original order. */
export function rankHashtags(doc: Doc, run: readonly Span[], keep = 2): Span[] {
  const tags = new Set(doc.hashtags.map((h) => h.start + 1));
  const words = new Set<string>();
  for (const w of doc.words.slice(0, TOPIC_WORDS)) {
    if (!tags.has(w.start) && okWord(w.lower))
      words.add(w.lower.length > 4 ? w.lower.replace(/s$/, '') : w.lower);
  }
  const passionForms: string[] = [];
  for (const p of profileIndex(doc.profile).passions)
    for (const w of p.words) passionForms.push(...w.forms);
  const scored = run.map((h, order) => {
    const body = doc.lower.slice(h.start + 1, h.end).replace(/_/g, '');
    let score = 0;
    for (const w of words) if (body.includes(w)) score++;
    if (passionForms.some((f) => f.length >= 3 && body.includes(f))) score += 2;
    return { h, order, score };
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, keep)
    .sort((a, b) => a.order - b.order)
    .map((s) => s.h);
}

/** Whole-post suggestions for a draft, given the findings of its rules. */
export function buildPostSuggestions(doc: Doc, findings: Finding[]): PostSuggestion[] {
  const out: PostSuggestion[] = [];
  const enough = doc.words.length >= MIN_WORDS && looksEnglish(doc);
  if (enough && !hasInvitingQuestion(findings)) {
    const topic = mainTopic(doc);
    const fromPassion = topic !== undefined && matchPassions(doc).length > 0;
    const question =
      topic === undefined
        ? 'What would you add?'
        : fromPassion
          ? `What got you into ${topic}?`
          : `What's your take on ${topic}?`;
    out.push({
      kind: 'add-question',
      label: 'End with a question',
      why: 'A question about your topic invites readers to answer with their own experience, and that is where relationships start.',
      ...insertion(doc, question),
    });
  }
  if (enough && doc.profile.mission.trim() && !sharesWhy(doc, findings)) {
    const sentence = whySentence(doc.profile.mission);
    if (sentence) {
      out.push({
        kind: 'add-why',
        label: 'Say why it matters to you',
        why: 'Your mission is what makes a post yours; one sentence of why turns an update into something people remember you for.',
        ...insertion(doc, sentence),
      });
    }
  }
  if (doc.hashtags.length > 3) {
    const run = hashtagRuns(doc)[0];
    if (run && run.length >= 3) {
      const kept = rankHashtags(doc, run);
      const start = (run[0] as Span).start;
      const end = (run[run.length - 1] as Span).end;
      out.push({
        kind: 'trim-hashtags',
        label: `Keep ${kept.length} hashtags instead of ${run.length}`,
        why: 'A wall of hashtags reads like an ad; the two that fit your post reach the people who care about it.',
        start,
        end,
        text: kept.map((h) => doc.text.slice(h.start, h.end)).join(' '),
      });
    }
  }
  return out;
}
