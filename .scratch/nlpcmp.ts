import nlp from '/work/wt-engine/node_modules/compromise/src/three.js';
import { lexiconTag, pluralOf, singularOf, wordFamilies } from '/work/wt-engine/lib/engine/nlp';
const words = ['bakery','bakeries','engineers','run','running','baking','good','on','the','sourdough','lisbon','kids','information','teach','taught','happy','community','because','hello','xyzzy','sheep','news','children','walk','walked'];
function newTag(w: string): string | undefined {
  const d = nlp.tokenize(w).compute('lexicon');
  const t = (d.json() as {terms:{tags:string[]}[]}[])[0]?.terms[0]?.tags;
  return t?.[0];
}
for (const w of words) {
  const p = nlp(w).nouns().toPlural().text();
  const s = nlp(w).nouns().toSingular().text();
  console.log(w, '| tag', lexiconTag(w), newTag(w), '| plural', pluralOf(w), p, '| singular', singularOf(w), s);
}
const t0 = performance.now();
for (let i = 0; i < 2000; i++) newTag(`word${i}`);
console.log('tokenize+lexicon per word ms', (performance.now() - t0) / 2000);
console.log(JSON.stringify(wordFamilies('baking bread and trail running with kids')));
const v = nlp('running').verbs();
console.log(JSON.stringify(nlp('bake').verbs().conjugate()), nlp('running').verbs().toInfinitive().text());
