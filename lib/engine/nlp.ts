/**
 * The one place compromise is imported: lemmas for profile matching, word families, plurals and
 * the out-of-context tag of a word. Only compromise's public API is used: parsing, `.json()`,
 * `.compute('root')`, `.tag()`, `.nouns()`/`.verbs()` transforms and the `nlp.model()` accessor.
 */
import nlp from 'compromise';

let ready: () => boolean = () => true;

/**
 * Lets a host that loads compromise late (Chrome's service worker, which should answer before
 * it has evaluated compromise) say whether it is there yet. Until it is, nothing here calls it:
 * profile words match as written, word classes are unknown, and nothing learnt is cached.
 */
export function setNlpReadiness(check: () => boolean): void {
  ready = check;
}

/** True when compromise may be called (always, unless a host said otherwise). */
export function nlpReady(): boolean {
  return ready();
}

/** A word of the text with its root form. */
export interface Lemma {
  start: number;
  end: number;
  /** Root form: "baking" and "baked" both give "bake"; plurals give the singular. */
  lemma: string;
}

/** Longest text handed to the parser; beyond this, profile matching looks at the start only. */
const LEMMA_LIMIT = 20_000;

/** A term as compromise's `.json()` gives it, with the options used here. */
interface JsonTerm {
  normal?: string;
  root?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/** The terms of a parsed text, sentence by sentence, through the documented `.json()` output. */
function termsOf(view: ReturnType<typeof nlp>, offsets: boolean): JsonTerm[] {
  const sentences = view.json({ offset: offsets, terms: { normal: true, tags: true } }) as {
    terms?: JsonTerm[];
  }[];
  return sentences.flatMap((s) => s.terms ?? []);
}

/** Lemmas of every word in text (up to LEMMA_LIMIT characters), with UTF-16 offsets. */
export function lemmatize(text: string): Lemma[] {
  const input = text.length > LEMMA_LIMIT ? text.slice(0, LEMMA_LIMIT) : text;
  const out: Lemma[] = [];
  if (!ready()) return out;
  try {
    const doc = nlp(input);
    doc.compute('root');
    for (const term of termsOf(doc, true)) {
      const off = term.offset;
      const lemma = term.root || term.normal;
      if (!off || !lemma) continue;
      out.push({ start: off.start, end: off.start + off.length, lemma });
    }
  } catch {
    // The parser is third-party; a failure must cost profile matching, never the analysis.
  }
  return out;
}

/** One word of a profile phrase with its root in context and the inflected forms that share it. */
export interface WordFamily {
  /** The word as written, lower-cased. */
  word: string;
  /** Root in context: "baking" -> "bake", "kids" -> "kid". */
  lemma: string;
  /** Every surface form counted as the same word: "bake", "bakes", "baked", "baking". */
  forms: string[];
  /** Coarse part of speech in context, so callers can skip function words. */
  pos: 'noun' | 'verb' | 'adjective' | 'adverb' | 'function' | 'other';
}

const FUNCTION_TAGS = [
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Auxiliary',
  'Copula',
  'Modal',
  'QuestionWord',
  'Negative',
];

function posOf(tags: Set<string>): WordFamily['pos'] {
  if (FUNCTION_TAGS.some((t) => tags.has(t))) return 'function';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Noun')) return 'noun';
  if (tags.has('Adjective')) return 'adjective';
  if (tags.has('Adverb')) return 'adverb';
  return 'other';
}

/** The conjugations of a verb ("bake" -> bakes, baked, baking), future tense left out. */
function conjugations(infinitive: string): Record<string, string> {
  const doc = nlp(infinitive);
  doc.tag('Infinitive');
  const forms = doc.verbs().conjugate()[0] as Record<string, unknown> | undefined;
  const out: Record<string, string> = {};
  for (const [tense, form] of Object.entries(forms ?? {}))
    if (tense !== 'FutureTense' && typeof form === 'string') out[tense] = form;
  return out;
}

/** Word families of a short phrase (a mission or a passion); parses once, so callers should cache. */
export function wordFamilies(phrase: string): WordFamily[] {
  const out: WordFamily[] = [];
  if (!ready()) return exactFamilies(phrase);
  try {
    const doc = nlp(phrase.slice(0, 2_000));
    doc.compute('root');
    for (const term of termsOf(doc, false)) {
      const word = term.normal;
      if (!word) continue;
      const tags = new Set(term.tags ?? []);
      let pos = posOf(tags);
      let lemma = term.root || word;
      const forms = new Set<string>([word, lemma]);
      // A gerund the tagger took for a noun ("trail running") still belongs to its verb.
      if (!term.root && word.endsWith('ing') && pos === 'noun') {
        const gerund = nlp(word);
        gerund.tag('Gerund');
        const inf = gerund.verbs().toInfinitive().text('normal');
        if (inf && inf !== word && conjugations(inf).Gerund === word) {
          lemma = inf;
          pos = 'verb';
        }
      }
      if (pos === 'verb') for (const form of Object.values(conjugations(lemma))) forms.add(form);
      else if (pos === 'noun') {
        forms.add(pluralOf(lemma));
        forms.add(singularOf(word));
      }
      forms.add(lemma);
      out.push({ word, lemma, forms: [...forms].filter(Boolean), pos });
    }
  } catch {
    // Profile matching degrades to exact words rather than failing the analysis.
  }
  return out;
}

/** Families of the words exactly as written, for when compromise is not there yet. */
function exactFamilies(phrase: string): WordFamily[] {
  return (phrase.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((word) => ({
    word,
    lemma: word,
    forms: [word],
    pos: 'other',
  }));
}

let lexicon: Record<string, unknown> | undefined;

/** compromise's word list, read once through its public `nlp.model()` accessor ({} if its shape ever changes). */
function lexiconWords(): Record<string, unknown> {
  if (!lexicon) {
    const found = (nlp.model() as { one?: { lexicon?: unknown } }).one?.lexicon;
    lexicon = typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : {};
  }
  return lexicon;
}

/** The tag compromise's lexicon gives a lower-case word out of context ("Singular", "Infinitive"...), if any. */
export function lexiconTag(word: string): string | undefined {
  if (!ready()) return undefined;
  const words = lexiconWords();
  const tag = Object.hasOwn(words, word) ? words[word] : undefined;
  const first = Array.isArray(tag) ? tag[0] : tag;
  return typeof first === 'string' ? first : undefined;
}

const plurals = new Map<string, string>();
const singulars = new Map<string, string>();

function cached(cache: Map<string, string>, key: string, make: () => string): string {
  let out = cache.get(key);
  if (out !== undefined) return out;
  if (!ready()) return key;
  try {
    out = make() || key;
  } catch {
    out = key;
  }
  if (cache.size > 5_000) cache.clear();
  cache.set(key, out);
  return out;
}

type NounTransform = (word: string, model: object) => string;

/**
 * compromise's own noun inflection, read through its public `nlp.methods()` accessor: a parse per
 * word would cost milliseconds on every new topic word, this costs microseconds. Undefined if
 * the accessor ever changes shape; callers then fall back to a parse.
 */
function nounTransform(name: 'toPlural' | 'toSingular'): NounTransform | undefined {
  const methods = nlp.methods() as { two?: { transform?: { noun?: Record<string, unknown> } } };
  const fn = methods.two?.transform?.noun?.[name];
  return typeof fn === 'function' ? (fn as NounTransform) : undefined;
}

/** Plural of a countable noun ("bakery" -> "bakeries"); uncountable nouns come back unchanged. Cached. */
export function pluralOf(noun: string): string {
  return cached(plurals, noun, () => {
    // An uncountable noun ("information") has no plural.
    if (lexiconTag(noun) === 'Uncountable') return noun;
    const fast = nounTransform('toPlural');
    if (fast) return fast(noun, nlp.model());
    const doc = nlp(noun);
    doc.tag('Singular');
    return doc.nouns().toPlural().text('normal');
  });
}

/** Singular of a plural noun ("bakeries" -> "bakery"); other words come back unchanged. Cached. */
export function singularOf(noun: string): string {
  return cached(singulars, noun, () => {
    const fast = nounTransform('toSingular');
    if (fast) return fast(noun, nlp.model());
    const doc = nlp(noun);
    doc.tag('Plural');
    return doc.nouns().toSingular().text('normal');
  });
}
