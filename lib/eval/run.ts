/** The evaluation behind `npm run eval` and the quality gate: engine vs keyword baseline per labeled corpus. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../engine';
import { BASELINE_SALESY_AT, baselineScore } from './baseline';
import { parseCsvRecords } from './csv';
import { confusion, rocAuc } from './metrics';
import { evaluateSocial, SOCIAL_FILE, type SocialResult, toPostRows } from './social';

/** Sanity floors per proxy corpus (spam sets, not labeled for salesiness); others are reported without one. */
export const TARGETS: Readonly<Record<string, { auc: number; maxGenuineSalesy: number }>> = {
  'youtube-spam': { auc: 0.92, maxGenuineSalesy: 0.03 },
  'youtube-spam-pilot2014': { auc: 0.9, maxGenuineSalesy: 0.03 },
  'sms-spam': { auc: 0.93, maxGenuineSalesy: 0.03 },
  'spamassassin-email': { auc: 0.92, maxGenuineSalesy: 0.03 },
  'instagram-scam-comments': { auc: 0.85, maxGenuineSalesy: 0.03 },
};

export interface Metrics {
  auc: number;
  precision: number;
  recall: number;
  /** Share of genuine rows put in band salesy (by the baseline: at its keyword threshold). */
  genuineInSalesy: number;
}

export interface CorpusResult {
  name: string;
  rows: number;
  promo: number;
  genuine: number;
  engine: Metrics;
  baseline: Metrics;
  /** Mean engine milliseconds per row. */
  msPerRow: number;
}

/** The shared corpus folder, beside the repository. */
export function corpusDir(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/corpus');
}

/** Evaluates one labeled CSV (header id,label,text). */
export function evaluateRows(name: string, rows: { label: string; text: string }[]): CorpusResult {
  const positive = rows.map((r) => r.label === 'promo');
  const t0 = performance.now();
  const reports = rows.map((r) => analyze(r.text));
  const ms = performance.now() - t0;
  const baseScores = rows.map((r) => baselineScore(r.text));
  const engineConf = confusion(
    reports.map((r) => r.band === 'salesy'),
    positive,
  );
  const baseConf = confusion(
    baseScores.map((s) => s >= BASELINE_SALESY_AT),
    positive,
  );
  const promo = positive.filter(Boolean).length;
  return {
    name,
    rows: rows.length,
    promo,
    genuine: rows.length - promo,
    engine: {
      auc: rocAuc(
        reports.map((r) => r.salesiness),
        positive,
      ),
      precision: engineConf.precision,
      recall: engineConf.recall,
      genuineInSalesy: engineConf.falsePositiveRate,
    },
    baseline: {
      auc: rocAuc(baseScores, positive),
      precision: baseConf.precision,
      recall: baseConf.recall,
      genuineInSalesy: baseConf.falsePositiveRate,
    },
    msPerRow: rows.length ? ms / rows.length : 0,
  };
}

/**
 * Whether the corpus folder is there for the tests that need it. When it is not, they skip with
 * one line saying how to run them; under CI=true a missing corpus is an error instead.
 */
export function corpusForTests(dir: string, env: Record<string, string | undefined>): boolean {
  if (existsSync(dir)) return true;
  if (env.CI === 'true') throw new Error(`Corpus folder missing under CI: ${dir}`);
  console.warn(
    `Skipping the corpus tests: ${dir} is missing (clone the shared folder beside the repository to run them).`,
  );
  return false;
}

function readRecords(dir: string, file: string): Record<string, string>[] {
  requireDir(dir);
  return parseCsvRecords(readFileSync(path.join(dir, file), 'utf8'));
}

function requireDir(dir: string): void {
  if (!existsSync(dir)) {
    throw new Error(
      `Corpus folder not found: ${dir}. The evaluation needs ../shared/corpus beside the repository.`,
    );
  }
}

/** Evaluates the hand-labeled real posts in dir. Throws with a clear message when they are missing. */
export function evaluateRealPosts(dir: string): SocialResult {
  return evaluateSocial(toPostRows(readRecords(dir, SOCIAL_FILE)));
}

/** Evaluates every promo/genuine CSV in dir (the proxies), in name order. Throws when dir is missing. */
export function evaluateAll(dir: string): CorpusResult[] {
  requireDir(dir);
  const results: CorpusResult[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const records = readRecords(dir, file);
    const label = records[0]?.label;
    if (label !== 'promo' && label !== 'genuine') continue;
    const rows = records.map((r) => ({ label: r.label ?? '', text: r.text ?? '' }));
    results.push(evaluateRows(file.replace(/\.csv$/, ''), rows));
  }
  return results;
}

/** Names of targets a result set misses, with the numbers, for the gate's failure message. */
export function missedTargets(results: readonly CorpusResult[]): string[] {
  const missed: string[] = [];
  for (const [name, target] of Object.entries(TARGETS)) {
    const r = results.find((x) => x.name === name);
    if (!r) {
      missed.push(`${name}: corpus file missing`);
      continue;
    }
    if (!(r.engine.auc >= target.auc))
      missed.push(`${name}: AUC ${r.engine.auc.toFixed(3)} < ${target.auc}`);
    if (!(r.engine.genuineInSalesy <= target.maxGenuineSalesy)) {
      missed.push(
        `${name}: genuine in salesy ${(100 * r.engine.genuineInSalesy).toFixed(1)}% > ${100 * target.maxGenuineSalesy}%`,
      );
    }
  }
  return missed;
}

const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(100 * x).toFixed(1)}%`);
const num = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));

/** The proxy table of reports/eval.md. */
export function formatReport(results: readonly CorpusResult[]): string {
  const lines = [
    '## Proxy corpora (spam sets: sanity floors)',
    '',
    'Engine `salesiness` vs a naive keyword-count baseline on each promo/genuine corpus in `../shared/corpus`',
    '(promo vs genuine). "Genuine in salesy" is the share of genuine rows the engine puts in band',
    '`salesy` (for the baseline: rows with at least 2 keywords). All rows are used, duplicates included.',
    '',
    '| corpus | rows | AUC engine | AUC baseline | target | precision engine / baseline | recall engine / baseline | genuine in salesy engine / baseline | ms/row | status |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    const t = TARGETS[r.name];
    const ok = t
      ? r.engine.auc >= t.auc && r.engine.genuineInSalesy <= t.maxGenuineSalesy
      : undefined;
    lines.push(
      `| ${r.name} | ${r.rows} | ${num(r.engine.auc)} | ${num(r.baseline.auc)} | ${t ? `>= ${t.auc}` : '–'} | ${pct(r.engine.precision)} / ${pct(r.baseline.precision)} | ${pct(r.engine.recall)} / ${pct(r.baseline.recall)} | ${pct(r.engine.genuineInSalesy)} / ${pct(r.baseline.genuineInSalesy)} | ${r.msPerRow.toFixed(3)} | ${ok === undefined ? 'no target' : ok ? 'pass' : 'FAIL'} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
