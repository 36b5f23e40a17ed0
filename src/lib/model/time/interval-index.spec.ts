import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalIndex } from './interval-index';
import { SortedDays } from './sorted-days';

const day = fc.integer({ min: -50, max: 50 });
const span = fc
  .tuple(fc.oneof(day, fc.constant(-Infinity)), fc.oneof(fc.nat(40), fc.constant(Infinity)))
  .map(([start, length]) => ({
    start,
    end: length === Infinity ? Infinity : start === -Infinity ? length - 20 : start + length,
  }));
const window = fc.tuple(day, fc.nat(30)).map(([start, n]) => ({ start, end: start + n }));
const spans = fc.array(span, { maxLength: 300 });

function index(list: { start: number; end: number }[]): IntervalIndex {
  return new IntervalIndex(
    Float64Array.from(list.map((s) => s.start)),
    Float64Array.from(list.map((s) => s.end)),
  );
}

describe('IntervalIndex', () => {
  it('finds exactly the spans that overlap a window', () => {
    fc.assert(
      fc.property(spans, window, (list, w) => {
        const found = index(list)
          .overlapping(w)
          .sort((a, b) => a - b);
        const expected = list.flatMap((s, i) => (s.start <= w.end && w.start <= s.end ? [i] : []));
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('lists every span whose activity differs between two windows, once', () => {
    fc.assert(
      fc.property(spans, window, window, (list, a, b) => {
        const ix = index(list);
        const candidates = ix.candidates(a, b);
        expect(new Set(candidates).size).toBe(candidates.length);
        list.forEach((_, i) => {
          if (ix.isActive(i, a) !== ix.isActive(i, b)) expect(candidates).toContain(i);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('SortedDays', () => {
  it('sorts by day, ties by index, infinities at the ends', () => {
    const values = Float64Array.from([3, -Infinity, 3, Infinity, -2, 0]);
    const sorted = new SortedDays(values);
    expect([...sorted.order]).toEqual([1, 4, 5, 0, 2, 3]);
    expect(sorted.lowerBound(3)).toBe(3);
    expect(sorted.upperBound(3)).toBe(5);
    expect(sorted.upperBound(Infinity)).toBe(6);
  });

  it('falls back to a comparator sort for values it cannot pack', () => {
    const values = Float64Array.from([0.5, -1e12, 0.25]);
    expect([...new SortedDays(values).order]).toEqual([1, 2, 0]);
  });
});
