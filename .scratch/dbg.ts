import { analyze } from '/work/wt-engine/lib/engine';
const t = 'passive income passive income passive income DM me for details ';
const r = analyze(t);
console.log(r.salesiness, r.findings.filter(f=>f.polarity==='sales').map(f=>`${f.ruleId} ${f.weight} «${f.text}» -> ${JSON.stringify(f.suggestions[0])}`));
