/**
 * A static centered interval tree over closed day spans, kept in typed arrays. It finds the
 * spans that overlap a window in O(log n + k) for k results.
 *
 * Each node holds the spans that contain its center, twice: sorted by start and by end (as
 * slices of `byStart` and `byEnd`). Spans wholly before the center go left, wholly after it
 * go right. The center is the start of the median span by start, so both sides hold at most
 * half of the spans and the depth stays logarithmic.
 */
export class IntervalTree {
  private readonly byStart: Int32Array;
  private readonly byEnd: Int32Array;
  private readonly center: Float64Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly root: number;
  private nodes = 0;

  /**
   * @param starts first day of each span; @param ends last day (`>= start`, may be Infinity).
   * @param byStart span indices sorted by start; @param byEnd the same indices sorted by end.
   */
  constructor(
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
    byStart: Int32Array,
    byEnd: Int32Array,
  ) {
    const n = byStart.length;
    this.byStart = Int32Array.from(byStart);
    this.byEnd = Int32Array.from(byEnd);
    this.center = new Float64Array(n);
    this.left = new Int32Array(n);
    this.right = new Int32Array(n);
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    this.root = this.build(0, n, new Int32Array(n));
  }

  /** Pushes onto `out` the index of every span that overlaps `start..end` (`start <= end`). */
  query(start: number, end: number, out: number[]): void {
    const { starts, ends, byStart, byEnd, center, left, right, from, to } = this;
    const stack: number[] = [this.root];
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (node < 0) continue;
      const c = center[node];
      if (end < c) {
        // Node spans reach past the window's end: they overlap when they start in time.
        for (let k = from[node]; k < to[node] && starts[byStart[k]] <= end; k++)
          out.push(byStart[k]);
        stack.push(left[node]);
      } else if (start > c) {
        // Node spans start before the window: they overlap when they end late enough.
        for (let k = to[node] - 1; k >= from[node] && ends[byEnd[k]] >= start; k--)
          out.push(byEnd[k]);
        stack.push(right[node]);
      } else {
        for (let k = from[node]; k < to[node]; k++) out.push(byStart[k]);
        stack.push(left[node], right[node]);
      }
    }
  }

  /** Builds the subtree of the spans at positions lo..hi-1; returns its node or -1. */
  private build(lo: number, hi: number, scratch: Int32Array): number {
    if (lo >= hi) return -1;
    const c = this.starts[this.byStart[(lo + hi) >>> 1]];
    let nLeft = 0;
    let nMid = 0;
    for (let k = lo; k < hi; k++) {
      const side = this.side(this.byStart[k], c);
      if (side === 0) nLeft++;
      else if (side === 1) nMid++;
    }
    this.partition(this.byStart, lo, hi, c, nLeft, nMid, scratch);
    this.partition(this.byEnd, lo, hi, c, nLeft, nMid, scratch);
    const node = this.nodes++;
    this.center[node] = c;
    this.from[node] = lo + nLeft;
    this.to[node] = lo + nLeft + nMid;
    this.left[node] = this.build(lo, lo + nLeft, scratch);
    this.right[node] = this.build(lo + nLeft + nMid, hi, scratch);
    return node;
  }

  /** 0: wholly before `c`; 1: contains `c`; 2: wholly after `c`. */
  private side(i: number, c: number): number {
    return this.ends[i] < c ? 0 : this.starts[i] > c ? 2 : 1;
  }

  /** Stable three-way partition of `arr[lo..hi)` by `side`, through `scratch`. */
  private partition(
    arr: Int32Array,
    lo: number,
    hi: number,
    c: number,
    nLeft: number,
    nMid: number,
    scratch: Int32Array,
  ): void {
    const cursor = [lo, lo + nLeft, lo + nLeft + nMid];
    for (let k = lo; k < hi; k++) scratch[cursor[this.side(arr[k], c)]++] = arr[k];
    arr.set(scratch.subarray(lo, hi), lo);
  }
}
