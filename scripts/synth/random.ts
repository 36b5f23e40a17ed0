/** A seeded random source for the synthetic datasets: the same seed gives the same dataset. */

/** Random numbers and choices drawn from one seeded stream (mulberry32). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A standard normal deviate (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /**
   * A log-normal duration with the given mean and spread (sigma of the log): most intervals
   * are short, a few are long, as in the bundled dataset.
   */
  duration(mean: number, sigma = 0.8): number {
    return Math.max(
      1,
      Math.round(Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * this.normal())),
    );
  }

  /** An index in [0, n) skewed towards small values (Zipf-like), for uneven faction sizes. */
  skewed(n: number, power = 1.6): number {
    return Math.min(n - 1, Math.floor(n * Math.pow(this.next(), power)));
  }
}
