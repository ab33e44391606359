/**
 * Phrase matching over doc.lower with word boundaries. Lexicon phrases are plain lower-case
 * words with a tiny syntax, so word lists stay data:
 *   a space      one or more whitespace characters (line breaks included)
 *   '            an optional straight or curly apostrophe ("dont" matches "don't")
 *   *            at the end of a word: any further letters ("subscrib*")
 *   {n}          a number such as 3, 1,000 or 2.5
 *   {money}      an amount of money: $49, £1000, 5k dollars, €9 500
 *   {handle}     an @handle
 *   {word}       any single word
 *   {w?}         an optional word and its space ("our {w?}app" matches "our app" and "our new app")
 */
import type { Doc, Span } from './doc';

const TOKENS: Record<string, string> = {
  '{n}': '\\d[\\d,.]*',
  '{money}':
    '(?:[$£€]\\s?\\d[\\d,. ]*\\d(?:\\s?[km]\\b)?|[$£€]\\s?\\d|\\d[\\d,.]*\\s?(?:k\\s?)?(?:grand|bucks|dollars?|usd|pounds?|gbp|euros?|eur)(?![\\p{L}]))',
  '{handle}': '@[\\p{L}\\p{N}_.]+',
  '{word}': '[\\p{L}\\p{N}]+',
  '{w?}': "(?:[\\p{L}\\p{N}'’-]+\\s+)?",
};

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const AFTER = '(?![\\p{L}\\p{N}_])';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Translates one lexicon phrase into a regex source (without boundaries). */
export function phraseSource(phrase: string): string {
  let out = '';
  let i = 0;
  while (i < phrase.length) {
    const ch = phrase[i] as string;
    if (ch === '{') {
      const close = phrase.indexOf('}', i);
      const token = close > 0 ? TOKENS[phrase.slice(i, close + 1)] : undefined;
      if (token !== undefined) {
        out += token;
        i = close + 1;
        continue;
      }
    }
    if (ch === ' ') {
      while (phrase[i + 1] === ' ') i++;
      out += '\\s+';
    } else if (ch === "'" || ch === '’') out += "['’]?";
    else if (ch === '*' && i > 0 && WORD_CHAR.test(phrase[i - 1] as string)) out += '\\p{L}*';
    else out += escapeRegex(ch);
    i++;
  }
  return out;
}

const cache = new Map<string, RegExp>();
/** Sticky versions without the leading boundary, tried only at token starts by scan(). */
const stickyTwins = new WeakMap<RegExp, RegExp>();
/** Characters a phrase list can start with; scan() skips other token starts without running the regex. */
const firstChars = new WeakMap<RegExp, Set<string>>();

const DIGITS = '0123456789';
const TOKEN_FIRST: Record<string, string | undefined> = {
  '{n}': DIGITS,
  '{money}': `$£€${DIGITS}`,
  '{handle}': '@',
};

/** The possible first characters of the phrases, or undefined when any character may start one. */
function startSet(phrases: readonly string[]): Set<string> | undefined {
  const set = new Set<string>();
  for (const p of phrases) {
    if (p.startsWith('{')) {
      const chars = TOKEN_FIRST[p.slice(0, p.indexOf('}') + 1)];
      if (chars === undefined) return undefined;
      for (const c of chars) set.add(c);
    } else if (p[0] === "'" || p[0] === '’') return undefined;
    else set.add(p[0] as string);
  }
  return set;
}

/** One global regex matching any of the phrases as whole words, longest first; compiled once per list. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const sorted = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  const body = sorted.map(phraseSource).join('|');
  // Boundaries are factored out of the alternation: compiling them per phrase is slow.
  const re =
    sorted.length === 0 ? /(?!)/gu : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})${AFTER}`, 'gu');
  if (sorted.length > 0) stickyTwins.set(re, new RegExp(`(?:${body})${AFTER}`, 'uy'));
  const first = startSet(sorted);
  if (first) firstChars.set(re, first);
  if (cache.size > 200) cache.clear();
  cache.set(key, re);
  return re;
}

// Token starts of the last few haystacks (doc.lower and doc.text of the current analysis).
const startsCache = new Map<string, number[]>();

function isWordCode(c: number, ch: string): boolean {
  if (c < 128)
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(ch);
}

/** Positions where a token (a word, or a run of symbols) begins; cached for the last haystack. */
function tokenStarts(haystack: string): number[] {
  const cached = startsCache.get(haystack);
  if (cached) return cached;
  const starts: number[] = [];
  let prevWord = false;
  let prevSpace = true;
  for (let i = 0; i < haystack.length; i++) {
    const c = haystack.charCodeAt(i);
    const ch = haystack[i] as string;
    const space = c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && /\s/.test(ch));
    if (space) {
      prevSpace = true;
      prevWord = false;
      continue;
    }
    const word = isWordCode(c, ch);
    if (prevSpace || word !== prevWord) starts.push(i);
    prevSpace = false;
    prevWord = word;
  }
  if (startsCache.size >= 4) startsCache.clear();
  startsCache.set(haystack, starts);
  return starts;
}

/**
 * Every non-overlapping match of re in haystack (normally doc.lower), as spans. The regex is tried
 * only where a token begins (sticky), which keeps big phrase lists fast on long drafts.
 */
export function scan(haystack: string, re: RegExp): Span[] {
  let sticky = stickyTwins.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace('g', '').replace('y', '')}y`);
    stickyTwins.set(re, sticky);
  }
  const first = firstChars.get(re);
  const spans: Span[] = [];
  let next = 0;
  for (const pos of tokenStarts(haystack)) {
    if (pos < next) continue;
    if (first && !first.has(haystack[pos] as string)) continue;
    sticky.lastIndex = pos;
    const m = sticky.exec(haystack);
    if (!m || m[0].length === 0) continue;
    spans.push({ start: pos, end: pos + m[0].length });
    next = pos + m[0].length;
  }
  return spans;
}

/** True when the phrase list matches anywhere in haystack. */
export function hasAny(haystack: string, re: RegExp): boolean {
  re.lastIndex = 0;
  const found = re.test(haystack);
  re.lastIndex = 0;
  return found;
}

/** Drops spans that are negated ("I'm not selling") or inside quotation marks. */
export function inContext(doc: Doc, spans: Span[]): Span[] {
  return spans.filter((s) => !doc.inQuote(s.start) && !doc.isNegated(s.start));
}

/** Words that may open an imperative without being its subject: "please", "hey guys", "so just". */
const OPENERS = new Set([
  'please',
  'pls',
  'plz',
  'plzz',
  'kindly',
  'so',
  'just',
  'now',
  'and',
  'then',
  'also',
  'hey',
  'hi',
  'hello',
  'guys',
  'everyone',
  'everybody',
  'all',
  'yall',
  "y'all",
  'friends',
  'folks',
  'people',
  'simply',
  'definitely',
  'seriously',
  'really',
  'oh',
  'ok',
  'okay',
  'lol',
  'go',
  'come',
  'quickly',
  'quick',
  'ps',
  'btw',
  'pls',
  'u',
  'must',
  'dont',
  'forget',
  'to',
  'also',
  'why',
  'not',
  'ahead',
  'yo',
  'rt',
  'dear',
  'ladies',
  'gentlemen',
  'fans',
  'subscribers',
  'viewers',
  'fam',
  'team',
  'today',
]);
/** How far back imperativeAt looks for the start of a clause. */
const IMPERATIVE_REACH = 120;
/** Phrases after which a verb addresses the reader: "you can", "make sure you", "be sure to". */
const ADDRESS = phraseRegexLate([
  'you can',
  'you could',
  'you should',
  'you must',
  'you need to',
  'you have to',
  'you gotta',
  'make sure to',
  'make sure you',
  'be sure to',
  'feel free to',
  "don't forget to",
  'dont forget to',
  'can you',
  'could you',
  'would you',
  'will you',
  'can u',
  'go ahead and',
  'come and',
  'you guys should',
  'all you have to do is',
  'all you need to do is',
  'why not',
  'you will want to',
  "you'll want to",
]);

function phraseRegexLate(list: string[]): () => RegExp {
  let re: RegExp | undefined;
  return () => {
    re ??= new RegExp(`(?:${list.map((p) => phraseSource(p)).join('|')})\\s*$`, 'u');
    return re;
  };
}

/**
 * True when the word at pos reads as an instruction to the reader: it opens its sentence or
 * clause (after openers such as "please" or "hey guys,"), or follows "you can", "make sure to"...
 * "I finally decided to buy a house" is not; "Buy it now" and "you can buy it here" are.
 */
export function imperativeAt(doc: Doc, pos: number): boolean {
  const sentence = doc.sentenceAt(pos);
  const from = sentence?.start ?? 0;
  // Openers are a few words long, so a bounded look back is enough (and keeps long drafts linear).
  const windowStart = Math.max(from, pos - IMPERATIVE_REACH);
  const before = doc.lower.slice(windowStart, pos);
  // Clause boundaries inside a sentence: colon, dash, arrow, pipe, bullet, comma, parenthesis.
  const cut = Math.max(
    before.lastIndexOf(':'),
    before.lastIndexOf(' - '),
    before.lastIndexOf('—'),
    before.lastIndexOf('–'),
    before.lastIndexOf('|'),
    before.lastIndexOf('→'),
    before.lastIndexOf('>'),
    before.lastIndexOf('('),
    before.lastIndexOf(','),
    before.lastIndexOf('•'),
    before.lastIndexOf('👉'),
    before.lastIndexOf('➡'),
  );
  if (cut < 0 && windowStart > from) return false;
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  if (ADDRESS().test(clause.trimEnd())) return true;
  const words = clause.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  for (const w of words) if (!OPENERS.has(w)) return false;
  return true;
}

const CLAUSE_BREAK = /[,;:—–|()→•\n]/;
/** Longest reach of a clause on either side of a hit, in characters. */
const CLAUSE_REACH = 300;

/** The clause around [start, end): bounded by its sentence and by , ; : — ( ) | → • (trimmed). */
export function clauseAround(doc: Doc, start: number, end: number): Span {
  const sentence = doc.sentenceAt(start);
  const from = sentence?.start ?? start;
  const to = Math.max(sentence?.end ?? end, end);
  let s = start;
  // Bounded both ways so a draft without punctuation stays linear.
  const floor = Math.max(from, start - CLAUSE_REACH);
  const ceil = Math.min(to, end + CLAUSE_REACH);
  while (s > floor && !CLAUSE_BREAK.test(doc.text[s - 1] as string)) s--;
  let e = end;
  while (e < ceil && !CLAUSE_BREAK.test(doc.text[e] as string)) e++;
  // Leave the sentence's own closing punctuation for the cleanup to judge.
  while (e > end && /[.!?…\s"'”’]/.test(doc.text[e - 1] as string)) e--;
  while (s < start && /\s/.test(doc.text[s] as string)) s++;
  return { start: s, end: e };
}

/** A suggestion that removes the whole clause holding [start, end). */
export function dropClause(
  doc: Doc,
  start: number,
  end: number,
  label: string,
): RuleSuggestionLike {
  const c = clauseAround(doc, start, end);
  return { label, text: '', start: c.start, end: c.end };
}

/** Same shape as RuleSuggestion in rule.ts (kept structural to avoid an import cycle). */
export interface RuleSuggestionLike {
  label: string;
  text: string;
  start?: number;
  end?: number;
}

// "this essay by @ana", "by Dana Lee", "from @studio", "@ana's thread": someone else's work.
const CREDITED = /(?:\sby\s+(?:@|\p{Lu})|\sfrom\s+@|@[\p{L}\p{N}_]+['’]s\s)/u;

const READER = /(?<![\p{L}])(?:you|your|yours|you['’](?:ll|re|ve|d))(?![\p{L}])/u;
const WRITER =
  /(?<![\p{L}])(?:i|i['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our|me|us)(?![\p{L}])/u;

/** True when lower-case text speaks to the reader ("you", "your"). */
export function addressesReader(lower: string): boolean {
  return READER.test(lower);
}

/** True when lower-case text speaks of the writer as subject or owner ("I", "we", "my", "our"). */
export function speaksOfWriter(lower: string): boolean {
  return WRITER.test(lower);
}

/** True when a clause of the original text credits someone else's work ("read this piece by Dana"). */
export function creditsOther(clause: string): boolean {
  return CREDITED.test(clause);
}

/** Removes spans that overlap an earlier-kept one (input order = priority); linear in the spans' lengths. */
export function dropOverlaps<T extends Span>(spans: T[]): T[] {
  if (spans.length < 2) return spans;
  let max = 0;
  for (const s of spans) if (s.end > max) max = s.end;
  const covered = new Uint8Array(max + 1);
  const kept: T[] = [];
  outer: for (const s of spans) {
    for (let i = s.start; i < s.end; i++) if (covered[i]) continue outer;
    covered.fill(1, s.start, s.end);
    kept.push(s);
  }
  return kept;
}

/** A character map of where spans lie, for overlap tests that stay linear on long drafts. */
export function coverage(spans: readonly Span[], length: number): Uint8Array {
  const covered = new Uint8Array(length + 1);
  for (const s of spans) covered.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return covered;
}

/** True when any position of [start, end) is covered. */
export function touches(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i]) return true;
  return false;
}
