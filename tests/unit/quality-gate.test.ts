// The quality gate: the engine must keep its ranking quality on every labeled corpus (see lib/eval/run.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  type CorpusResult,
  corpusDir,
  evaluateAll,
  missedTargets,
  TARGETS,
} from '../../lib/eval/run';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = corpusDir(repoRoot);

describe('quality gate on the labeled corpora', () => {
  test('the corpus folder is present', () => {
    expect(
      existsSync(dir),
      `Corpus folder missing: ${dir}. The quality gate needs ../shared/corpus beside the repository.`,
    ).toBe(true);
  });

  test('every corpus meets its AUC floor and keeps genuine rows out of band salesy', {
    timeout: 120_000,
  }, () => {
    const results: CorpusResult[] = evaluateAll(dir);
    for (const name of Object.keys(TARGETS)) expect(results.map((r) => r.name)).toContain(name);
    expect(missedTargets(results)).toEqual([]);
  });
});
