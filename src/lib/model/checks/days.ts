/**
 * Memoized first and last days of partial dates: a large dataset repeats a few thousand
 * distinct dates across a hundred thousand records, and each lookup otherwise builds a Date.
 */
import { firstDay as computeFirstDay, lastDay as computeLastDay } from '../dates';

const firstDays = new Map<string, number>();
const lastDays = new Map<string, number>();

/** First day covered by a valid partial date (see dates.ts). */
export function firstDay(value: string): number {
  return cached(firstDays, value, computeFirstDay);
}

/** Last day covered by a valid partial date (see dates.ts). */
export function lastDay(value: string): number {
  return cached(lastDays, value, computeLastDay);
}

function cached(cache: Map<string, number>, value: string, compute: (v: string) => number): number {
  let day = cache.get(value);
  if (day === undefined) {
    day = compute(value);
    // Bounded: partial dates are at most 10 characters, so there are few distinct ones
    if (cache.size < 100_000) cache.set(value, day);
  }
  return day;
}

/** True when an interval surely ends before it starts (memoized `endsBeforeStart`). */
export function endsBeforeStart(interval: { from: string; to?: string }): boolean {
  return interval.to !== undefined && lastDay(interval.to) < firstDay(interval.from);
}
