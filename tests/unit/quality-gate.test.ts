// The quality gate: the engine must judge the hand-labeled real posts (issue 8's floors) and keep
// its sanity floors on the proxy spam corpora (see lib/eval/run.ts and lib/eval/social.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  type CorpusResult,
  corpusDir,
  corpusForTests,
  evaluateAll,
  evaluateRealPosts,
  missedTargets,
  TARGETS,
} from '../../lib/eval/run';
import { missedSocialTargets } from '../../lib/eval/social';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = corpusDir(repoRoot);

describe.runIf(corpusForTests(dir, process.env))('quality gate on the labeled corpora', () => {
  test('real posts: AUC, bands by label', { timeout: 60_000 }, () => {
    const real = evaluateRealPosts(dir);
    expect(real.counts.salesy).toBeGreaterThan(0);
    expect(missedSocialTargets(real)).toEqual([]);
  });

  test('proxy corpora meet their AUC floor and keep genuine rows out of band salesy', {
    timeout: 120_000,
  }, () => {
    const results: CorpusResult[] = evaluateAll(dir);
    for (const name of Object.keys(TARGETS)) expect(results.map((r) => r.name)).toContain(name);
    expect(missedTargets(results)).toEqual([]);
  });
});
