/** A seeded random source for the synthetic datasets: the same seed gives the same dataset. */
import { seededRandom } from '../../src/lib/model/layout/random';

/** Random numbers and choices drawn from one seeded stream (mulberry32). */
export class Random {
  /** A float in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
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
