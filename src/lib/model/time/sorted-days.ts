/**
 * Day numbers sorted once, with the permutation back to record indices, so that the records
 * whose day falls in a range are found by binary search.
 */

/** Records sorted by one day value each (e.g. their first or last day). */
export class SortedDays {
  /** `order[k]` is the index of the record with the k-th smallest day. */
  readonly order: Int32Array;
  /** `days[k]` is the day of record `order[k]`: ascending. */
  readonly days: Float64Array;

  /** Sorts the records `indices` (all records when omitted) by `values[i]`. */
  constructor(values: Float64Array, indices?: Int32Array) {
    this.order = sortedOrder(values, indices ?? identity(values.length));
    this.days = new Float64Array(this.order.length);
    for (let k = 0; k < this.order.length; k++) this.days[k] = values[this.order[k]];
  }

  /** Number of records. */
  get length(): number {
    return this.order.length;
  }

  /** Position of the first day that is `>= day`. */
  lowerBound(day: number): number {
    return this.firstAfter(day, false);
  }

  /** Position of the first day that is `> day`. */
  upperBound(day: number): number {
    return this.firstAfter(day, true);
  }

  /** Position of the first day after `day`, or from `day` on unless `strictly`. */
  private firstAfter(day: number, strictly: boolean): number {
    const days = this.days;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (days[mid] < day || (strictly && days[mid] === day)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** 0, 1, …, n - 1. */
export function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

const INDEX_BITS = 2 ** 23;
const DAY_LIMIT = 2 ** 28;

/**
 * `indices` sorted by `values[i]`, ties by index. Days are integers (or ±Infinity), so each
 * (day, index) pair packs into one float and a native numeric sort does the work; huge or
 * unusual inputs fall back to a comparator sort.
 */
export function sortedOrder(values: Float64Array, indices: Int32Array): Int32Array {
  const n = indices.length;
  const packed = new Float64Array(n);
  let packable = n < INDEX_BITS;
  for (let k = 0; k < n && packable; k++) {
    const i = indices[k];
    const v = values[i];
    const day = v === Infinity ? DAY_LIMIT : v === -Infinity ? -DAY_LIMIT : v;
    if (!Number.isInteger(day) || Math.abs(day) > DAY_LIMIT) packable = false;
    packed[k] = (day + DAY_LIMIT) * INDEX_BITS + i;
  }
  if (!packable) {
    return Int32Array.from(indices).sort((x, y) => compare(values[x], values[y]) || x - y);
  }
  packed.sort();
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = packed[k] % INDEX_BITS;
  return out;
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
