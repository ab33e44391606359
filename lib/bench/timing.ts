/** Summary of a set of timings in milliseconds. */
export interface Timing {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  totalMs: number;
  /** Characters processed per millisecond over the whole set. */
  charsPerMs: number;
}

/** Nearest-rank percentile (p in 0..100) of an ascending list; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Summarises per-item times and the characters each item had. */
export function summarise(ms: readonly number[], chars: number): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  const totalMs = ms.reduce((a, b) => a + b, 0);
  return {
    count: ms.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    totalMs,
    charsPerMs: totalMs > 0 ? chars / totalMs : Number.NaN,
  };
}

/** Median of a list (mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Builds a draft of exactly `length` UTF-16 units from texts joined by blank lines, never ending in half a surrogate pair. */
export function concatDraft(texts: readonly string[], length: number): string {
  if (texts.length === 0) return '';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const t = texts[i % texts.length] as string;
    parts.push(t);
    size += t.length + 2;
    if (i > length) break;
  }
  let draft = parts.join('\n\n').slice(0, length);
  const last = draft.charCodeAt(draft.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) draft = `${draft.slice(0, -1)} `;
  return draft;
}
