// `npm run eval`: the engine on the hand-labeled real posts first, then on the proxy spam corpora,
// each beside a keyword baseline; writes reports/eval.md and prints it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  corpusDir,
  evaluateAll,
  evaluateRealPosts,
  formatReport,
  missedTargets,
} from '../lib/eval/run';
import { formatSocial, missedSocialTargets } from '../lib/eval/social';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  const dir = corpusDir(repoRoot);
  const real = evaluateRealPosts(dir);
  const proxies = evaluateAll(dir);
  const report = ['# WhyFirst evaluation', '', formatSocial(real), formatReport(proxies)].join(
    '\n',
  );
  mkdirSync(path.join(repoRoot, 'reports'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'reports', 'eval.md'), report);
  console.log(report);
  const missed = [...missedSocialTargets(real), ...missedTargets(proxies)];
  if (missed.length > 0) {
    console.log(`Targets missed:\n- ${missed.join('\n- ')}`);
    process.exitCode = 1;
  } else console.log('All targets met. Written to reports/eval.md');
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
