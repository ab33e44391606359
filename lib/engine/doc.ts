import { type Lemma, lemmatize } from './nlp';
import type { Profile, Settings } from './types';

/** A half-open range [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** One word of the text with its lower-cased form. */
export interface Word extends Span {
  text: string;
  /** Lower-cased text. */
  lower: string;
}

/** One sentence (or line) of the text. */
export interface Sentence extends Span {
  text: string;
  /** Ends with a question mark (or is a question by its shape). */
  isQuestion: boolean;
}

/** The analysed text with the structure every rule needs, computed once per analysis. */
export interface Doc {
  text: string;
  /** Same length as text, lower-cased character by character, so offsets line up. */
  lower: string;
  words: Word[];
  sentences: Sentence[];
  /** Spans inside quotation marks. */
  quotes: Span[];
  profile: Profile;
  settings: Settings;
  sentenceAt(pos: number): Sentence | undefined;
  inQuote(pos: number): boolean;
  /** A negator ("not", "never", "don't", "no") stands within a few words before pos in its sentence. */
  isNegated(pos: number): boolean;
  inQuestion(pos: number): boolean;
  /** Links: http(s) URLs, www. addresses and bare domains such as example.com/page. */
  links: Span[];
  /** #hashtags (at least one letter). */
  hashtags: Span[];
  /** @mentions. */
  mentions: Span[];
  /** Index into words of the first word ending after pos (words.length when none). */
  wordIndexAt(pos: number): number;
  /** Lemmas from compromise, parsed on first call and cached; only profile matching needs them. */
  lemmas(): Lemma[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'without',
  "don't",
  'don’t',
  "didn't",
  'didn’t',
  "won't",
  'won’t',
  "isn't",
  'isn’t',
  "can't",
  'can’t',
  'cannot',
  "doesn't",
  'doesn’t',
  "wasn't",
  'wasn’t',
  'hardly',
  'stop',
]);
const NEGATION_WINDOW = 5;

/** Lower-cases without changing length (a few letters, such as İ, lengthen under toLowerCase). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

function pushSentence(text: string, sentences: Sentence[], from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end <= start) return;
  const s = text.slice(start, end);
  sentences.push({ start, end, text: s, isQuestion: /\?[!?]*["'”’)\]]*$/.test(s) });
}

// A sentence ends at a run of . ! ? … followed by space or the end (so "example.com" and "3.5"
// stay whole), or at a line break.
function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (ch === '\n') {
      pushSentence(text, sentences, from, i);
      from = i + 1;
      i++;
      continue;
    }
    if (TERMINATORS.has(ch)) {
      let j = i + 1;
      while (j < n && TERMINATORS.has(text[j] as string)) j++;
      while (j < n && CLOSERS.has(text[j] as string)) j++;
      if (j >= n || /\s/.test(text[j] as string)) {
        pushSentence(text, sentences, from, j);
        from = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  pushSentence(text, sentences, from, n);
  return sentences;
}

const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\p{L}\p{N}@._-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|co|io|ly|me|info|biz|tv|us|uk|gl|be|pl|ru|de|in|gg|app|shop|store|site|online|xyz|link)(?![\p{L}\p{N}])(?:\/[^\s<>"]*)?/giu;
const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{N}_]*\p{L}[\p{L}\p{N}\p{M}_]*/gu;
const MENTION = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu;

function findSpans(text: string, re: RegExp, trimEnd = false): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    if (trimEnd) while (end > start + 1 && /[.,;:!?)\]'"”’]/.test(text[end - 1] ?? '')) end--;
    spans.push({ start, end });
  }
  return spans;
}

function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  for (const m of text.matchAll(/"[^"\n]{1,400}"|“[^”\n]{1,400}”|«[^»\n]{1,400}»/g)) {
    const start = m.index ?? 0;
    quotes.push({ start, end: start + m[0].length });
  }
  return quotes;
}

/** Binary search for the span containing pos in a sorted, non-overlapping list. */
function spanAt<T extends Span>(spans: T[], pos: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as T;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Builds the Doc for one analysis. */
export function buildDoc(text: string, profile: Profile, settings: Settings): Doc {
  const lower = lowerSameLength(text);
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    words.push({ start, end, text: m[0], lower: lower.slice(start, end) });
  }
  const sentences = splitSentences(text);
  const quotes = findQuotes(text);
  const links = findSpans(text, LINK, true);
  const hashtags = findSpans(text, HASHTAG);
  const mentions = findSpans(text, MENTION);
  let lemmaCache: Lemma[] | undefined;

  const wordIndexAt = (pos: number): number => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid] as Word).end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const doc: Doc = {
    text,
    lower,
    words,
    sentences,
    quotes,
    links,
    hashtags,
    mentions,
    profile,
    settings,
    sentenceAt: (pos) => spanAt(sentences, pos),
    inQuote: (pos) => spanAt(quotes, pos) !== undefined,
    inQuestion: (pos) => spanAt(sentences, pos)?.isQuestion ?? false,
    isNegated(pos) {
      const sentence = spanAt(sentences, pos);
      const from = sentence?.start ?? 0;
      const i = wordIndexAt(pos);
      let after = pos;
      for (let k = i - 1; k >= 0 && k >= i - NEGATION_WINDOW; k--) {
        const w = words[k] as Word;
        if (w.start < from) break;
        // A negation does not reach across a clause break: "Don't wait, buy now" is still a pitch.
        if (/[,;:—–(]/.test(text.slice(w.end, after))) break;
        if (NEGATORS.has(w.lower)) return true;
        after = w.start;
      }
      return false;
    },
    wordIndexAt,
    lemmas() {
      lemmaCache ??= lemmatize(text);
      return lemmaCache;
    },
  };
  return doc;
}
