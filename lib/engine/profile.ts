/**
 * Profile matching: the user's mission and passions against a draft, by lemma ("baking" matches
 * "bake", "baked" and "bakes"). The profile is parsed once per distinct profile and expanded into
 * the surface forms of each word, so the draft itself is never parsed: each of its words is one
 * set lookup.
 */
import type { Doc, Span } from './doc';
import { GENERIC_WORDS } from './lexicon/generic-words';
import { nlpReady, type WordFamily, wordFamilies } from './nlp';
import type { Profile } from './types';

/** One passion, ready to match: its words as written and the forms each may take. */
export interface PassionTerm {
  phrase: string;
  words: { lemma: string; forms: Set<string> }[];
  /** A phrase's words run together, as in a hashtag: "trail running" -> "trailrunning". */
  compound?: string;
}

/** The profile, expanded for matching. */
export interface ProfileIndex {
  /** Surface form -> lemma, for the mission's content words. */
  mission: Map<string, string>;
  /** Distinct content lemmas of the mission. */
  missionLemmas: string[];
  passions: PassionTerm[];
}

/** A place where the draft uses a profile word or phrase. */
export interface ProfileMatch extends Span {
  /** The mission lemma, or the passion as the user wrote it. */
  term: string;
}

const GENERIC = new Set(GENERIC_WORDS);
const MAX_PASSIONS = 50;
const MAX_MISSION = 2_000;
const MAX_MATCHES = 40;
/** Profile words are looked for in the first this many characters of a draft. */
const MAX_PROFILE_TEXT = 20_000;
const cache = new Map<string, ProfileIndex>();

function contentFamily(f: WordFamily): boolean {
  if (f.pos === 'function' || f.pos === 'adverb') return false;
  if (!/\p{L}/u.test(f.word) || f.lemma.length < 3) return false;
  return !GENERIC.has(f.lemma) && !GENERIC.has(f.word);
}

/** The expanded profile, cached by its content. */
export function profileIndex(profile: Profile): ProfileIndex {
  const passions = profile.passions
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, MAX_PASSIONS);
  const mission = profile.mission.trim().slice(0, MAX_MISSION);
  const key = `${mission}\u0000${passions.join('\u0001')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const complete = nlpReady();

  const missionMap = new Map<string, string>();
  const lemmas: string[] = [];
  for (const f of mission ? wordFamilies(mission) : []) {
    if (!contentFamily(f)) continue;
    if (!lemmas.includes(f.lemma)) lemmas.push(f.lemma);
    for (const form of f.forms) if (!missionMap.has(form)) missionMap.set(form, f.lemma);
  }
  const terms: PassionTerm[] = [];
  for (const phrase of passions) {
    const families = wordFamilies(phrase.replace(/^#/, ''));
    if (families.length === 0) continue;
    terms.push({
      phrase,
      words: families.map((f) => ({ lemma: f.lemma, forms: new Set(f.forms) })),
      ...(families.length > 1 ? { compound: families.map((f) => f.word).join('') } : {}),
    });
  }
  const index: ProfileIndex = { mission: missionMap, missionLemmas: lemmas, passions: terms };
  // Words matched only as written (compromise not loaded yet) are not kept.
  if (!complete) return index;
  if (cache.size > 32) cache.clear();
  cache.set(key, index);
  return index;
}

interface Token extends Span {
  norm: string;
}

const tokenCache = new WeakMap<Doc, Token[]>();
const missionCache = new WeakMap<Doc, ProfileMatch[]>();
const passionCache = new WeakMap<Doc, ProfileMatch[]>();

/** The draft's words, lower-cased, possessives dropped, hyphenated words also split into parts. */
function tokens(doc: Doc): Token[] {
  const cached = tokenCache.get(doc);
  if (cached) return cached;
  const out: Token[] = [];
  tokenCache.set(doc, out);
  for (const w of doc.words) {
    if (w.start >= MAX_PROFILE_TEXT) break;
    // Dropping a possessive only shortens the word, so offsets from its start stay true.
    const norm = w.lower.replace(/['’]s$|['’]$/u, '').replace(/’/g, "'");
    const end = w.start + norm.length;
    if (norm.includes('-')) {
      let offset = w.start;
      for (const part of norm.split('-')) {
        if (part) out.push({ start: offset, end: offset + part.length, norm: part });
        offset += part.length + 1;
      }
      continue;
    }
    out.push({ start: w.start, end, norm });
  }
  return out;
}

/** Places where the draft echoes the mission's content words, in text order. */
export function matchMission(doc: Doc): ProfileMatch[] {
  const cached = missionCache.get(doc);
  if (cached) return cached;
  const index = profileIndex(doc.profile);
  const out: ProfileMatch[] = [];
  missionCache.set(doc, out);
  if (index.mission.size === 0) return out;
  for (const t of tokens(doc)) {
    const lemma = index.mission.get(t.norm);
    if (lemma === undefined) continue;
    out.push({ start: t.start, end: t.end, term: lemma });
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}

/** Places where the draft names a passion (every word of it, in order, by lemma), in text order. */
export function matchPassions(doc: Doc): ProfileMatch[] {
  const cached = passionCache.get(doc);
  if (cached) return cached;
  const index = profileIndex(doc.profile);
  const out: ProfileMatch[] = [];
  passionCache.set(doc, out);
  if (index.passions.length === 0) return out;
  const toks = tokens(doc);
  for (let i = 0; i < toks.length && out.length < MAX_MATCHES; i++) {
    let best: ProfileMatch | undefined;
    for (const p of index.passions) {
      const first = toks[i] as Token;
      if (p.compound !== undefined && first.norm === p.compound) {
        if (!best || first.end - first.start > best.end - best.start) {
          best = { start: first.start, end: first.end, term: p.phrase };
        }
        continue;
      }
      const n = p.words.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const tok = toks[i + k] as Token;
        ok = (p.words[k] as PassionTerm['words'][number]).forms.has(tok.norm);
        // A phrase's words must be neighbours: only blanks or a hyphen between them.
        if (ok && k > 0) {
          const gap = doc.text.slice((toks[i + k - 1] as Token).end, tok.start);
          ok = /^[\s-]*$/u.test(gap);
        }
      }
      if (!ok) continue;
      const end = (toks[i + n - 1] as Token).end;
      const start = (toks[i] as Token).start;
      if (!best || end - start > best.end - best.start) best = { start, end, term: p.phrase };
    }
    if (best) {
      out.push(best);
      while (i + 1 < toks.length && (toks[i + 1] as Token).start < best.end) i++;
    }
  }
  return out;
}
