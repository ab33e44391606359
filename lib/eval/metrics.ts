/** ROC AUC of scores for positives vs negatives: the probability a random positive outranks a random negative, ties counting half. */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let pos = 0;
  let neg = 0;
  for (const p of positive) p ? pos++ : neg++;
  if (pos === 0 || neg === 0) return Number.NaN;
  // Mann-Whitney U with average ranks for ties.
  let rankSumPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1] as number] === scores[idx[i] as number]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (positive[idx[k] as number]) rankSumPos += avgRank;
    i = j + 1;
  }
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface Confusion {
  precision: number;
  recall: number;
  /** Share of negatives predicted positive. */
  falsePositiveRate: number;
}

/** Precision and recall of a yes/no prediction, and the rate of negatives flagged. */
export function confusion(predicted: readonly boolean[], positive: readonly boolean[]): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let neg = 0;
  predicted.forEach((p, i) => {
    const actual = positive[i] === true;
    if (!actual) neg++;
    if (p && actual) tp++;
    else if (p && !actual) fp++;
    else if (!p && actual) fn++;
  });
  return {
    precision: tp + fp === 0 ? Number.NaN : tp / (tp + fp),
    recall: tp + fn === 0 ? Number.NaN : tp / (tp + fn),
    falsePositiveRate: neg === 0 ? Number.NaN : fp / neg,
  };
}
