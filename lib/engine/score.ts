/**
 * Scoring: weighted evidence through a saturating curve, so salesiness is a smooth ranking
 * (each extra signal adds less) rather than a count; then score and band from both sides.
 * Evidence is measured as density: repeats of a rule count less only within one stretch of
 * text, so a pitch from end to end stays a pitch at any length, and a long story dilutes a plug.
 */
import type { Band, Finding, Polarity, Sensitivity } from './types';

/** Evidence that gives about 63% salesiness. */
const SALES_SCALE = 30;
/** Evidence that gives about 63% authenticity. */
const AUTHENTIC_SCALE = 30;
/** Each further hit of the same rule in one stretch counts less: the k-th (0-based) is divided by 1 + REPEAT_DECAY * k. */
const REPEAT_DECAY = 0.6;
/** Characters per stretch: about a hundred words, the length of a short post. */
const STRETCH = 600;
/** Words of text per unit of evidence dilution: a plug in a long story weighs less than the same plug alone. */
const DILUTION_WORDS = 80;
/** Shouting (capitals, !!!, emoji, hashtags) amplifies a pitch without being one: it counts up to about this share of the other sales evidence... */
const AMPLIFY = 0.5;
/** ...plus this much on its own. */
const AMPLIFY_ALONE = 2;
/** Sales evidence below this is incidental (one stray word); from here on a draft cannot read as authentic. */
const INCIDENTAL_SALES = 5;
/** Authentic evidence a draft needs to earn the authentic band; with less on both sides it is neutral. */
const EARNED_AUTHENTIC = 5;

/** Band thresholds on score per sensitivity: below `salesy` is salesy, at or above `authentic` may be authentic. */
const THRESHOLDS: Record<Sensitivity, { salesy: number; authentic: number; weight: number }> = {
  gentle: { salesy: 27, authentic: 58, weight: 0.85 },
  normal: { salesy: 33, authentic: 65, weight: 1 },
  strict: { salesy: 40, authentic: 72, weight: 1.2 },
};

/** Sum of finding weights of one polarity, with repeats of a rule in one stretch counting less each time. */
function evidence(findings: readonly Finding[], polarity: Polarity): number {
  const byStretch = new Map<string, number[]>();
  for (const f of findings) {
    if (f.polarity !== polarity) continue;
    const key = `${f.ruleId}:${Math.floor(f.start / STRETCH)}`;
    const list = byStretch.get(key);
    if (list) list.push(f.weight);
    else byStretch.set(key, [f.weight]);
  }
  let total = 0;
  for (const weights of byStretch.values()) {
    weights.sort((a, b) => b - a);
    weights.forEach((w, k) => {
      total += w / (1 + REPEAT_DECAY * k);
    });
  }
  return total;
}

/** Sales evidence with shouting capped: loud formatting adds to a pitch but does not make one. */
function salesEvidence(findings: readonly Finding[]): number {
  const shout = evidence(
    findings.filter((f) => f.category === 'shouting'),
    'sales',
  );
  const pitch = evidence(
    findings.filter((f) => f.category !== 'shouting'),
    'sales',
  );
  // A soft cap: every bit of shouting still counts a little, so toning it down always helps.
  const cap = AMPLIFY * pitch + AMPLIFY_ALONE;
  return pitch + cap * (1 - Math.exp(-shout / cap));
}

/** Maps evidence >= 0 onto 0..100 with diminishing returns. */
function saturate(e: number, scale: number): number {
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
  const sales = salesEvidence(findings) * t.weight;
  const warm = evidence(findings, 'authentic');
  const dilution = Math.sqrt(Math.max(1, words / DILUTION_WORDS));
  const s = saturate(sales / dilution, SALES_SCALE);
  const a = saturate(warm, AUTHENTIC_SCALE);
  // Authentic content offsets part of the sales pressure, so a story with one plug stays balanced;
  // the denser the selling, the more the warm words are part of the pitch and the less they offset.
  const effective = s * (1 - 0.45 * (a / 100) * (1 - s / 100));
  // With no evidence either way the score sits in the middle (60); authentic evidence lifts it.
  const raw = (100 - effective) * (0.6 + 0.4 * (a / 100));
  const score = Math.round(Math.min(100, Math.max(0, raw)));
  const incidental = sales < INCIDENTAL_SALES;
  const earned = warm >= EARNED_AUTHENTIC;
  const band: Band =
    score < t.salesy
      ? 'salesy'
      : incidental && !earned
        ? 'neutral'
        : incidental && score >= t.authentic
          ? 'authentic'
          : 'balanced';
  return {
    score,
    band,
    salesiness: Math.round(s * 10) / 10,
    authenticity: Math.round(a * 10) / 10,
  };
}
