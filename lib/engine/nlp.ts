/** The one place compromise is imported: lemmas for profile matching, computed only on demand. */
import nlp from 'compromise';

/** A word of the text with its root form. */
export interface Lemma {
  start: number;
  end: number;
  /** Root form: "baking" and "baked" both give "bake"; plurals give the singular. */
  lemma: string;
}

/** Longest text handed to the parser; beyond this, profile matching looks at the start only. */
export const LEMMA_LIMIT = 20_000;

interface Term {
  normal?: string;
  root?: string;
  offset?: { start: number; length: number };
}

/** Lemmas of every word in text (up to LEMMA_LIMIT characters), with UTF-16 offsets. */
export function lemmatize(text: string): Lemma[] {
  const input = text.length > LEMMA_LIMIT ? text.slice(0, LEMMA_LIMIT) : text;
  const out: Lemma[] = [];
  try {
    const doc = nlp(input);
    doc.compute('root');
    doc.compute('offset');
    for (const sentence of doc.docs as Term[][]) {
      for (const term of sentence) {
        const off = term.offset;
        const lemma = term.root || term.normal;
        if (!off || !lemma) continue;
        out.push({ start: off.start, end: off.start + off.length, lemma });
      }
    }
  } catch {
    // The parser is third-party; a failure must cost profile matching, never the analysis.
  }
  return out;
}

/** Root forms of a short phrase such as a passion ("baking bread" -> ["bake", "bread"]). */
export function lemmasOf(phrase: string): string[] {
  return lemmatize(phrase).map((l) => l.lemma);
}

/** Time one full parse of text, as the benchmark's floor; returns the parse's term count. */
export function parseOnly(text: string): number {
  return nlp(text).terms().length;
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

interface TaggedTerm extends Term {
  tags?: Set<string>;
}

/** The slice of compromise's world that word families use (its typings leave world() untyped). */
interface Transforms {
  model: {
    one: { lexicon: Record<string, string | string[] | undefined> };
    two: { uncountable: Record<string, boolean | undefined> };
  };
  methods: {
    two: {
      transform: {
        verb: {
          toInfinitive(word: string, model: unknown, tense: string): string;
          conjugate(word: string, model: unknown): Record<string, string | undefined>;
        };
        noun: {
          toPlural(word: string, model: unknown): string;
          toSingular(word: string, model: unknown): string;
        };
      };
    };
  };
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

/** Word families of a short phrase (a mission or a passion); parses once, so callers should cache. */
export function wordFamilies(phrase: string): WordFamily[] {
  const out: WordFamily[] = [];
  try {
    const world = nlp.world() as Transforms;
    const { verb, noun } = world.methods.two.transform;
    const doc = nlp(phrase.slice(0, 2_000));
    doc.compute('root');
    for (const sentence of doc.docs as TaggedTerm[][]) {
      for (const term of sentence) {
        const word = term.normal;
        if (!word) continue;
        const tags = term.tags ?? new Set<string>();
        let pos = posOf(tags);
        let lemma = term.root || word;
        const forms = new Set<string>([word, lemma]);
        // A gerund the tagger took for a noun ("trail running") still belongs to its verb.
        if (!term.root && word.endsWith('ing') && pos === 'noun') {
          const inf = verb.toInfinitive(word, world.model, 'Gerund');
          if (inf && inf !== word && verb.conjugate(inf, world.model).Gerund === word) {
            lemma = inf;
            pos = 'verb';
          }
        }
        if (pos === 'verb') {
          for (const [tense, form] of Object.entries(verb.conjugate(lemma, world.model))) {
            if (tense !== 'FutureTense' && typeof form === 'string') forms.add(form);
          }
        } else if (pos === 'noun') {
          forms.add(noun.toPlural(lemma, world.model));
          forms.add(noun.toSingular(word, world.model));
        }
        forms.add(lemma);
        out.push({ word, lemma, forms: [...forms].filter(Boolean), pos });
      }
    }
  } catch {
    // Profile matching degrades to exact words rather than failing the analysis.
  }
  return out;
}

let lexicon: Transforms['model']['one']['lexicon'] | undefined;

/** The tag compromise's lexicon gives a lower-case word out of context ("Singular", "Infinitive"...), if any. */
export function lexiconTag(word: string): string | undefined {
  lexicon ??= (nlp.world() as Transforms).model.one.lexicon;
  const tag = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return Array.isArray(tag) ? tag[0] : tag;
}

/** Plural of a countable noun ("bakery" -> "bakeries"); uncountable nouns come back unchanged. */
export function pluralOf(noun: string): string {
  try {
    const world = nlp.world() as Transforms;
    if (world.model.two.uncountable[noun]) return noun;
    return world.methods.two.transform.noun.toPlural(noun, world.model) || noun;
  } catch {
    return noun;
  }
}

const singulars = new Map<string, string>();

/** Singular of a plural noun ("bakeries" -> "bakery"); other words come back unchanged. Cached. */
export function singularOf(noun: string): string {
  let out = singulars.get(noun);
  if (out !== undefined) return out;
  try {
    const world = nlp.world() as Transforms;
    out = world.methods.two.transform.noun.toSingular(noun, world.model) || noun;
  } catch {
    out = noun;
  }
  if (singulars.size > 5_000) singulars.clear();
  singulars.set(noun, out);
  return out;
}
