/** The evaluation behind `npm run eval` and the quality gate: engine vs keyword baseline per labeled corpus. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../engine';
import { BASELINE_SALESY_AT, baselineScore } from './baseline';
import { parseCsvRecords } from './csv';
import { confusion, rocAuc } from './metrics';

/** Floors per corpus; corpora without an entry are reported without a target. */
export const TARGETS: Readonly<Record<string, { auc: number; maxGenuineSalesy: number }>> = {
  'youtube-spam': { auc: 0.92, maxGenuineSalesy: 0.03 },
  'youtube-spam-pilot2014': { auc: 0.92, maxGenuineSalesy: 0.03 },
  'sms-spam': { auc: 0.95, maxGenuineSalesy: 0.03 },
  'spamassassin-email': { auc: 0.93, maxGenuineSalesy: 0.03 },
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

/** Evaluates every labeled CSV in dir, in name order. Throws with a clear message when dir is missing. */
export function evaluateAll(dir: string): CorpusResult[] {
  if (!existsSync(dir)) {
    throw new Error(
      `Corpus folder not found: ${dir}. The evaluation needs ../shared/corpus beside the repository.`,
    );
  }
  const results: CorpusResult[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const records = parseCsvRecords(readFileSync(path.join(dir, file), 'utf8'));
    if (records.length === 0 || !('label' in (records[0] ?? {}))) continue;
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

/** The markdown table written to reports/eval.md. */
export function formatReport(results: readonly CorpusResult[]): string {
  const lines = [
    '# WhyFirst evaluation',
    '',
    'Engine `salesiness` vs a naive keyword-count baseline on each labeled corpus in `../shared/corpus`',
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
