/**
 * An index over the day spans of one kind of record: which overlap a window (interval tree),
 * and whose start or end falls in a range of days (sorted arrays, binary search).
 */
import type { DaySpan } from './dates';
import { IntervalTree } from './interval-tree';
import { SortedDays } from './sorted-days';

/** Closed day spans, one per record (`start <= end`; `end` may be Infinity). */
export class IntervalIndex {
  /** Records sorted by first day. */
  readonly byStart: SortedDays;
  /** Records sorted by last day. */
  readonly byEnd: SortedDays;
  private readonly tree: IntervalTree;

  constructor(
    readonly starts: Float64Array,
    readonly ends: Float64Array,
  ) {
    this.byStart = new SortedDays(starts);
    this.byEnd = new SortedDays(ends);
    this.tree = new IntervalTree(starts, ends, this.byStart.order, this.byEnd.order);
  }

  /** Number of records. */
  get size(): number {
    return this.starts.length;
  }

  /** True when record `i` overlaps the window. */
  isActive(i: number, window: DaySpan): boolean {
    return this.starts[i] <= window.end && window.start <= this.ends[i];
  }

  /** Pushes onto `out` every record that overlaps the window. */
  overlapping(window: DaySpan, out: number[] = []): number[] {
    this.tree.query(window.start, window.end, out);
    return out;
  }

  /** Records whose activity may differ between windows `a` and `b`, each once. */
  candidates(a: DaySpan, b: DaySpan, out: number[] = []): number[] {
    // Activity is `start <= w.end && w.start <= end`: it can only change for a record whose
    // start lies between the two window ends, or whose end lies between the two window starts.
    const lowEnd = Math.min(a.end, b.end);
    const highEnd = Math.max(a.end, b.end);
    const s0 = this.byStart.upperBound(lowEnd);
    const s1 = this.byStart.upperBound(highEnd);
    for (let k = s0; k < s1; k++) out.push(this.byStart.order[k]);
    const lowStart = Math.min(a.start, b.start);
    const highStart = Math.max(a.start, b.start);
    const e0 = this.byEnd.lowerBound(lowStart);
    const e1 = this.byEnd.lowerBound(highStart);
    const starts = this.starts;
    for (let k = e0; k < e1; k++) {
      const i = this.byEnd.order[k];
      const s = starts[i];
      if (!(s > lowEnd && s <= highEnd)) out.push(i); // else already listed by its start
    }
    return out;
  }

  /** Records that end between the two days: last day in `min(d1, d2)..max(d1, d2) - 1`. */
  endingBetween(d1: number, d2: number, out: number[] = []): number[] {
    const e0 = this.byEnd.lowerBound(Math.min(d1, d2));
    const e1 = this.byEnd.lowerBound(Math.max(d1, d2));
    for (let k = e0; k < e1; k++) out.push(this.byEnd.order[k]);
    return out;
  }

  /** Pushes onto `out` every record that ends before `day`. */
  endingBefore(day: number, out: number[] = []): number[] {
    const e1 = this.byEnd.lowerBound(day);
    for (let k = 0; k < e1; k++) out.push(this.byEnd.order[k]);
    return out;
  }
}
