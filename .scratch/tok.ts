import nlp from '/work/wt-engine/node_modules/compromise/src/three.js';
import { readFileSync } from 'node:fs';
import { parseCsvRecords } from '/work/wt-engine/lib/eval/csv';
const texts = parseCsvRecords(readFileSync('/work/shared/corpus/linkedin-posts.csv','utf8')).map(r=>r.text??'').slice(0,400);
for (let k = 0; k < 2; k++) {
let t0 = performance.now();
for (const t of texts) { const d = nlp.tokenize(t).compute('lexicon'); d.json({ offset: true, terms: { tags: true } }); }
console.log('tokenize+lexicon+json ms/post', (performance.now()-t0)/texts.length);
t0 = performance.now();
for (const t of texts) { nlp.tokenize(t).compute('lexicon'); }
console.log('tokenize+lexicon ms/post', (performance.now()-t0)/texts.length);
t0 = performance.now();
for (const t of texts) nlp(t);
console.log('full parse ms/post', (performance.now()-t0)/texts.length);
}
console.log(JSON.stringify(nlp.tokenize('Engineers love running bakeries').compute('lexicon').json({terms:{tags:true}})[0].terms.map((t)=>[t.normal,t.tags])));
console.log(nlp('engineers').tag('Plural').nouns().toSingular().text(), '|', nlp('bakery').tag('Singular').nouns().toPlural().text(), '|', nlp('information').tag('Singular').nouns().toPlural().text(), '|', nlp('running').tag('Gerund').verbs().toInfinitive().text());
