import nlp from '/work/wt-engine/node_modules/compromise/src/three.js';
const d = nlp('I was baking bread with the kids. Trail running!');
d.compute('root');
console.log(JSON.stringify(d.json({ offset: true, terms: { normal: true, root: true, tags: true, offset: true } })[0].terms.slice(0,3)));
console.log(JSON.stringify(nlp('bake').verbs().conjugate()));
console.log(nlp('trail running').terms().json().map((t)=>t.terms[0].tags));
