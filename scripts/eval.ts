// `npm run eval`: engine vs baseline on every labeled corpus; writes reports/eval.md and prints it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, evaluateAll, formatReport, missedTargets } from '../lib/eval/run';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  const results = evaluateAll(corpusDir(repoRoot));
  const report = formatReport(results);
  mkdirSync(path.join(repoRoot, 'reports'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'reports', 'eval.md'), report);
  console.log(report);
  const missed = missedTargets(results);
  if (missed.length > 0) {
    console.log(`Targets missed:\n- ${missed.join('\n- ')}`);
    process.exitCode = 1;
  } else console.log('All targets met. Written to reports/eval.md');
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
