/**
 * Scoring: weighted evidence through a saturating curve, so salesiness is a smooth ranking
 * (each extra signal adds less) rather than a count; then score and band from both sides.
 */
import type { Band, Finding, Polarity, Sensitivity } from './types';

/** Evidence that gives about 63% salesiness. */
export const SALES_SCALE = 30;
/** Evidence that gives about 63% authenticity. */
export const AUTHENTIC_SCALE = 30;
/** Each further hit of the same rule counts less: the k-th (0-based) is divided by 1 + REPEAT_DECAY * k. */
const REPEAT_DECAY = 0.6;
/** Words of text per unit of evidence dilution: a plug in a long story weighs less than the same plug alone. */
const DILUTION_WORDS = 80;

/** Band thresholds on score per sensitivity: below `salesy` is salesy, at or above `authentic` is authentic. */
export const THRESHOLDS: Record<
  Sensitivity,
  { salesy: number; authentic: number; weight: number }
> = {
  gentle: { salesy: 27, authentic: 58, weight: 0.85 },
  normal: { salesy: 33, authentic: 65, weight: 1 },
  strict: { salesy: 40, authentic: 72, weight: 1.2 },
};

/** Sum of finding weights of one polarity, with repeats of a rule counting less each time. */
export function evidence(findings: readonly Finding[], polarity: Polarity): number {
  const byRule = new Map<string, number[]>();
  for (const f of findings) {
    if (f.polarity !== polarity) continue;
    const list = byRule.get(f.ruleId);
    if (list) list.push(f.weight);
    else byRule.set(f.ruleId, [f.weight]);
  }
  let total = 0;
  for (const weights of byRule.values()) {
    weights.sort((a, b) => b - a);
    weights.forEach((w, k) => {
      total += w / (1 + REPEAT_DECAY * k);
    });
  }
  return total;
}

/** Maps evidence >= 0 onto 0..100 with diminishing returns. */
export function saturate(e: number, scale: number): number {
  if (!(e > 0)) return 0;
  return 100 * (1 - Math.exp(-e / scale));
}

/** The scoring part of a Report. */
export interface Scores {
  score: number;
  band: Band;
  salesiness: number;
  authenticity: number;
}

/** Combines findings into salesiness, authenticity, score (100 = authentic) and band. */
export function scoreFindings(
  findings: readonly Finding[],
  words: number,
  sensitivity: Sensitivity,
): Scores {
  const t = THRESHOLDS[sensitivity] ?? THRESHOLDS.normal;
  const dilution = Math.sqrt(Math.max(1, words / DILUTION_WORDS));
  const s = saturate((evidence(findings, 'sales') * t.weight) / dilution, SALES_SCALE);
  const a = saturate(evidence(findings, 'authentic'), AUTHENTIC_SCALE);
  // Authentic content offsets part of the sales pressure; a story with one plug stays balanced.
  const effective = s * (1 - 0.45 * (a / 100));
  const raw = (100 - effective) * (0.75 + 0.25 * (a / 100));
  const score = Math.round(Math.min(100, Math.max(0, raw)));
  const band: Band =
    score < t.salesy ? 'salesy' : score >= t.authentic && s < 25 ? 'authentic' : 'balanced';
  return {
    score,
    band,
    salesiness: Math.round(s * 10) / 10,
    authenticity: Math.round(a * 10) / 10,
  };
}
