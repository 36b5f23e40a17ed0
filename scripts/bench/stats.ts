/** Summaries of timing samples: median and 95th percentile (nearest rank). */

export interface Summary {
  /** Number of samples. */
  n: number;
  median: number;
  p95: number;
}

/** The `q` quantile (0..1) of sorted samples, by nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Median and p95 of `samples`, rounded to a thousandth (of a millisecond, usually). */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const middle =
    sorted.length % 2
      ? quantile(sorted, 0.5)
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { n: sorted.length, median: round(middle), p95: round(quantile(sorted, 0.95)) };
}
